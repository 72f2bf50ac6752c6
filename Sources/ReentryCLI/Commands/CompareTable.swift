import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport

/// The short table a terminal user sees after `compare`: for each variant,
/// the headline metrics' paired difference in percentage points by group.
enum CompareTable {
  /// The groups shown: everyone, and the sentence and municipality breakdowns.
  static let groups = [
    "all", "sentence=short", "sentence=long", "municipality=small", "municipality=medium", "municipality=large",
  ]

  static func text(_ files: CompareFiles) -> String {
    var text = ""
    for (v, variant) in files.variants.enumerated() {
      text += "\(variant.name) vs \(files.base.name): \(files.replications) paired replications, seed \(files.seed)\n"
      text += "difference variant − base in percentage points, ± half-width of the 95% interval\n"
      text +=
        "metric".padding(toLength: HeadlineTable.nameWidth, withPad: " ", startingAt: 0) + "base(all)".leftPadded(10)
      for g in groups { text += g.replacingOccurrences(of: "municipality=", with: "mun=").leftPadded(15) }
      text += "\n"
      for metric in Metric.headline {
        let rows = files.rows.filter { $0.metric == metric && $0.variant == v }
        text += metric.padding(toLength: HeadlineTable.nameWidth, withPad: " ", startingAt: 0)
        text += (rows.first { $0.group == "all" }.map { percent($0.baseMean) } ?? "NA").leftPadded(10)
        for g in groups { text += (rows.first { $0.group == g }.map(cell) ?? "NA").leftPadded(15) }
        text += "\n"
      }
      text += paths(files.paths, variant: v)
      if let cost = files.cost { text += staff(cost.rows, variant: v) }
      text += "\n"
    }
    return text
  }

  /// The staff cost beside the effect, one line each, with 95% intervals.
  ///
  /// The hours per extra release-ready person are a ratio whose denominator is
  /// the gain; when the gain's interval includes zero (or there is none, with
  /// one replication) the ratio may be any size or sign, so it is not printed.
  static func staff(_ rows: [StaffCost.Row], variant v: Int) -> String {
    func row(_ m: StaffCost.Measure) -> StaffCost.Row? { rows.first { $0.variant == v && $0.measure == m } }
    func number(_ x: Double, _ decimals: Int, signed: Bool = true) -> String {
      signed ? DisplayNumber.signed(x, decimals) : DisplayNumber.fixed(x, decimals)
    }
    func line(_ m: StaffCost.Measure, _ label: String, _ decimals: Int, signed: Bool = true) -> String {
      guard let r = row(m) else { return "" }
      let interval =
        r.ciLow.isFinite
        ? " (95% interval \(number(r.ciLow, decimals, signed: signed)) to \(number(r.ciHigh, decimals, signed: signed)))"
        : ""
      return "  \(label): \(number(r.mean, decimals, signed: signed))\(interval)\n"
    }
    func perPerson(_ m: StaffCost.Measure, _ label: String, gain g: StaffCost.Measure = .extraReleaseReadyPerYear)
      -> String
    {
      guard row(m) != nil else { return "" }
      guard let gain = row(g), gain.ciLow > 0 else {
        return "  \(label): not given (the gain's 95% interval includes zero)\n"
      }
      return line(m, label, 0, signed: false)
    }
    return "staff cost (paired, per year of the measured window):\n"
      + line(.extraCasemanagersFTE, "extra casemanagers (FTE)", 1)
      + line(.extraHoursAvailablePerYear, "extra casework hours available a year", 0)
      + line(.extraHoursWorkedPerYear, "extra casework hours worked a year", 0)
      + line(.extraPaidHoursPerYear, "extra paid hours a year (one FTE is 36 paid hours)", 0)
      + line(.extraPartnerHoursPerYear, "extra partner hours a year", 0)
      + line(.systemIntroductionHours, "information system introduction (staff-hour equivalents, once)", 0)
      + line(.systemHoursPerYear, "information system running cost (staff-hour equivalents a year)", 0)
      + line(.extraReleaseReadyPerYear, "extra release-ready people a year", 0)
      + line(.extraReleasePreparedPerYear, "extra release-prepared people a year", 0)
      + perPerson(.paidHoursPerExtraReleaseReady, "paid hours per extra release-ready person")
      + perPerson(.allHoursPerExtraReleaseReady, "paid, partner and system hours per extra release-ready person")
      + perPerson(.availableHoursPerExtraReleaseReady, "casework hours available per extra release-ready person")
      + perPerson(.workedHoursPerExtraReleaseReady, "casework hours worked per extra release-ready person")
      + perPerson(
        .paidHoursPerExtraReleasePrepared, "paid hours per extra release-prepared person",
        gain: .extraReleasePreparedPerYear)
  }

  /// "of which information access +1.2 ±0.4, of which registration hours +0.8 ±0.5" per
  /// headline outcome, for a variant whose effect `compare` split into its paths.
  static func paths(_ rows: [PathSplit.Row], variant v: Int) -> String {
    var text = ""
    for metric in PathSplit.metrics {
      let parts = PathSplit.Path.allCases.compactMap { path -> String? in
        guard
          let r = rows.first(where: { $0.variant == v && $0.metric == metric && $0.group == "all" && $0.path == path })
        else { return nil }
        let d = r.difference
        let half = d.ciHigh.isFinite ? " ±" + DisplayNumber.fixed(d.ciHigh - d.mean, 1, factor: 100) : ""
        return "of which \(path.rawValue.replacingOccurrences(of: "_", with: " ")) "
          + DisplayNumber.signed(d.mean, 1, factor: 100) + half
      }
      if !parts.isEmpty { text += "  \(metric) (pp): " + parts.joined(separator: ", ") + "\n" }
    }
    return text.isEmpty ? "" : "effect by path (variant rerun with each path alone, paired):\n" + text
  }

  /// "+3.8 ±0.7": the mean difference and the interval's half-width, in percentage points.
  static func cell(_ row: ComparisonRow) -> String {
    let d = row.difference
    guard d.mean.isFinite else { return "NA" }
    let mean = DisplayNumber.signed(d.mean, 1, factor: 100)
    guard d.ciHigh.isFinite else { return mean }
    return mean + " ±" + DisplayNumber.fixed(d.ciHigh - d.mean, 1, factor: 100)
  }

  /// A share as a percentage with one decimal, e.g. "54.3%", rounded as the report rounds it.
  static func percent(_ share: Double) -> String {
    share.isFinite ? DisplayNumber.fixed(share, 1, factor: 100) + "%" : "NA"
  }

  /// A share's interval in percent, cut to 0–100% (see `DisplayNumber.shareInterval`).
  static func percentInterval(_ low: Double, _ high: Double) -> String {
    let (low, high) = DisplayNumber.shareInterval(low, high)
    return "\(percent(low))–\(percent(high))"
  }
}
