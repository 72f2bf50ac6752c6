import ReentryExperiments

/// A mean with its 95% interval and the number of values behind it, as our
/// CSV files hold it; NaN where the file says NA (one replication has no interval).
struct Estimate: Sendable, Equatable {
  let mean: Double
  let low: Double
  let high: Double
  let n: Int

  /// Whether the interval exists (it does not with one replication).
  var hasInterval: Bool { low.isFinite && high.isFinite }
}

/// One row of a summary (`summary.csv`, or a point of `sweep.csv`): a metric for a group.
struct SummaryRecord: Sendable {
  let metric: String
  let group: String
  let estimate: Estimate
}

extension SummaryRecord {
  /// The record on one line of a summary file, its cells found by the summary layout's columns.
  init(_ columns: CSVTable.Columns<SummaryColumn>, _ r: CSVTable.Record) throws(InputError) {
    self.init(
      metric: columns.text(r, .metric), group: columns.text(r, .group),
      estimate: Estimate(
        mean: try columns.number(r, .mean), low: try columns.number(r, .ciLow), high: try columns.number(r, .ciHigh),
        n: try columns.count(r, .n)))
  }
}

extension Estimate {
  /// "2", or "3–5" when the estimates rest on different numbers of values.
  static func countText(_ estimates: [Estimate]) -> String { countText(estimates.map(\.n)) }

  static func countText(_ ns: [Int]) -> String {
    guard let lo = ns.min(), let hi = ns.max() else { return "0" }
    return lo == hi ? "\(lo)" : "\(lo)–\(hi)"
  }
}
