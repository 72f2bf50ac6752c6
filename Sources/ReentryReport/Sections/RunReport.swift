import ReentryModel

/// The report of one run: the answer, the basic conditions by group, the
/// other metrics, the time series, the parameters and the provenance.
struct RunReport: Sendable {
  let result: RunResult
  /// Where the page's charts are placed and logged.
  var context = RenderContext()

  func unit(_ metric: String) -> DisplayUnit {
    DisplayUnit(
      result.units.first { $0.0 == metric }?.1 ?? Metric.all.first { $0.name == metric }?.unit ?? "", context.strings)
  }

  var page: ReportPage {
    let t = context.strings
    var sections = [
      ReportPage.Section(id: "conditions", heading: t.runConditionsHeading, content: conditions),
      ReportPage.Section(id: "metrics", heading: t.runMetricsHeading, content: otherMetrics),
    ]
    if let series = result.timeseries {
      sections.append(
        .init(
          id: "timeseries", heading: t.overTimeHeading,
          content: TimeseriesSection.html(series, parameters: result.parameters, context: context)))
    }
    sections += [
      .init(
        id: "parameters", heading: t.parametersHeading,
        content: HTML.text("p", [("class", "note")], ParameterSection.intro(context.strings))
          + ParameterSection.html(result.parameters, name: result.scenario, context.strings)),
      .init(
        id: "provenance", heading: t.provenanceHeading, content: ProvenanceSection.html(result.provenance, context)),
    ]
    return ReportPage(
      title: t.runTitle(result.scenario),
      kind: t.runKind(result.scenario, result.provenance.replications, result.provenance.seed),
      description: result.description, answer: answer, sections: sections)
  }

  var answer: String {
    let t = context.strings
    let lead = AnswerText.lead
    guard let e = result.estimate(lead) else {
      return HTML.text("p", [("class", "headline")], t.runNoLead(lead))
    }
    let u = unit(lead)
    var out = HTML.text(
      "p", [("class", "headline"), ("data-metric", lead), ("data-group", "all")] + AnswerText.attributes(e),
      t.runHeadline(ReportLabels.metric(lead, context.strings), u.value(e.mean), u.intervalPhrase(e)))
    out += HTML.text("p", AnswerText.meaning(context.strings))
    var points: [String] = []
    if let needing = result.estimate(AnswerText.leadAmongNeeding) {
      points.append(t.runAmongNeeding(u.value(needing.mean), u.intervalPhrase(needing)))
    }
    if let prepared = result.estimate(AnswerText.prepared) {
      points.append(t.runPrepared(u.value(prepared.mean), u.intervalPhrase(prepared)))
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
        ReportLabels.metric(metric, context.strings).replacingOccurrences(of: t.amongNeedingSuffix, with: "")
      }
      points.append(
        t.runMostLeast(
          name(most.0), unit(most.0).value(most.1.mean), ReportLabels.inSentence(name(least.0)),
          u.value(least.1.mean), u.interval(least.1)))
    }
    out += HTML.tag("ul", [("class", "points")], points.map { HTML.text("li", $0) }.joined())
    return out
      + HTML.text(
        "p", [("class", "caveat")],
        AnswerText.caveat(
          replications: result.provenance.replications, seed: result.provenance.seed, paired: false, context.strings))
  }

  var conditions: String {
    let t = context.strings
    let overview = IntervalBarChart(
      id: "conditions-all", title: t.conditionsAllTitle,
      bars: Metric.headline.compactMap { m in
        result.estimate(m).map {
          .init(label: ReportLabels.metric(m, context.strings), estimate: $0, emphasis: m == AnswerText.lead)
        }
      },
      unit: DisplayUnit("share", context.strings), subject: t.conditionsAllSubject)
    var out = "<div class=\"charts\">" + context.place(overview.figure(context))
    for metric in Metric.headline {
      let bars = Group.all.compactMap { g in
        result.estimate(metric, g.name).map {
          IntervalBarChart.Bar(
            label: ReportLabels.group(g.name, context.strings), estimate: $0, emphasis: g.name == "all")
        }
      }
      guard !bars.isEmpty else { continue }
      out += context.place(
        IntervalBarChart(
          id: "by-group-\(HTML.identifier(metric))",
          title: t.byGroupTitle(ReportLabels.metric(metric, context.strings)), bars: bars,
          unit: unit(metric),
          subject: t.byGroupSubject(ReportLabels.inSentence(ReportLabels.metric(metric, context.strings)))
        ).figure(context))
    }
    return out + "</div>"
  }

  var otherMetrics: String {
    let rows = Metric.all.filter { !Metric.headline.contains($0.name) }.compactMap { m -> [String]? in
      guard let e = result.estimate(m.name) else { return nil }
      let u = unit(m.name)
      return [ReportLabels.metric(m.name, context.strings), u.value(e.mean), u.interval(e), String(e.n), m.description]
    }
    let t = context.strings
    var out = HTML.text("p", [("class", "note")], t.otherMetricsNote)
    out +=
      DataTable(
        caption: t.otherMetricsCaption, header: [t.metric, t.mean, t.interval95, t.n, t.meaningHeader],
        rows: rows, numericThrough: 3
      ).html
    let all = result.records.map { r -> [String] in
      let u = unit(r.metric)
      return [r.metric, r.group, u.value(r.estimate.mean), u.interval(r.estimate), String(r.estimate.n)]
    }
    return out
      + HTML.tag(
        "details",
        HTML.text("summary", t.everyMetricSummary)
          + DataTable(
            caption: "summary.csv", header: [t.metric, t.group, t.mean, t.interval95, t.n], rows: all, numericFrom: 2
          ).html)
  }
}
