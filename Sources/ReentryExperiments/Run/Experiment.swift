import ReentryModel

/// Runs replications in parallel and hands them over in replication order.
///
/// At most `jobs` replications run at once; each result is tagged with its
/// index and delivered by index, never in completion order, so the output is
/// the same whatever `jobs` is and however the OS schedules the tasks.
public enum Experiment {
  /// Simulates one replication; injectable so tests can watch how many results exist at once.
  package typealias Replicate = @Sendable (ModelParameters, Int) async throws -> ReplicationResult

  /// How many replications may be running or finished-but-waiting at once, per job.
  ///
  /// A replication that finishes before an earlier one must wait in memory
  /// until the earlier one is delivered. Launching only within a window past
  /// the next undelivered index bounds those waiting results (and so peak
  /// memory) by `2 × jobs` whatever the number of replications, while a
  /// slow replication still leaves the other jobs something to run.
  package static let window = 2

  /// All results, in replication order. Holds every replication's records:
  /// for outputs that grow with replications use `run(_:jobs:progress:replicate:deliver:)`.
  public static func run(
    _ parameters: ModelParameters, jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) async throws -> [ReplicationResult] {
    var results: [ReplicationResult] = []
    try await run(parameters, jobs: jobs, progress: progress) { results.append($0) }
    return results
  }

  /// Hands each result to `deliver` in replication order, as soon as it and
  /// all earlier ones have finished, and then lets it go; at most
  /// `window × jobs` results exist at any time.
  package static func run(
    _ parameters: ModelParameters, jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    replicate: @escaping Replicate = { try await Replication.run($0, replication: $1) },
    deliver: (ReplicationResult) throws -> Void
  ) async throws {
    let total = parameters.run.replications
    let parallel = max(1, jobs)
    var waiting: [Int: ReplicationResult] = [:]
    var delivered = 0
    try await withThrowingTaskGroup(of: (Int, ReplicationResult).self) { group in
      var next = 0
      var running = 0
      func launch() {
        while next < total, running < parallel, next < delivered + window * parallel {
          let index = next
          next += 1
          running += 1
          group.addTask { (index, try await replicate(parameters, index)) }
        }
      }
      launch()
      var done = 0
      while let (index, result) = try await group.next() {
        running -= 1
        waiting[index] = result
        done += 1
        progress?(done, total)
        while let ready = waiting.removeValue(forKey: delivered) {
          try deliver(ready)
          delivered += 1
        }
        launch()
      }
    }
  }
}
