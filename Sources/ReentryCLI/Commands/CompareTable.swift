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
        text += (rows.first { $0.group == "all" }.map { TextFormat.percent($0.baseMean) } ?? "NA").leftPadded(10)
        for g in groups { text += (rows.first { $0.group == g }.map(cell) ?? "NA").leftPadded(15) }
        text += "\n"
      }
      if let cost = files.cost { text += staff(cost, variant: v) }
      text += "\n"
    }
    return text
  }

  /// The staff cost beside the effect, one line each, with 95% intervals.
  static func staff(_ cost: StaffCost, variant v: Int) -> String {
    func row(_ m: StaffCost.Measure) -> StaffCost.Row? { cost.rows.first { $0.variant == v && $0.measure == m } }
    func number(_ x: Double, _ decimals: Int, signed: Bool = true) -> String {
      guard x.isFinite else { return "NA" }
      let scale = (0..<decimals).reduce(1.0) { power, _ in power * 10 }
      let rounded = (x * scale).rounded() / scale
      return String(format: signed ? "%+.\(decimals)f" : "%.\(decimals)f", rounded == 0 ? 0 : rounded)
    }
    func line(_ m: StaffCost.Measure, _ label: String, _ decimals: Int, signed: Bool = true) -> String {
      guard let r = row(m) else { return "" }
      let interval =
        r.ciLow.isFinite
        ? " (95% interval \(number(r.ciLow, decimals, signed: signed)) to \(number(r.ciHigh, decimals, signed: signed)))"
        : ""
      return "  \(label): \(number(r.mean, decimals, signed: signed))\(interval)\n"
    }
    return "staff cost (paired, per year of the measured window):\n"
      + line(.extraCasemanagersFTE, "extra casemanagers (FTE)", 1)
      + line(.extraHoursAvailablePerYear, "extra casework hours available a year", 0)
      + line(.extraHoursWorkedPerYear, "extra casework hours worked a year", 0)
      + line(.extraReleaseReadyPerYear, "extra release-ready people a year", 0)
      + line(
        .availableHoursPerExtraReleaseReady, "casework hours available per extra release-ready person", 0, signed: false
      )
      + line(.workedHoursPerExtraReleaseReady, "casework hours worked per extra release-ready person", 0, signed: false)
  }

  /// "+3.8 ±0.7": the mean difference and the interval's half-width, in percentage points.
  static func cell(_ row: ComparisonRow) -> String {
    let d = row.difference
    guard d.mean.isFinite else { return "NA" }
    let mean = String(format: "%+.1f", tenths(d.mean * 100))
    guard d.ciHigh.isFinite else { return mean }
    return mean + String(format: " ±%.1f", tenths((d.ciHigh - d.mean) * 100))
  }

  /// Rounded to one decimal, without a negative zero ("-0.0" reads as a loss).
  static func tenths(_ x: Double) -> Double {
    let rounded = (x * 10).rounded() / 10
    return rounded == 0 ? 0 : rounded
  }
}
