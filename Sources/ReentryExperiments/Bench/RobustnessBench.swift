import Foundation
import ReentryModel
import ScenarioFormat

/// Workload d of `reentry bench`: the shipped robustness analysis, small,
/// on 1 job and on 2 (issue 15, item 4).
///
/// The analysis is the one `reentry robustness` runs, by the same code: the
/// same `RobustnessDefinition` (Latin hypercube, redraws, levers, common
/// random numbers), a `PointDirectory` prepared the same way, the same
/// `RobustnessRunner` with the pattern filter deciding which variants run,
/// and `PointAssembly.finish` writing `robustness.csv` and `robustness.json`.
/// Only the draw count is smaller, so the parallel efficiency measured has
/// the analysis's serial parts (the design, the filter's judgement of each
/// base, the summary at the end) and its tail (the last replication running
/// alone), the tail weighing more than in a long analysis.
///
/// About 60 national replications at 20 draws make one timing near a minute
/// long, so each job count is timed once, without a warm-up (a warm-up is one
/// replication's worth of difference here), and never `--runs` times.
package enum RobustnessBench {
  /// The variants of the shipped analysis (README, "How robust is the
  /// answer?"), in its order: the scenario files beside the base.
  package static let shippedVariants = [
    "caseload-20", "caseload-15", "contact-details", "full-information-sheet", "shared-system",
    "case-conferences", "may-share", "early-involvement", "all-recommendations",
  ]

  /// The draw count of the analysis whose wall time is projected (README's 200-draw run).
  package static let projectedDraws = 200

  /// Runs the analysis of `base` and `variants` once on each of `jobs`, in
  /// `scratch` (by default a new temporary directory), removed afterwards;
  /// seed and replications as `reentry robustness` sets them (the base's
  /// seed, `replications` each).
  package static func measure(
    base: ResolvedScenario, variants: [ResolvedScenario], draws: Int, replications: Int = 2,
    filter: RobustnessPlan.Filter = .patterns, jobs: [Int] = [1, 2], scratch: String? = nil,
    log: (String) -> Void
  ) async throws -> Measurement {
    let scratch =
      scratch
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("reentry-bench-robustness-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let scenarios = [base] + variants
    let clock = ContinuousClock()
    var runs: [Measurement.Run] = []
    for j in jobs {
      let directory = PointDirectory<RobustnessPlan>(path: (scratch as NSString).appendingPathComponent("jobs\(j)"))
      let start = clock.now
      let startCPU = BenchMeasurement.processorSeconds()
      // Everything `reentry robustness` does from its loaded scenarios on, except printing.
      let definition = try RobustnessDefinition(
        name: RobustnessDefinition.name(scenarios: scenarios.map(\.name)), base: base, variants: variants,
        draws: draws, replications: replications, seed: UInt64(base.int("run.seed")), filter: filter)
      try directory.prepare(definition.plan, shard: .whole, resume: false)
      var runner = RobustnessRunner(definition: definition, directory: directory, shard: .whole, jobs: j)
      let counter = ReplicationCounter()
      runner.replicate = counter.counting(runner.replicate)
      let running = clock.now
      let outcome = try await runner.run()
      let ran = clock.now
      let digest = try PointAssembly.finish(directory, plan: definition.plan, shard: .whole)
      let seconds = RunInfo.seconds(clock.now - start)
      let run = Measurement.Run(
        jobs: j, seconds: seconds, runnerSeconds: RunInfo.seconds(ran - running),
        processorSeconds: BenchMeasurement.processorSeconds() - startCPU,
        replications: counter.count, kept: outcome.kept, work: outcome.work, digest: digest)
      runs.append(run)
      log(
        "  d-robustness --jobs \(j): \(draws) draws (\(outcome.kept) kept), \(run.replications) replications, "
          + String(format: "%.1f s\n", seconds))
      try? FileManager.default.removeItem(atPath: directory.path)
    }
    return Measurement(
      scenarios: scenarios.count, draws: draws, replications: replications, filter: filter, runs: runs,
      peakResidentMB: BenchMeasurement.peakResidentMB())
  }
}

/// Counts the replications the runner starts, from whichever task starts them.
final class ReplicationCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func add() { lock.withLock { value += 1 } }
  var count: Int { lock.withLock { value } }

  /// `replicate`, counting each replication it starts.
  func counting(_ replicate: @escaping Experiment.Replicate) -> Experiment.Replicate {
    { parameters, replication in
      self.add()
      return try await replicate(parameters, replication)
    }
  }
}
