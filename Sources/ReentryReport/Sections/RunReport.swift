import ReentryModel

/// The report of one run: the answer, the basic conditions by group, the
/// other metrics, the time series, the parameters and the provenance.
struct RunReport: Sendable {
  let result: RunResult

  func unit(_ metric: String) -> DisplayUnit {
    DisplayUnit(result.units.first { $0.0 == metric }?.1 ?? Metric.all.first { $0.name == metric }?.unit ?? "")
  }

  var page: ReportPage {
    var sections = [
      ReportPage.Section(id: "conditions", heading: "Basic conditions at release", content: conditions),
      ReportPage.Section(id: "metrics", heading: "Deadlines, waits and workload", content: otherMetrics),
    ]
    if let series = result.timeseries {
      sections.append(
        .init(
          id: "timeseries", heading: "Over time",
          content: TimeseriesSection.html(series, parameters: result.parameters)))
    }
    sections += [
      .init(
        id: "parameters", heading: "Parameters that differ from the baseline",
        content: HTML.text("p", [("class", "note")], ParameterSection.intro)
          + ParameterSection.html(result.parameters, name: result.scenario)),
      .init(id: "provenance", heading: "Provenance", content: ProvenanceSection.html(result.provenance)),
    ]
    return ReportPage(
      title: "Release readiness: \(result.scenario)",
      kind: "Simulation run of scenario \(result.scenario) · \(result.provenance.replications) replications "
        + "· seed \(result.provenance.seed)",
      description: result.description, answer: answer, sections: sections)
  }

  var answer: String {
    let lead = AnswerText.lead
    guard let e = result.estimate(lead) else {
      return HTML.text("p", [("class", "headline")], "This run has no value for \(lead) (all releases).")
    }
    let u = unit(lead)
    var out = HTML.text(
      "p", [("class", "headline"), ("data-metric", lead), ("data-group", "all")] + AnswerText.attributes(e),
      "\(ReportLabels.metric(lead)): \(u.value(e.mean)) of releases (\(u.intervalPhrase(e))).")
    out += HTML.text("p", AnswerText.meaning)
    var points: [String] = []
    if let needing = result.estimate(AnswerText.leadAmongNeeding) {
      points.append(
        "Of those who needed help with at least one condition: \(u.value(needing.mean)) "
          + "(\(u.intervalPhrase(needing))).")
    }
    points += AnswerText.breakdowns.compactMap { AnswerText.breakdown($0, unit: u) { result.estimate(lead, $0) } }
    // Help received: each condition among those who needed it, not among all releases.
    let conditions = Metric.headline.filter { $0.hasSuffix("_ok_among_needing") }
      .compactMap { m in result.estimate(m).map { (m, $0) } }.filter { $0.1.mean.isFinite }
    if let most = conditions.max(by: { $0.1.mean < $1.1.mean }),
      let least = conditions.min(by: { $0.1.mean < $1.1.mean })
    {
      let u = unit(least.0)
      func name(_ metric: String) -> String {
        ReportLabels.metric(metric).replacingOccurrences(of: " (of those who needed it)", with: "")
      }
      points.append(
        "Of those who needed it, most often in order: \(name(most.0)) "
          + "\(unit(most.0).value(most.1.mean)); least often: "
          + "\(ReportLabels.inSentence(name(least.0))) \(u.value(least.1.mean)) "
          + "(\(u.interval(least.1))).")
    }
    out += HTML.tag("ul", [("class", "points")], points.map { HTML.text("li", $0) }.joined())
    return out
      + HTML.text(
        "p", [("class", "caveat")],
        AnswerText.caveat(replications: result.provenance.replications, seed: result.provenance.seed, paired: false))
  }

  var conditions: String {
    let overview = IntervalBarChart(
      id: "conditions-all", title: "Basic conditions in order at release, all releases",
      bars: Metric.headline.compactMap { m in
        result.estimate(m).map { .init(label: ReportLabels.metric(m), estimate: $0, emphasis: m == AnswerText.lead) }
      },
      unit: DisplayUnit("share"), subject: "the share of releases with each basic condition in order")
    var out = "<div class=\"charts\">" + overview.figure().html
    for metric in Metric.headline {
      let bars = Group.all.compactMap { g in
        result.estimate(metric, g.name).map {
          IntervalBarChart.Bar(label: ReportLabels.group(g.name), estimate: $0, emphasis: g.name == "all")
        }
      }
      guard !bars.isEmpty else { continue }
      out +=
        IntervalBarChart(
          id: "by-group-\(HTML.identifier(metric))", title: "\(ReportLabels.metric(metric)), by group", bars: bars,
          unit: unit(metric), subject: "\(ReportLabels.inSentence(ReportLabels.metric(metric))) by group"
        ).figure().html
    }
    return out + "</div>"
  }

  var otherMetrics: String {
    let rows = Metric.all.filter { !Metric.headline.contains($0.name) }.compactMap { m -> [String]? in
      guard let e = result.estimate(m.name) else { return nil }
      let u = unit(m.name)
      return [ReportLabels.metric(m.name), u.value(e.mean), u.interval(e), String(e.n), m.description]
    }
    var out = HTML.text("p", [("class", "note")], "All releases; the table under it has every metric for every group.")
    out +=
      DataTable(
        caption: "Other metrics, all releases", header: ["Metric", "Mean", "95% interval", "n", "Meaning"],
        rows: rows, numericThrough: 3
      ).html
    let all = result.records.map { r -> [String] in
      let u = unit(r.metric)
      return [r.metric, r.group, u.value(r.estimate.mean), u.interval(r.estimate), String(r.estimate.n)]
    }
    return out
      + HTML.tag(
        "details",
        HTML.text("summary", "Every metric for every group (summary.csv)")
          + DataTable(
            caption: "summary.csv", header: ["Metric", "Group", "Mean", "95% interval", "n"], rows: all, numericFrom: 2
          ).html)
  }
}
