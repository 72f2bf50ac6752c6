import Foundation
import ReentryExperiments
import ReentryModel

/// The report of a comparison: for each variant the difference from the
/// base in release readiness, then every headline metric by group, all
/// metrics in a table, the parameters and the provenance.
struct CompareReport: Sendable {
  let result: CompareResult
  /// Where the report looked for scenario files when a scenario's parameters were not recorded.
  let scenarioFolder: String
  /// Where the page's charts are placed and logged.
  var context = RenderContext()
  /// The robustness analysis of the same scenarios and the link to its report, if one was found.
  var robustness: (found: RobustnessLookup.Found, href: String)? = nil

  func unit(_ metric: String) -> DisplayUnit {
    DisplayUnit(
      result.units.first { $0.0 == metric }?.1 ?? Metric.all.first { $0.name == metric }?.unit ?? "", context.strings)
  }

  var page: ReportPage {
    let t = context.strings
    let names =
      result.variants.count > 2
      ? t.variantsCount(result.variants.count) : result.variants.map(\.name).joined(separator: " \(t.and) ")
    return ReportPage(
      title: t.compareTitle(names, result.base.name),
      kind: t.compareKind(
        result.variants.count, result.base.name, result.provenance.replications, result.provenance.seed),
      description: t.compareDescription,
      answer: answer,
      sections: [
        .init(id: "overview", heading: t.compareOverviewHeading(result.base.name), content: overview),
        .init(id: "differences", heading: t.compareDifferencesHeading, content: differences),
        .init(id: "metrics", heading: t.allMetricsHeading, content: allMetrics),
        .init(id: "parameters", heading: t.parametersHeading, content: parameters),
        .init(
          id: "provenance", heading: t.provenanceHeading, content: ProvenanceSection.html(result.provenance, context)),
      ])
  }

  var answer: String {
    let t = context.strings
    let lead = AnswerText.lead
    let u = unit(lead)
    var items = ""
    for variant in result.variants {
      guard let row = result.row(lead, variant: variant.name) else { continue }
      let d = row.difference
      var text = t.finding(
        ReportLabels.inSentence(ReportLabels.metric(lead, context.strings)), u.differenceIntervalPhrase(d),
        result.base.name,
        u.value(row.baseMean), u.value(row.variantMean))
      if d.hasInterval && d.low <= 0 && d.high >= 0 { text += t.includesZero }
      // Details a printed page leaves out when there are many variants (PrintLayout).
      var detail = ""
      if row.shareBetter.isFinite {
        detail += t.betterIn(Int((row.shareBetter * Double(d.n)).rounded()), d.n)
      }
      let groups = result.rows.filter {
        $0.metric == lead && $0.variant == variant.name && $0.group != "all" && $0.difference.mean.isFinite
      }
      if let largest = groups.max(by: { abs($0.difference.mean) < abs($1.difference.mean) }) {
        let group = ReportLabels.inSentence(ReportLabels.group(largest.group, context.strings))
        detail += t.largestChange(group, u.difference(largest.difference.mean))
      }
      if let needing = result.row(AnswerText.leadAmongNeeding, variant: variant.name) {
        detail += t.findingAmongNeeding(
          u.difference(needing.difference.mean), u.differenceInterval(needing.difference),
          u.value(needing.baseMean), u.value(needing.variantMean))
      }
      // Ready or prepared and the shared system's paths come first among the details: on screen
      // they follow the finding; a printed page of many variants keeps effect and cost only.
      var outcomes = ""
      if let prepared = result.row(AnswerText.prepared, variant: variant.name) {
        outcomes += t.findingPrepared(
          u.difference(prepared.difference.mean), u.differenceInterval(prepared.difference),
          u.value(prepared.baseMean), u.value(prepared.variantMean))
      }
      if let paths = result.paths[variant.name], let information = paths[.informationAccess],
        let hours = paths[.registrationHours], let both = paths[.interaction]
      {
        outcomes += t.findingPaths(u.difference(information.mean), u.difference(hours.mean), u.difference(both.mean))
      }
      detail = outcomes + detail
      var body = HTML.text("span", [("class", "lead")], t.findingLead(variant.name, u.difference(d.mean)))
      body += HTML.escape(text)
      if !detail.isEmpty { body += HTML.text("span", [("class", "detail")], detail) }
      if let cost = AnswerText.staffCost(result.cost[variant.name], context.strings) {
        body += " " + HTML.text("span", [("class", "cost")], cost)
      }
      items += HTML.tag(
        "li",
        [
          ("class", "finding"), ("data-variant", variant.name), ("data-metric", lead), ("data-group", "all"),
          ("data-base-mean", TextFormat.decimal(row.baseMean)),
          ("data-variant-mean", TextFormat.decimal(row.variantMean)),
        ]
          + AnswerText.attributes(d, prefix: "diff-"),
        body)
    }
    return HTML.tag("ul", [("class", PrintLayout.headlinesClass(findings: result.variants.count))], items)
      + HTML.text("p", AnswerText.meaning(context.strings))
      + HTML.tag(
        "p", [("class", "caveat")],
        HTML.escape(
          AnswerText.caveat(
            replications: result.provenance.replications, seed: result.provenance.seed, paired: true, context.strings)
            + t.compareCaveat) + robustnessCaveat)
  }

  /// What the robustness analysis of the same scenarios says, with a link to its report; or, when there is
  /// none, that the intervals are simulation noise only.
  var robustnessCaveat: String {
    let r = context.robustness
    guard let (found, href) = robustness else { return HTML.escape(r.compareNoRobustness) }
    let shares = result.variants.map { v in
      let p = found.variants[v.name]?.effect(AnswerText.lead)?.probabilityImprovement
      return "\(v.name) in \(p.map { RobustnessReport.percent($0, context.strings) } ?? context.strings.notAvailable)"
    }.joined(separator: ", ")
    let text = r.compareRobustness(
      found.result.name, found.result.kept, found.result.draws, found.result.filtered, shares)
    return HTML.escape(text) + " "
      + HTML.tag(
        "a", [("class", "robustness-link"), ("href", href)],
        HTML.escape(r.compareRobustnessLink + " (" + (found.path as NSString).lastPathComponent + ")"))
      + "."
  }

  var overview: String {
    let lead = AnswerText.lead
    let rows = result.variants.compactMap { v in
      result.row(lead, variant: v.name).map { DotIntervalChart.Row(label: v.name, estimate: $0.difference) }
    }
    return "<div class=\"charts wide\">"
      + context.place(
        DotIntervalChart(
          id: "overview",
          title: context.strings.overviewTitle(ReportLabels.metric(lead, context.strings), result.base.name),
          rows: rows, unit: unit(lead),
          subject: context.strings.overviewSubject(
            result.base.name, ReportLabels.inSentence(ReportLabels.metric(lead, context.strings)))
        ).figure(context)) + "</div>"
  }

  /// One chart per variant of the headline differences by group, all on one
  /// scale covering every variant, so a longer interval or a dot further
  /// from zero in one chart than in another means a larger difference.
  var differences: String {
    let perVariant = result.variants.map { variant in
      var rows: [DotIntervalChart.Row] = []
      for metric in Metric.headline {
        for group in Group.all {
          guard let row = result.row(metric, group.name, variant: variant.name) else { continue }
          rows.append(
            .init(
              label: ReportLabels.group(group.name, context.strings), estimate: row.difference,
              emphasis: group.name == "all",
              section: ReportLabels.metric(metric, context.strings)))
        }
      }
      return rows
    }
    let every = perVariant.flatMap { $0.map(\.estimate) }
    var out = "<div class=\"charts wide\">"
    for (i, (variant, rows)) in zip(result.variants, perVariant).enumerated() where !rows.isEmpty {
      var chart = DotIntervalChart(
        id: "differences-\(i + 1)", title: context.strings.differencesTitle(variant.name, result.base.name),
        rows: rows, unit: DisplayUnit("share", context.strings), subject: "\(variant.name) − \(result.base.name)")
      chart.alsoCovering = every
      out += context.place(chart.figure(context))
    }
    return out + "</div>"
  }

  var allMetrics: String {
    let t = context.strings
    var out = HTML.text("p", [("class", "note")], t.allMetricsNote)
    for variant in result.variants {
      let rows = result.rows.filter { $0.variant == variant.name && $0.group == "all" }.map { row -> [String] in
        let u = unit(row.metric)
        return [
          ReportLabels.metric(row.metric, context.strings), u.value(row.baseMean), u.value(row.variantMean),
          u.difference(row.difference.mean),
          u.differenceInterval(row.difference), String(row.difference.n),
          row.shareBetter.isFinite ? DisplayUnit.fixed(row.shareBetter * 100, 0, context.strings) + "%" : "—",
        ]
      }
      out += HTML.tag(
        "details",
        HTML.text("summary", t.everyMetricOf(variant.name))
          + DataTable(
            caption: t.comparedWith(variant.name, result.base.name),
            header: [t.metric, result.base.name, variant.name, t.difference, t.interval95, t.n, t.betterInHeader],
            rows: rows
          ).html)
    }
    return out
  }

  var parameters: String {
    let t = context.strings
    var out = HTML.text("p", [("class", "note")], ParameterSection.intro(context.strings))
    for scenario in [result.base] + result.variants {
      out += HTML.text("h3", scenario.name + (scenario.name == result.base.name ? t.baseSuffix : ""))
      if let parameters = scenario.parameters {
        out += ParameterSection.html(parameters, name: scenario.name, context.strings)
      } else {
        out += HTML.text(
          "p", [("class", "note")],
          t.parametersNotRecorded(scenario.name, scenarioFolder, String(scenario.digest.prefix(16))))
      }
    }
    return out
  }
}
