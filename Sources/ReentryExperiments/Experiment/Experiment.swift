import ReentryModel

/// Runs replications in parallel and returns them in replication order.
///
/// At most `jobs` replications run at once; each result is tagged with its
/// index and placed, never appended in completion order, so the output is
/// the same whatever `jobs` is and however the OS schedules the tasks.
public enum Experiment {
  public static func run(
    _ parameters: ModelParameters, jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) async throws -> [ReplicationResult] {
    let total = parameters.run.replications
    var results = [ReplicationResult?](repeating: nil, count: total)
    try await withThrowingTaskGroup(of: (Int, ReplicationResult).self) { group in
      var next = 0
      func launch() {
        let index = next
        next += 1
        group.addTask { (index, try await Replication.run(parameters, replication: index)) }
      }
      while next < min(max(1, jobs), total) { launch() }
      var done = 0
      while let (index, result) = try await group.next() {
        results[index] = result
        done += 1
        progress?(done, total)
        if next < total { launch() }
      }
    }
    return results.map { $0! }
  }
}
