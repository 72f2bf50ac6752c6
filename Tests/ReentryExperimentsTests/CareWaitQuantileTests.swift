import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The care-wait calibration target is a quantile of the waits, never the longest wait of a run, whose
/// spread across seeds would reject worlds for noise alone.
@Suite struct CareWaitQuantileTests {
  @Test func theCareWaitTargetIsTheNinetiethPercentileOfTheWaits() async throws {
    let scenario = try ModelFixture.scenario(
      "Scenarios/baseline.json",
      [
        "population.releasesPerYear=2000", "run.warmupDays=60", "run.measuredDays=120", "run.followUpDays=200",
        "institutions.regionalCount=2",
      ])
    let result = try await Replication.run(ModelParameters(scenario), replication: 0)
    let waits = result.records.compactMap(\.careWaitDays).map(Double.init).sorted()
    try #require(waits.count >= 20, "too few care waits to tell a quantile from the maximum")
    let figure = try #require(ValidationFigure.all.first { $0.id == "care_wait_p90_days" })
    #expect(figure.role == .calibrationTarget)
    let measured = try #require(figure.measure(result, ValidationContext(parameters: ModelParameters(scenario))))
    // Type 7: linear between the order statistics around 0.9 · (n − 1).
    let h = 0.9 * Double(waits.count - 1)
    let low = Int(h.rounded(.down))
    let expected = waits[low] + (h - Double(low)) * (waits[min(low + 1, waits.count - 1)] - waits[low])
    #expect(measured == expected)
    #expect(ValidationFigure.all.allSatisfy { $0.role != .calibrationTarget || !$0.id.contains("max") })
  }
}
