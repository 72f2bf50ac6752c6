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
  /// Where the shards work, for their failure marks: a shard that waits stops when the one it waits for failed.
  package var place: CalibrationShards?
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

  /// Every generation, evaluating (or reading back) the proposals it needs. A shard that stops with an
  /// error marks itself failed (see `ShardFailure`), so the shards that wait for it stop too.
  package func run(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws -> [ABCGeneration] {
    let runner = self
    do {
      // Evaluations run one after another inside a unit: the sampler spreads the proposals over the jobs.
      return try await plan.sampler.run(jobs: jobs, progress: progress) { t, i, theta in
        do { return try await runner.evaluate(generation: t, proposal: i, theta: theta) } catch {
          // Marked at once: the sampler rethrows only after the earlier proposals, which may wait for other shards.
          runner.markFailure(error)
          throw error
        }
      }
    } catch {
      markFailure(error)
      throw error
    }
  }

  /// How long a waiting shard sleeps between looks for the evaluations it waits for.
  static let poll = Duration.milliseconds(500)

  /// Marks this shard failed for `error`, unless it only waits for others, was cancelled or is marked already.
  func markFailure(_ error: any Error) {
    guard let place, !shard.isWhole, !(error is ABCSampler.Waiting), !(error is CancellationError),
      // The first failure is the cause; what it set off later (other shards stopping) must not hide it.
      place.failure(of: shard) == nil
    else { return }
    place.recordFailure(of: shard, error is ShardFailure ? "stopped: \(error)" : String(describing: error))
  }

  /// Runs, reads back or (another shard's) awaits proposal `i` of generation `t`; nil when another shard
  /// evaluates it and this one does not follow.
  func evaluate(generation t: Int, proposal i: Int, theta: [Double]) async throws -> ABCEvaluation? {
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
      let owner = SweepShard(k: point % shard.n + 1, n: shard.n)
      if let place, place.failure(of: owner) != nil {
        // One more look: the SLURM script appends the exit status and log just after the shard's own line.
        try await Task.sleep(for: Self.poll)
        if let failure = place.failure(of: owner) { throw failure }
      }
      try await Task.sleep(for: Self.poll)
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
