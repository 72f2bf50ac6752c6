import Foundation
import ReentryModel

/// Runs the points of a sweep (or of one shard) that have no file yet.
///
/// Work is split into (point, replication) units, launched in that order
/// and at most `jobs` at a time, so the cores are used whether a sweep has
/// many points or many replications. Each unit reduces its replication to
/// metric values at once (dropping the release records) and is placed by
/// replication index; when a point's last unit is in, its file is written
/// atomically. Memory therefore holds only the few points in flight, a kill
/// loses only those, and the files do not depend on `jobs` or on which unit
/// finished first.
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

  /// A point whose replications are running.
  private struct Pending {
    var values: [[[Double?]]?]
    var errors: [String?]
    var finished = 0

    init(_ replications: Int) {
      values = Array(repeating: nil, count: replications)
      errors = Array(repeating: nil, count: replications)
    }
  }

  private enum UnitResult: Sendable {
    case values([[Double?]], SimulationWork)
    case failure(String)
  }

  package func run(
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    failed: (@Sendable (SweepFailure) -> Void)? = nil
  ) async throws(InputError) -> Outcome {
    let plan = definition.plan
    let mine = shard.points(of: plan.pointCount)
    let todo = mine.filter { !directory.hasPoint($0, of: plan) }
    let replications = plan.replications
    var failures: [SweepFailure] = []
    var writeError: InputError?
    var done = 0
    var work = SimulationWork()

    func fail(_ point: Int, _ message: String) {
      let failure = SweepFailure(point: point, assignments: plan.assignments(ofPoint: point), message: message)
      failures.append(failure)
      failed?(failure)
    }

    await withTaskGroup(of: (Int, Int, UnitResult).self) { group in
      var pending: [Int: Pending] = [:]
      var parameters: [Int: ModelParameters] = [:]
      var next = 0
      /// Launches the next unit; false when none is left.
      func launch() -> Bool {
        while next < todo.count * replications, writeError == nil {
          let point = todo[next / replications]
          let replication = next % replications
          next += 1
          if replication == 0 {
            do { parameters[point] = try definition.parameters(ofPoint: point) } catch {
              fail(point, error.description)
              done += 1
              progress?(done, todo.count)
              next += replications - 1
              continue
            }
            pending[point] = Pending(replications)
          }
          let p = parameters[point]!
          let replicate = self.replicate
          group.addTask {
            do {
              let result = try await replicate(p, replication)
              return (point, replication, .values(MetricTable.evaluate(result), SimulationWork(result)))
            } catch {
              return (point, replication, .failure(String(describing: error)))
            }
          }
          return true
        }
        return false
      }

      for _ in 0..<max(1, jobs) where !launch() { break }
      while let (point, replication, result) = await group.next() {
        switch result {
        case .values(let values, let unitWork):
          pending[point]!.values[replication] = values
          work = work + unitWork
        case .failure(let message): pending[point]!.errors[replication] = message
        }
        pending[point]!.finished += 1
        if pending[point]!.finished == replications, let finishedPoint = pending.removeValue(forKey: point) {
          parameters[point] = nil
          if let message = finishedPoint.errors.compactMap({ $0 }).first {
            fail(point, message)
          } else {
            let table = MetricTable(values: finishedPoint.values.map { $0! })
            do {
              try AtomicFile.write(
                SweepPointFile.render(table, plan: plan, point: point), to: directory.file(SweepPointFile.name(point)))
            } catch {
              writeError = error as? InputError ?? InputError(.cannotCreate, String(describing: error))
            }
          }
          done += 1
          progress?(done, todo.count)
        }
        _ = launch()
      }
    }
    if let writeError { throw writeError }
    if !failures.isEmpty {
      try AtomicFile.write(SweepFailure.csv(failures, plan: plan), to: directory.file(SweepDirectory.failures))
    }
    return Outcome(
      points: mine.count, skipped: mine.count - todo.count, failures: failures.sorted { $0.point < $1.point },
      work: work)
  }
}
