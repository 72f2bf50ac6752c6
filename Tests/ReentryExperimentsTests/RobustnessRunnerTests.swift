import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The robustness runner on the one parallel runner: every job busy even
/// within one draw, and the same files whatever the number of jobs.
@Suite struct RobustnessRunnerTests {
  static let tinyWorld = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ]

  /// Runs 2 draws of the baseline and one variant, 2 replications, on `jobs`; returns the point files and the peak.
  static func run(jobs: Int) async throws -> (files: [Data?], peak: Int) {
    let folder = makeTempDirectory()
    defer { removeTempDirectory(folder) }
    let base = try ModelFixture.scenario("Scenarios/baseline.json", tinyWorld)
    let variant = try ModelFixture.scenario("Scenarios/caseload-20.json", tinyWorld)
    let definition = try RobustnessDefinition(
      name: "tiny", base: base, variants: [variant], draws: 2, replications: 2, seed: 5, filter: .none)
    let directory = PointDirectory<RobustnessPlan>(path: folder.appendingPathComponent("out").path)
    try directory.prepare(definition.plan, shard: .whole, resume: false)
    let gauge = OrderedWorkTests.Gauge()
    var runner = RobustnessRunner(definition: definition, directory: directory, shard: .whole, jobs: jobs)
    runner.replicate = { parameters, replication in
      gauge.enter(replication)
      defer { gauge.leave() }
      // Each unit waits until every job is busy: a runner that ran fewer at once would time out here.
      try await OrderedWorkTests.wait { gauge.peak >= jobs }
      return try await Replication.run(parameters, replication: replication)
    }
    let outcome = try await runner.run()
    #expect(outcome.draws == 2 && outcome.kept == 2)
    let files = (0..<2).map { FileManager.default.contents(atPath: directory.file(RobustnessPlan.pointFile($0))) }
    return (files, gauge.peak)
  }

  @Test func jobsRunAtOnceAndDoNotChangeTheFiles() async throws {
    let one = try await Self.run(jobs: 1)
    let three = try await Self.run(jobs: 3)
    #expect(one.peak == 1)
    #expect(three.peak == 3, "2 draws × 2 scenarios × 2 replications keep 3 jobs busy")
    #expect(one.files.allSatisfy { $0 != nil })
    #expect(three.files == one.files)
  }
}
