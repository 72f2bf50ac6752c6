import ReentryModel

/// Runs replications in parallel and hands them over in replication order.
///
/// The replications are the units of an `OrderedWork`: at most `jobs` run
/// at once and each result is delivered by index, never in completion
/// order, so the output is the same whatever `jobs` is and however the OS
/// schedules the tasks. The first failing replication (in index order)
/// stops the run and its error is rethrown.
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
    try await OrderedWork(count: parameters.run.replications, jobs: jobs, window: window).run(
      progress: progress, unit: { try await replicate(parameters, $0) }, consume: { try deliver($1) })
  }
}
