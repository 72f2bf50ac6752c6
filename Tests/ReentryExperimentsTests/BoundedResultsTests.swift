import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// Peak memory of a run must not grow with its replications (issue 17.9):
/// results are handed over in order and dropped, and a replication that
/// finishes early waits only within a window of `Experiment.window × jobs`.
@Suite struct BoundedResultsTests {
  /// Counts results from the start of their replication until they are handed over.
  final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var live = 0
    private(set) var peak = 0

    func started() {
      lock.withLock {
        live += 1
        startCount += 1
        peak = max(peak, live)
      }
    }

    func delivered() { lock.withLock { live -= 1 } }

    /// How many replications have started.
    var starts: Int { lock.withLock { startCount } }
    private var startCount = 0
  }

  @Test(arguments: [1, 2, 3])
  func resultsHeldAtOnceAreBoundedByJobs(jobs: Int) async throws {
    let scenario = try ModelFixture.scenario(
      "Scenarios/baseline.json",
      ModelFixture.small + [
        "run.replications=14", "run.seed=3", "run.warmupDays=10", "run.measuredDays=30", "run.followUpDays=0",
        "population.releasesPerYear=1000",
      ])
    let parameters = ModelParameters(scenario)
    let count = LiveCount()
    var order: [Int] = []
    try await Experiment.run(
      parameters, jobs: jobs,
      replicate: { parameters, index in
        count.started()
        // The first replication is slow: it waits (up to 2 s) for all others
        // to start, so without a window every later one would finish and
        // wait in memory for it.
        if index == 0 {
          let clock = ContinuousClock()
          let deadline = clock.now + .seconds(2)
          while count.starts < 14, clock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        }
        return try await Replication.run(parameters, replication: index)
      },
      deliver: { result in
        order.append(result.replication)
        count.delivered()
      })
    #expect(order == Array(0..<14))
    #expect(count.peak <= 2 * jobs, "peak \(count.peak) results alive with --jobs \(jobs)")
  }
}
