/// One output metric: how to get its value for a group in one replication.
///
/// Shares are in 0…1 and durations in days. A metric whose value is not
/// defined for a group in a replication (nobody in the group needed it)
/// contributes no value there, so `n` in the summary can be below the number
/// of replications.
public struct Metric: Sendable {
  public let name: String
  public let unit: String
  public let description: String
  package let value: @Sendable (_ records: [ReleaseRecord], _ result: ReplicationResult, _ isAll: Bool) -> Double?

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
