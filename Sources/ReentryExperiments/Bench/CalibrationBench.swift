import Foundation
import ReentryModel
import ScenarioFormat

/// Workload e of `reentry bench`: one generation of the calibration sampler on the national model, on 1 job and 2.
///
/// The generation is the one `reentry calibrate` runs first, by the same
/// code: a `CalibrationPlan` of `particles` proposals from the prior (one
/// round, each accepted), a `PointDirectory` prepared the same way, the
/// `CalibrationRunner` evaluating each proposal's replications and
/// measuring the targets, and `CalibrationFiles.finish`. Later generations
/// cost the same per evaluation (a random-walk move instead of a prior
/// draw): one evaluation per alive particle and move, so a calibration's
/// cost is a multiple of this generation's, known from `--keep` and
/// `--generations` (docs/calibration.md, "Speed"). The pilot that measures the targets' noise runs
/// once before, untimed. Eight particles of two replications keep each
/// timing near 10 to 20 national replications: the tail (the last
/// evaluation running alone) weighs more than in a calibration of hundreds
/// of particles, so the efficiency measured is a lower bound.
package enum CalibrationBench {
  package static let particles = 8
  package static let replications = 2
  /// Evaluations of the projection: generation 0 of a population of 500 particles (the later generations
  /// of a calibration cost one evaluation per alive particle and move).
  package static let projectedEvaluations = 500

  /// Times the first generation of a calibration of `base` once on each of `jobs`, in `scratch` (by default a
  /// new temporary directory), removed afterwards.
  package static func measure(
    base: ResolvedScenario, particles: Int = particles, replications: Int = replications, pilot: Int = 2,
    jobs: [Int] = [1, 2], scratch: String? = nil, log: (String) -> Void
  ) async throws -> Measurement {
    let scratch =
      scratch
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("reentry-bench-calibration-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let noise = try await CalibrationRunner.pilot(base, replications: pilot, jobs: jobs.max() ?? 1)
    let plan = CalibrationPlan(
      name: OutputDirectory.safeName(base.name), particles: particles, generations: 1, replications: replications,
      seed: UInt64(base.int("run.seed")), pilot: noise, base: base)
    let clock = ContinuousClock()
    var runs: [Measurement.Run] = []
    for j in jobs {
      let directory = PointDirectory<CalibrationPlan>(path: (scratch as NSString).appendingPathComponent("jobs\(j)"))
      try directory.prepare(plan, shard: .whole, resume: false)
      var runner = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: j)
      let counter = ReplicationCounter()
      runner.replicate = counter.counting(runner.replicate)
      let start = clock.now
      let startCPU = BenchMeasurement.processorSeconds()
      let generations = try await runner.run()
      let digest = try CalibrationFiles.finish(directory, plan: plan, generations: generations)
      let run = Measurement.Run(
        jobs: j, seconds: RunInfo.seconds(clock.now - start),
        processorSeconds: BenchMeasurement.processorSeconds() - startCPU, replications: counter.count,
        evaluations: generations.reduce(0) { $0 + $1.evaluations }, digest: digest)
      runs.append(run)
      log(
        "  e-calibration --jobs \(j): \(run.evaluations) evaluations, \(run.replications) replications, "
          + String(format: "%.1f s\n", run.seconds))
      try? FileManager.default.removeItem(atPath: directory.path)
    }
    return Measurement(
      particles: particles, replications: replications, parameters: plan.parameters.count, runs: runs,
      peakResidentMB: BenchMeasurement.peakResidentMB())
  }
}
