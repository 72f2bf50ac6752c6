import ReentryExperiments
import ReentryModel

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

/// The columns `metric,group,mean,sd,ci_low,ci_high,n` of a run or sweep table.
struct SummaryColumns: Sendable {
  static let names = ["metric", "group", "mean", "sd", "ci_low", "ci_high", "n"]

  let metric, group, mean, low, high, n: Int

  init(_ table: CSVTable) throws(InputError) {
    metric = try table.column("metric")
    group = try table.column("group")
    mean = try table.column("mean")
    _ = try table.column("sd")
    low = try table.column("ci_low")
    high = try table.column("ci_high")
    n = try table.column("n")
  }

  func record(_ table: CSVTable, _ r: CSVTable.Record) throws(InputError) -> SummaryRecord {
    SummaryRecord(
      metric: r.fields[metric], group: r.fields[group],
      estimate: Estimate(
        mean: try table.number(r, mean), low: try table.number(r, low), high: try table.number(r, high),
        n: try table.count(r, n)))
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
