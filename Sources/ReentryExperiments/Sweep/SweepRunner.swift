import Foundation
import ReentryModel
import ScenarioFormat

/// Runs the points of a sweep (or of one shard) that have no file yet.
///
/// Work is split into (point, replication) units of an `OrderedWork`, at
/// most `jobs` running at a time, so the cores are used whether a sweep has
/// many points or many replications. Each unit reduces its replication to
/// metric values at once (dropping the release records); units are
/// consumed in index order, and when a point's last unit is in, its file is
/// written atomically. Memory therefore holds only the few points in
/// flight, a kill loses only those, and the files do not depend on `jobs`
/// or on which unit finished first. A failing replication fails its point
/// only (listed, retried by `--resume`); a file that cannot be written
/// stops the sweep.
package struct SweepRunner: Sendable {
  let definition: SweepDefinition
  let directory: SweepDirectory
  let shard: SweepShard
  let jobs: Int
  /// Runs one replication; tests substitute one that fails for chosen points.
  var replicate: @Sendable (ModelParameters, Int) async throws -> ReplicationResult = {
    try await Replication.run($0, replication: $1)
  }

  package init(definition: SweepDefinition, directory: SweepDirectory, shard: SweepShard, jobs: Int) {
    self.definition = definition
    self.directory = directory
    self.shard = shard
    self.jobs = jobs
  }

  /// What a run did: points of the shard, points already on disk, and the points that failed.
  package struct Outcome: Sendable {
    package let points: Int
    package let skipped: Int
    package let failures: [SweepFailure]
    /// Totals over the replications run now (not those of skipped points).
    package let work: SimulationWork
  }

  /// How many units per job may finish ahead of the first unconsumed one:
  /// a unit's result is a small metric table, so a slow point (say one with
  /// a large caseload) does not leave the other jobs idle.
  static let window = 8

  /// What one (point, replication) unit gives: its metric values, or why it failed.
  private enum UnitResult: Sendable {
    case values([[Double?]], SimulationWork)
    case failure(String)
  }

  /// The replications of one point, collected in replication order.
  private struct PointInProgress {
    let point: Int
    var values: [[[Double?]]] = []
    var firstError: String?
  }

  package func run(
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    failed: (@Sendable (SweepFailure) -> Void)? = nil
  ) async throws -> Outcome {
    let plan = definition.plan
    let mine = shard.points(of: plan.pointCount)
    let todo = mine.filter { !directory.hasPoint($0, of: plan) }
    let replications = plan.replications
    var failures: [SweepFailure] = []
    var work = SimulationWork()
    var done = 0
    var current: PointInProgress?

    /// Writes the point's file, or records its failure, once its last replication is in.
    func finish(_ point: PointInProgress) throws(OutputError) {
      if let message = point.firstError {
        let failure = SweepFailure(
          point: point.point, assignments: plan.assignments(ofPoint: point.point), message: message)
        failures.append(failure)
        failed?(failure)
      } else {
        let bytes = SweepPointFile.render(MetricTable(values: point.values), plan: plan, point: point.point)
        try directory.writePoint(point.point, bytes)
      }
      done += 1
      progress?(done, todo.count)
    }

    let definition = definition
    let replicate = self.replicate
    do {
      try await OrderedWork(count: todo.count * replications, jobs: jobs, window: Self.window).run(
        unit: { index -> UnitResult in
          let point = todo[index / replications]
          let parameters: ModelParameters
          do throws(ScenarioErrors) { parameters = try definition.parameters(ofPoint: point) } catch {
            return .failure(error.description)
          }
          do {
            let result = try await replicate(parameters, index % replications)
            return .values(MetricTable.evaluate(result), SimulationWork(result))
          } catch {
            return .failure(String(describing: error))
          }
        },
        consume: { index, result in
          var point = current ?? PointInProgress(point: todo[index / replications])
          switch result {
          case .values(let values, let unitWork):
            point.values.append(values)
            work = work + unitWork
          case .failure(let message):
            point.firstError = point.firstError ?? message
          }
          current = point
          if index % replications == replications - 1 {
            current = nil
            try finish(point)
          }
        })
    } catch let error as OutputError {
      throw error
    } catch {
      throw OutputError("\(directory.path): stopped before every point was run: \(error)")
    }
    if !failures.isEmpty {
      try AtomicFile.write(SweepFailure.csv(failures, plan: plan), to: directory.file(SweepDirectory.failures))
    }
    return Outcome(points: mine.count, skipped: mine.count - todo.count, failures: failures, work: work)
  }
}
