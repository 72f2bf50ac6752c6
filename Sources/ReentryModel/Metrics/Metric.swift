/// One output metric: how to get its value for a group in one replication,
/// and what a reader needs to know about it, declared once in the catalog.
///
/// Shares are in 0…1 and durations in days. A metric whose value is not
/// defined for a group in a replication (nobody in the group needed it)
/// contributes no value there, so `n` in the summary can be below the number
/// of replications.
///
/// The label, direction and headline flag live here rather than in tables
/// keyed by name in the commands and the report, so that a metric added to
/// the catalog is labelled, compared and shown everywhere at once.
public struct Metric: Sendable {
  /// The name in the result files (`release_ready`).
  public let name: String
  public let unit: String
  /// Words for a reader ("Release-ready"), shown beside the name in reports.
  public let label: String
  /// Which way is better, for `compare`'s share of better replications.
  public let direction: MetricDirection
  /// Whether it is one of the metrics a policy advisor reads first, in the
  /// terminal tables and the report's charts.
  public let isHeadline: Bool
  public let description: String
  package let value: @Sendable (_ records: [ReleaseRecord], _ result: ReplicationResult, _ isAll: Bool) -> Double?

  package init(
    name: String, unit: String, label: String, direction: MetricDirection, headline: Bool = false,
    description: String,
    value: @escaping @Sendable (_ records: [ReleaseRecord], _ result: ReplicationResult, _ isAll: Bool) -> Double?
  ) {
    self.name = name
    self.unit = unit
    self.label = label
    self.direction = direction
    self.isHeadline = headline
    self.description = description
    self.value = value
  }

  /// The share of `records` for which `test` holds, among those where it applies.
  package static func share(_ records: [ReleaseRecord], _ test: (ReleaseRecord) -> Bool?) -> Double? {
    var yes = 0
    var n = 0
    for r in records {
      guard let t = test(r) else { continue }
      n += 1
      if t { yes += 1 }
    }
    return n > 0 ? Double(yes) / Double(n) : nil
  }

  /// The mean of `value` over the records where it applies.
  package static func mean(_ records: [ReleaseRecord], _ value: (ReleaseRecord) -> Int?) -> Double? {
    var sum = 0.0
    var n = 0
    for r in records {
      guard let v = value(r) else { continue }
      sum += Double(v)
      n += 1
    }
    return n > 0 ? sum / Double(n) : nil
  }
}
