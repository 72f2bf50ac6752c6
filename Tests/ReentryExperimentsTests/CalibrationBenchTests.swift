import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments

/// `bench --workloads e`: one generation of the calibration sampler on 1 and 2 jobs. Its table and JSON
/// carry replications per second and the parallel efficiency, and the figures follow from what ran
/// (no timing is asserted).
@Suite struct CalibrationBenchTests {
  static let measured = CalibrationBench.Measurement(
    particles: 8, replications: 2, parameters: 40,
    runs: [
      .init(jobs: 1, seconds: 20, processorSeconds: 19.5, replications: 16, evaluations: 8, digest: "x"),
      .init(jobs: 2, seconds: 12.5, processorSeconds: 23, replications: 16, evaluations: 8, digest: "x"),
    ], peakResidentMB: 80)

  @Test func jsonCarriesRatesAndEfficiency() throws {
    let text = BenchReport.json([], calibration: Self.measured, runs: 1)
    let json = try JSONParser.parse(Array(text.utf8))
    guard case .array(let workloads)? = json.value(forKey: "workloads"), let e = workloads.first else {
      Issue.record("bench.json has no workloads")
      return
    }
    #expect(e.value(forKey: "workload") == .string("e-calibration"))
    #expect(e.value(forKey: "particles") == .number(8))
    #expect(e.value(forKey: "parallelEfficiency") == .number(0.8))
    #expect(e.value(forKey: "sameDigest") == .bool(true))
    guard case .array(let runs)? = e.value(forKey: "runs") else {
      Issue.record("e-calibration has no runs")
      return
    }
    #expect(runs.map { $0.value(forKey: "jobs") } == [.number(1), .number(2)])
    #expect(runs.map { $0.value(forKey: "replicationsPerSecond") } == [.number(0.8), .number(1.28)])
    #expect(runs.allSatisfy { $0.value(forKey: "evaluationsPerSecond") != nil })
  }

  @Test func tablePrintsRatesAndEfficiency() {
    let table = Self.measured.table
    #expect(table.contains("8 particles x 2 replications"))
    #expect(table.contains("parallel efficiency on 2 jobs 80.0%"))
    #expect(table.contains("the same result on 1 and 2 jobs"))
    #expect(table.contains("500 evaluations on 2 jobs would take"))
  }

  @Test func measuresAGenerationInATinyWorldAndLeavesNothing() async throws {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", CalibrationResumeTests.tinyWorld)
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scratch = dir.appendingPathComponent("scratch").path
    let m = try await CalibrationBench.measure(base: base, particles: 3, replications: 1, scratch: scratch) { _ in }
    #expect(!FileManager.default.fileExists(atPath: scratch), "the scratch directory is removed")
    #expect(m.runs.map(\.jobs) == [1, 2])
    #expect(m.runs.allSatisfy { $0.evaluations == 3 && $0.replications <= 3 && $0.replications > 0 })
    #expect(m.sameDigest)
    #expect(m.parallelEfficiency != nil)
  }
}
