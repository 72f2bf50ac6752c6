import ReentryModel

/// Measurements behind the validation figures that take more than a share of records.
///
/// Each reads one replication's results; none reads the parameter it is
/// compared with, so a figure cannot pass because the answer was copied in.
enum ValidationMeasure {
  /// Measured releases scaled to a year.
  static func yearlyReleases(_ r: ReplicationResult) -> Double {
    Double(r.records.count) * 365 / Double(max(1, r.measuredDays))
  }

  /// The share of records for which `test` holds, among those where it applies.
  static func share(_ r: ReplicationResult, _ test: (ReleaseRecord) -> Bool?) -> Double? {
    Metric.share(r.records, test)
  }

  /// The `q`-quantile of the measured releases' waits for an assisted-living place (type 7).
  ///
  /// A wait still open at the horizon counts at its censored length. Every
  /// measured release is followed for `run.followUpDays`, so censoring only
  /// shortens waits longer than that: a quantile below the follow-up is exact.
  static func careWaitQuantile(_ r: ReplicationResult, _ q: Double) -> Double? {
    let waits = r.records.compactMap(\.careWaitDays).sorted().map(Double.init)
    return waits.isEmpty ? nil : RobustnessSummary.quantile(waits, q)
  }

  /// Share of release-ready records in a group minus that in another (paired within the replication).
  static func readyDifference(_ r: ReplicationResult, _ a: String, _ b: String) -> Double? {
    func ready(_ name: String) -> Double? {
      guard let group = Group.all.first(where: { $0.name == name }) else { return nil }
      return Metric.share(r.records.filter(group.contains)) { $0.releaseReady }
    }
    guard let x = ready(a), let y = ready(b) else { return nil }
    return x - y
  }

  /// Of those who need a condition at release, the share who have it in order.
  static func inOrderGivenNeed(_ r: ReplicationResult, _ condition: BasicCondition) -> Double? {
    Metric.share(r.records) { rec in
      rec.needsAtRelease.contains(condition) ? rec.inOrder.contains(condition) : nil
    }
  }

  /// Housing in order given need, minus the lowest such share of the other conditions:
  /// negative when housing is the largest bottleneck.
  static func housingBottleneck(_ r: ReplicationResult) -> Double? {
    guard let housing = inOrderGivenNeed(r, .housing) else { return nil }
    let others = BasicCondition.allCases.filter { $0 != .housing }.compactMap { inOrderGivenNeed(r, $0) }
    guard let lowest = others.min() else { return nil }
    return housing - lowest
  }
}
