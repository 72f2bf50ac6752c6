import Foundation
import ReentryModel
import ScenarioFormat

/// Scenarios and runs shared by the model tests.
///
/// Model tests run a small world (fewer admissions, fewer PIs, shorter
/// windows) so a debug build finishes in seconds; the mechanisms are the
/// same as at national scale.
package enum ModelFixture {
  /// The package root, found from this file's path.
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  package static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  package static let small = [
    "population.releasesPerYear=4000", "run.warmupDays=150", "run.measuredDays=300",
    "run.followUpDays=120", "institutions.regionalCount=6", "institutions.nationalCount=1",
  ]

  package static func scenario(_ file: String = "Scenarios/baseline.json", _ overrides: [String] = []) throws
    -> ResolvedScenario
  {
    try ScenarioLoader(schema: ParameterCatalog.schema).load(file: path(file), overrides: overrides)
  }

  /// Runs a small version of `file` with `replications` and extra overrides.
  package static func run(
    _ file: String = "Scenarios/baseline.json", replications: Int = 3, seed: Int = 7,
    _ overrides: [String] = []
  ) async throws -> [ReplicationResult] {
    let s = try scenario(file, small + ["run.replications=\(replications)", "run.seed=\(seed)"] + overrides)
    return try await runAll(ModelParameters(s))
  }

  /// Every replication of `parameters`, run at once and returned in replication order.
  package static func runAll(_ parameters: ModelParameters) async throws -> [ReplicationResult] {
    try await withThrowingTaskGroup(of: (Int, ReplicationResult).self) { group in
      for r in 0..<parameters.run.replications {
        group.addTask { (r, try await Replication.run(parameters, replication: r)) }
      }
      var results: [(Int, ReplicationResult)] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }

  /// The value of a metric for a group in each replication.
  package static func values(_ results: [ReplicationResult], _ metric: String, _ group: String = "all") -> [Double] {
    let table = MetricTable(results)
    let m = Metric.all.firstIndex { $0.name == metric }!
    let g = Group.all.firstIndex { $0.name == group }!
    return table.values.map { $0[m][g] ?? .nan }
  }

  /// Per replication, `metric` of the small world with `base + variant` minus with `base` alone
  /// (4 replications, the same seed: common random numbers).
  package static func pairedDifferences(
    _ metric: String, _ variant: [String], base: [String] = [], group: String = "all"
  ) async throws -> [Double] {
    let b = try await run(replications: 4, base)
    let v = try await run(replications: 4, base + variant)
    return zip(values(v, metric, group), values(b, metric, group)).map { $0 - $1 }
  }

  package static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
}
