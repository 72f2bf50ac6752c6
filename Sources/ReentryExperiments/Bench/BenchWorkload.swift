import ReentryModel
import ScenarioFormat

/// One fixed workload of `reentry bench`: a scenario, a replication count and a job count.
package struct BenchWorkload: Sendable {
  package let name: String
  package let description: String
  /// One or more scenarios run one after another (several for a sweep).
  let points: [ModelParameters]
  let jobs: Int

  /// The three workloads of issue 6, from the baseline scenario file.
  package static func standard(baseline: ResolvedScenario, sweepReplications: Int) throws -> [BenchWorkload] {
    func parameters(_ overrides: [(String, JSONValue)]) throws -> ModelParameters {
      var s = baseline
      for (path, value) in overrides { s = try s.overriding(path, with: value) }
      return ModelParameters(s)
    }
    let year: [(String, JSONValue)] = [("run.replications", 1), ("run.followUpDays", 0)]
    let national = try parameters(year)
    let inflow = national.population.releasesPerYear * 10
    let tenfold = try parameters(year + [("population.releasesPerYear", .number(inflow))])
    let norms = stride(from: 10, through: 40, by: 5).map { $0 }
    let sweep = try norms.map {
      try parameters([
        ("run.replications", .number(Double(sweepReplications))),
        ("casemanagers.caseloadNorm", .number(Double($0))),
      ])
    }
    return [
      BenchWorkload(
        name: "a-national", description: "national baseline, 1 replication, warm-up + 1 measured year",
        points: [national], jobs: 1),
      BenchWorkload(
        name: "b-tenfold", description: "10x the national inflow, same horizon", points: [tenfold], jobs: 1),
      BenchWorkload(
        name: "c-sweep-jobs1",
        description: "caseload norm 10-40 step 5, \(sweepReplications) replications each, --jobs 1",
        points: sweep, jobs: 1),
      BenchWorkload(
        name: "c-sweep-jobs2", description: "the same sweep with --jobs 2", points: sweep, jobs: 2),
    ]
  }
}
