import Foundation
import ReentryModel
import ScenarioFormat

/// Runs a calibration plan on the base world, one point file per evaluated proposal.
///
/// An evaluation sets the proposal's values on the base scenario, runs
/// its R replications with the evaluation's own seed and measures the
/// targets. Its file is written atomically when it is done; an evaluation
/// whose file is already there (`--resume` after a kill) is read back, not
/// run. A fresh evaluation returns what it wrote, read back, so a resumed
/// calibration continues from exactly the numbers a run in one go had.
package struct CalibrationRunner: Sendable {
  let plan: CalibrationPlan
  /// The base scenario with the plan's replications.
  let base: ResolvedScenario
  let directory: PointDirectory<CalibrationPlan>
  let jobs: Int
  /// The proposals this process evaluates: all, or one shard's (point index mod N).
  package var shard = SweepShard.whole
  /// Directories whose evaluations are read, not run again: the other shards'.
  package var siblings: [PointDirectory<CalibrationPlan>] = []
  /// Wait for the other shards' evaluations (polling) instead of stopping at the first one missing.
  package var follow = false
  /// Runs one replication; injectable for tests.
  var replicate: Experiment.Replicate = { try await Replication.run($0, replication: $1) }

  package init(plan: CalibrationPlan, base: ResolvedScenario, directory: PointDirectory<CalibrationPlan>, jobs: Int)
    throws(InputError)
  {
    self.plan = plan
    do { self.base = try base.overriding("run.replications", with: .number(Double(plan.replications))) } catch {
      throw InputError(.invalidData, error.description)
    }
    self.directory = directory
    self.jobs = jobs
  }

  /// Runs the pilot: `replications` of the base world as given, whose spread is each target's Monte Carlo noise.
  package static func pilot(_ base: ResolvedScenario, replications: Int, jobs: Int) async throws -> [ReplicationResult]
  {
    let scenario = try base.overriding("run.replications", with: .number(Double(replications)))
    return try await Experiment.run(ModelParameters(scenario), jobs: jobs)
  }

  /// Every generation, evaluating (or reading back) the proposals it needs.
  package func run(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws -> [ABCGeneration] {
    let plan = plan
    let base = base
    let directory = directory
    let replicate = replicate
    let (shard, siblings, follow) = (shard, siblings, follow)
    // Evaluations run one after another inside a unit: the sampler spreads the proposals over the jobs.
    return try await plan.sampler.run(jobs: jobs, progress: progress) { t, i, theta in
      let point = plan.point(generation: t, proposal: i)
      if let stored = directory.storedEvaluation(point, of: plan) { return stored.evaluation }
      while true {
        if let found = siblings.lazy.compactMap({ $0.storedEvaluation(point, of: plan) }).first {
          // The whole calibration keeps a copy, so its directory holds every point a run in one go writes.
          if shard.isWhole { try directory.writePoint(point, found.bytes) }
          return found.evaluation
        }
        if shard.contains(point) { break }
        guard follow else { return nil }
        try await Task.sleep(for: .milliseconds(500))
      }
      var evaluation = ABCEvaluation(distance: .infinity, values: plan.targets.valueColumns.map { _ in .nan })
      let assignments =
        zip(plan.parameters, theta).map { (path: $0.path, value: JSONValue.number($0.modelValue($1))) }
        + [(path: "run.seed", value: .number(Double(plan.evaluationSeed(generation: t, proposal: i))))]
      // A proposal that breaks a cross-field rule is a world the model refuses: infinitely far, never accepted.
      if let scenario = try? base.overriding(assignments) {
        let parameters = ModelParameters(scenario)
        var results: [ReplicationResult] = []
        for r in 0..<plan.replications { results.append(try await replicate(parameters, r)) }
        evaluation = plan.targets.evaluate(results, parameters: parameters)
      }
      let bytes = plan.pointBytes(generation: t, proposal: i, theta: theta, evaluation: evaluation)
      try directory.writePoint(point, bytes)
      return plan.evaluation(pointBytes: bytes) ?? evaluation
    }
  }
}
