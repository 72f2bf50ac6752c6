import ReentryExperiments
import ReentryModel

/// The report of a robustness analysis, answer first: for each variant how
/// often it raises release readiness in the plausible worlds that were kept,
/// the median effect and its 90% range, and the assumption it depends on
/// the probabilities with their 95% intervals, and whether the leading
/// variants can be ranked at all; then the effects side by side on one
/// scale, cost beside effect, the best buy per value of an extra
/// release-ready person, the probability of each variant being best, what
/// the choice hangs on (EVPPI), which figures rejected the other worlds,
/// every metric, the drawn assumptions and the provenance.
struct RobustnessReport: Sendable {
  let result: RobustnessResult
  /// Where the page's charts are placed and logged.
  var context = RenderContext()

  /// The metric the answer leads with.
  static let lead = AnswerText.lead

  func unit(_ metric: String) -> DisplayUnit {
    DisplayUnit(Metric.all.first { $0.name == metric }?.unit ?? "", context.strings)
  }

  /// A probability as a whole percentage: "97%".
  static func percent(_ p: Double, _ t: Strings) -> String { DisplayUnit.fixed(p * 100, 0, t) + "%" }

  var page: ReportPage {
    let t = context.strings
    let r = context.robustness
    let names =
      result.variants.count > 2
      ? t.variantsCount(result.variants.count) : result.variants.map(\.name).joined(separator: " \(t.and) ")
    return ReportPage(
      title: r.title(names, result.base),
      kind: r.kind(
        result.variants.count, result.base, result.draws, result.kept, result.provenance.replications,
        result.provenance.seed),
      description: r.description(result.factors.count),
      answer: answer,
      sections: [
        .init(
          id: "distribution", heading: r.distributionHeading(ReportLabels.metric(Self.lead, context.strings)),
          content: distribution),
        .init(id: "spread", heading: context.decision.spreadHeading, content: spreadSection),
        .init(id: "cost", heading: r.costHeading, content: cost),
        .init(id: "acceptability", heading: context.decision.acceptabilityHeading, content: acceptabilitySection),
        .init(id: "rank", heading: r.rankHeading, content: rank),
        .init(id: "depends", heading: context.decision.choiceHeading, content: choiceSection),
        .init(id: "kept", heading: r.keptHeading, content: keptSection),
        .init(id: "metrics", heading: r.everyMetricHeading, content: everyMetric),
        .init(id: "parameters", heading: r.drawnHeading, content: parameters),
        .init(
          id: "provenance", heading: t.provenanceHeading, content: ProvenanceSection.html(result.provenance, context)),
      ])
  }

  // MARK: The answer

  var answer: String {
    let r = context.robustness
    var items = ""
    for variant in result.variants {
      guard let effect = variant.effect(Self.lead) else {
        // The variant's name and colon as the lead, as in every other finding.
        let text = r.noKept(variant.name)
        let lead = text.hasPrefix(variant.name + ":") ? variant.name + ":" : ""
        items += HTML.tag(
          "li", [("class", "finding"), ("data-variant", variant.name), ("data-kept", "0")],
          HTML.text("span", [("class", "lead")], lead) + HTML.escape(String(text.dropFirst(lead.count))))
        continue
      }
      items += HTML.tag(
        "li", [("class", "finding"), ("data-variant", variant.name)] + Self.attributes(effect),
        finding(variant, effect))
    }
    var kept = r.keptSummary(result.kept, result.draws, result.filtered)
    if !result.rejections.isEmpty {
      let shown = result.rejections.prefix(5).map { r.figureDraws($0.figure, $0.draws) }
      kept += r.rejectedBy(shown.joined(separator: ", "))
    }
    if let generation = result.posteriorGeneration { kept += context.decision.posteriorWorlds(generation) }
    var choice = pairSentence.map { HTML.text("p", [("class", "pair")], $0) } ?? ""
    if let lead = choiceLead { choice += HTML.text("p", [("class", "choice")], lead) }
    return HTML.tag("ul", [("class", "headlines")], items) + choice
      + HTML.text(
        "p",
        [
          ("class", "kept"), ("data-draws", String(result.draws)), ("data-kept", String(result.kept)),
          ("data-filter", result.filter),
        ], kept)
      + HTML.text("p", AnswerText.meaning(context.strings))
      + HTML.text("p", [("class", "caveat")], r.caveat(result.factors.count, result.provenance.replications))
  }

  /// The sentence of one variant: lead in a span, then effect, rank and cost, every share with its interval.
  func finding(_ variant: RobustnessResult.Variant, _ effect: RobustnessResult.Effect) -> String {
    let r = context.robustness
    let u = unit(Self.lead)
    let signed = { (x: Double) in DisplayUnit.signed(x * u.factor, u.decimals, context.strings) }
    let lead =
      effect.probabilityImprovement.map {
        r.findingLead(
          variant.name, share($0, effect.improvementInterval), effect.draws, result.filtered)
      } ?? r.findingLeadUndirected(variant.name, effect.draws, result.filtered)
    var text = r.findingEffect(
      signed(effect.median), u.differenceUnit, signed(effect.range90.low), signed(effect.range90.high))
    text += "."
    if let best = effect.probabilityBest { text += r.bestIn(share(best, effect.bestInterval), result.rankedCount) }
    if let cost = variant.staffCost, let sentence = Self.staffCost(cost, context.strings) { text += " " + sentence }
    return HTML.text("span", [("class", "lead")], lead) + HTML.escape(text)
  }

  /// "50% (95% interval 34–66%)", or the bare share when the file gives no interval.
  func share(_ p: Double, _ interval: (low: Double, high: Double)?) -> String {
    let t = context.strings
    guard let interval else { return Self.percent(p, t) }
    return context.decision.share(
      Self.percent(p, t), DisplayUnit.fixed(interval.low * 100, 0, t), Self.percent(interval.high, t))
  }

  /// "Staff cost: +3.9 casemanagers (FTE), +2,908 casework hours available a year, 251 hours per additional
  /// release-ready person.", as the compare report words it.
  static func staffCost(_ cost: RobustnessResult.StaffCost, _ t: Strings) -> String? {
    guard cost.extraFTE.isFinite else { return nil }
    let each = cost.hoursPerExtraReleaseReady.flatMap { $0.isFinite && $0 > 0 ? DisplayUnit.fixed($0, 0, t) : nil }
    return t.staffCost(
      DisplayUnit.signed(cost.extraFTE, 1, t), DisplayUnit.signed(cost.extraHoursPerYear, 0, t), each, nil)
  }

  /// The numbers of a finding as `robustness.json` holds them, for tests and scripts.
  static func attributes(_ e: RobustnessResult.Effect) -> [(String, String)] {
    var out: [(String, String)] = [
      ("data-metric", e.metric), ("data-kept", String(e.draws)), ("data-median", TextFormat.decimal(e.median)),
      ("data-range90-low", TextFormat.decimal(e.range90.low)),
      ("data-range90-high", TextFormat.decimal(e.range90.high)),
    ]
    if let p = e.probabilityImprovement { out.append(("data-probability-improvement", TextFormat.decimal(p))) }
    if let p = e.probabilityBest { out.append(("data-probability-best", TextFormat.decimal(p))) }
    if let i = e.bestInterval {
      out += [("data-best-low", TextFormat.decimal(i.low)), ("data-best-high", TextFormat.decimal(i.high))]
    }
    return out
  }

  // MARK: Charts

  /// Every variant's effect on the lead metric on one scale.
  var distribution: String {
    let r = context.robustness
    let rows = result.variants.compactMap { v in
      v.effect(Self.lead).map {
        RangeChart.Row(label: v.name, median: $0.median, range50: $0.range50, range90: $0.range90, n: $0.draws)
      }
    }
    guard !rows.isEmpty else { return nothingKept }
    let metric = ReportLabels.metric(Self.lead, context.strings)
    return "<div class=\"charts wide\">"
      + context.place(
        RangeChart(
          id: "distribution", title: r.rangeTitle(metric, result.base), rows: rows, unit: unit(Self.lead),
          subject: r.rangeSubject(result.base, ReportLabels.inSentence(metric))
        ).figure(context)) + "</div>"
  }

  /// What a section says instead of a chart or table when no world was kept.
  var nothingKept: String {
    HTML.text(
      "p", [("class", "note")],
      context.robustness.keptSummary(result.kept, result.draws, result.filtered))
  }

}
