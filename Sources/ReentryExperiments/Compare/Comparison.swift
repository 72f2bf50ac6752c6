import ReentryModel

/// Runs a base scenario and its variants replication by replication and
/// keeps only their metric tables.
///
/// The caller gives every scenario the same seed and replication count, so
/// replication r of each draws the same detainees (common random numbers)
/// and the paired difference measures the policy, not the noise. Scenarios
/// run one after another, each with its replications in parallel, so memory
/// holds the release records of one scenario at a time.
package enum Comparison {
  package static func run(
    _ scenarios: [ModelParameters], jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) async throws -> (tables: [MetricTable], work: SimulationWork) {
    let total = scenarios.reduce(0) { $0 + $1.run.replications }
    var tables: [MetricTable] = []
    var work = SimulationWork()
    var finished = 0
    for parameters in scenarios {
      let offset = finished
      let results = try await Experiment.run(parameters, jobs: jobs) { done, _ in progress?(offset + done, total) }
      tables.append(MetricTable(results))
      work = results.reduce(work) { $0 + SimulationWork($1) }
      finished += results.count
    }
    return (tables, work)
  }
}
