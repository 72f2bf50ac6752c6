import ReentryExperiments
import ReentryModel

/// Sentences and machine-readable attributes shared by the answers of
/// every kind of report.
///
/// The headline element carries the exact numbers of the result file in
/// `data-` attributes (six decimals, as written), so a test or a script can
/// check the sentence against the CSV without parsing prose.
enum AnswerText {
  /// The metric every answer leads with: the share of all releases.
  static let lead = MetricName.releaseReady
  /// The same among those who needed help: what a reader quotes for help received.
  static let leadAmongNeeding = MetricName.releaseReadyAmongNeeding
  /// Ready or prepared (seed 003 §6.3, "of met passende begeleiding"): given beside the lead.
  static let prepared = MetricName.releasePrepared

  /// Group pairs and triples that answer "for whom?".
  static let breakdowns: [[String]] = [
    ["sentence=short", "sentence=long"],
    ["municipality=small", "municipality=medium", "municipality=large"],
    ["lvb=yes", "lvb=no"],
  ]

  static func meaning(_ t: Strings) -> String { t.meaning }

  /// "Staff cost: +168.2 casemanagers (FTE), 659 casework hours a year per additional release-ready
  /// person (95% interval 578–741)." Nil when the comparison has no cost file.
  static func staffCost(_ cost: [StaffCost.Measure: Estimate]?, _ t: Strings) -> String? {
    guard let cost, let fte = cost[.extraCasemanagersFTE] else { return nil }
    if cost[.extraPaidHoursPerYear] != nil { return paidStaffCost(cost, fte: fte, t) }
    let hours = cost[.extraHoursAvailablePerYear].map { DisplayUnit.signed($0.mean, 0, t) }
    var each: String? = nil
    var interval: String? = nil
    // A ratio over a gain that may be zero can be any size: given only when the gain's interval is above zero.
    if let e = cost[.availableHoursPerExtraReleaseReady], e.mean.isFinite, e.mean > 0,
      let gain = cost[.extraReleaseReadyPerYear], gain.hasInterval, gain.low > 0
    {
      each = DisplayUnit.fixed(e.mean, 0, t)
      if e.hasInterval { interval = "\(DisplayUnit.fixed(e.low, 0, t))–\(DisplayUnit.fixed(e.high, 0, t))" }
    }
    return t.staffCost(DisplayUnit.signed(fte.mean, 1, t), hours, each, interval)
  }

  /// "Staff cost: +168.2 casemanagers (FTE), +432,000 paid hours a year, 1,690 paid hours per additional
  /// release-ready person (95% interval …); the information system …": the cost in paid hours, with an
  /// information system's cost when the variant introduces one.
  static func paidStaffCost(_ cost: [StaffCost.Measure: Estimate], fte: Estimate, _ t: Strings) -> String {
    let paid = cost[.extraPaidHoursPerYear].map { DisplayUnit.signed($0.mean, 0, t) }
    var each: String? = nil
    var interval: String? = nil
    // A ratio over a gain that may be zero can be any size: given only when the gain's interval is above zero.
    if let e = cost[.paidHoursPerExtraReleaseReady], e.mean.isFinite, e.mean > 0,
      let gain = cost[.extraReleaseReadyPerYear], gain.hasInterval, gain.low > 0
    {
      each = DisplayUnit.fixed(e.mean, 0, t)
      if e.hasInterval { interval = "\(DisplayUnit.fixed(e.low, 0, t))–\(DisplayUnit.fixed(e.high, 0, t))" }
    }
    var system: (String, String)? = nil
    if let once = cost[.systemIntroductionHours], let yearly = cost[.systemHoursPerYear],
      once.mean != 0 || yearly.mean != 0
    {
      system = (DisplayUnit.fixed(once.mean, 0, t), DisplayUnit.fixed(yearly.mean, 0, t))
    }
    return t.paidStaffCost(DisplayUnit.signed(fte.mean, 1, t), paid, each, interval, system)
  }

  /// `data-` attributes for an estimate, with the file's six decimals.
  static func attributes(_ e: Estimate, prefix: String = "") -> [(String, String)] {
    [
      ("data-\(prefix)mean", TextFormat.decimal(e.mean)), ("data-\(prefix)ci-low", TextFormat.decimal(e.low)),
      ("data-\(prefix)ci-high", TextFormat.decimal(e.high)), ("data-\(prefix)n", String(e.n)),
    ]
  }

  /// "Short stay 18.0% (15.5–20.6%), long stay 66.4% (61.9–70.9%)."
  static func breakdown(_ groups: [String], unit: DisplayUnit, estimate: (String) -> Estimate?) -> String? {
    let t = unit.strings
    let parts = groups.compactMap { g in
      estimate(g).map {
        "\(ReportLabels.inSentence(ReportLabels.group(g, t))) \(unit.value($0.mean)) (\(unit.interval($0)))"
      }
    }
    guard parts.count > 1 else { return nil }
    return ReportLabels.capitalised(parts.joined(separator: ", ")) + "."
  }

  /// The closing caveat: what the numbers are and how much rests on assumptions.
  static func caveat(replications: Int, seed: String, paired: Bool, _ t: Strings) -> String {
    let (assumed, total) = ParameterSection.assumptionCount
    return t.caveat(replications, seed, paired, assumed, total)
  }
}
