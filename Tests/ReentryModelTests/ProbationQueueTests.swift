import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Probation's supervision list is stationary: results do not depend on how long a run lasts.
@Suite struct ProbationQueueTests {
  /// With places exactly at the load the list grew across the measured window; with places to
  /// spare it stays where it was.
  @Test func waitingListDoesNotGrowAcrossTheMeasuredWindow() async throws {
    let results = try await ModelFixture.run(replications: 4, seed: 7, ["run.measuredDays=600"])
    let s = try ModelFixture.scenario("Scenarios/baseline.json", ModelFixture.small + ["run.measuredDays=600"])
    let window = ModelParameters(s).run.measuredWindow
    let quarter = window.count / 4
    func meanWaiting(_ days: Range<Int>) -> Double {
      let values = results.flatMap(\.timeseries).filter { $0.series == "probation_waiting" && days.contains($0.day) }
      return ModelFixture.mean(values.map(\.value))
    }
    let first = meanWaiting(window.lowerBound..<(window.lowerBound + quarter))
    let last = meanWaiting((window.upperBound - quarter)..<window.upperBound)
    #expect(last <= first + 1, "waiting list: first quarter \(first), last quarter \(last)")
  }

  /// Seed 003: supervision starts months after release for some, not for most.
  @Test func someSupervisionsStartMonthsAfterRelease() async throws {
    let results = try await ModelFixture.run(replications: 2)
    let waits = results.flatMap(\.records).compactMap(\.probationWaitDays)
    let months = Double(waits.filter { $0 >= 60 }.count) / Double(waits.count)
    let atOnce = Double(waits.filter { $0 == 0 }.count) / Double(waits.count)
    #expect(months > 0.05 && months < 0.3, "share waiting two months or more: \(months)")
    #expect(atOnce > 0.5, "share starting at release: \(atOnce)")
  }
}
