import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The care waiting list is stationary, as probation's is: it has a level to return to, so
/// where it starts does not decide where it is years later.
///
/// Why two starts and not one run's first and last year: with about 300 referrals a year in
/// the small world, the yearly mean of any stationary list still moves by 10–20% from year to
/// year (Poisson arrivals and departures around the level), so one run's years test luck. Two
/// runs with the same seed that start 400 people apart share every arrival and placement, and
/// differ only by how far each list has forgotten its start.
@Suite struct CareQueueStationaryTests {
  /// Five years (one of warm-up, four measured) of the small world.
  static func fiveYears(seed: Int, _ overrides: [String]) async throws -> [ReplicationResult] {
    try await ModelFixture.run(
      replications: 2, seed: seed,
      ["run.warmupDays=365", "run.measuredDays=1460", "run.followUpDays=0"] + overrides)
  }

  /// Yearly means of a time series over the four measured years.
  static func yearlyMeans(_ results: [ReplicationResult], _ series: String) -> [Double] {
    (1...4).map { year in
      let days = (year * 365)..<((year + 1) * 365)
      let values = results.flatMap(\.timeseries).filter { $0.series == series && days.contains($0.day) }
      return ModelFixture.mean(values.map(\.value))
    }
  }

  /// The care waiting list by measured year, from an empty start and from a start 400 long.
  static func fromTwoStarts(seed: Int, _ overrides: [String] = []) async throws -> (
    empty: [Double], full: [Double], left: [ReleaseRecord]
  ) {
    let empty = try await fiveYears(seed: seed, ["care.initialWaitingList=0"] + overrides)
    let full = try await fiveYears(seed: seed, ["care.initialWaitingList=400"] + overrides)
    let left = (empty + full).flatMap(\.records).filter { $0.careLeftDays != nil }
    return (yearlyMeans(empty, "care_waiting"), yearlyMeans(full, "care_waiting"), left)
  }

  /// By the fourth measured year the list is where it would have been from an empty start.
  @Test(arguments: [5, 11]) func theCareWaitingListIsStationary(seed: Int) async throws {
    let lists = try await Self.fromTwoStarts(seed: seed)
    let mean = (lists.empty[3] + lists.full[3]) / 2
    #expect(
      abs(lists.full[3] - lists.empty[3]) <= max(0.05 * mean, 2),
      "care waiting list by measured year, empty start \(lists.empty), 400 at the start \(lists.full)")
    // Whoever left without a place has no wait for one, and no care in order at release.
    #expect(!lists.left.isEmpty)
    #expect(lists.left.allSatisfy { $0.careWaitDays == nil && !$0.inOrder.contains(.care) && $0.careLeftDays! > 0 })
  }

  /// With patience switched off nobody leaves the list but by a place: places short of the load
  /// (at the load, a critical queue) give the list no level, and the 400 extra at the start are
  /// still there years later.
  @Test func withoutLeavingTheListItKeepsItsStart() async throws {
    let lists = try await Self.fromTwoStarts(seed: 5, ["care.patienceMeanDays=0"])
    #expect(lists.left.isEmpty)
    #expect(
      lists.full[3] - lists.empty[3] > 200,
      "care waiting list by measured year, empty start \(lists.empty), 400 at the start \(lists.full)")
  }
}
