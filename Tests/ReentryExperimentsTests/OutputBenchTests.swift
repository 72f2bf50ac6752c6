import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments

/// `bench --workloads o`: it times a run's simulation and its output apart,
/// writes nothing where it should not, and reports the share and the hash rate.
@Suite struct OutputBenchTests {
  @Test func measuresSimulationAndOutputApartAndReportsTheShare() async throws {
    let scenario = try ModelFixture.scenario(
      "Scenarios/baseline.json", ModelFixture.small + ["run.measuredDays=60", "run.followUpDays=0"])
    var lines: [String] = []
    let m = try await OutputBench.measure(scenario, runs: 2, hashMebibytes: 1) { lines.append($0) }
    #expect(lines.count == 3, "a warm-up and two counted runs")
    #expect(m.simulation.count == 2 && m.output.count == 2 && m.metrics.count == 2)
    #expect(m.simulation.allSatisfy { $0 > 0 } && m.output.allSatisfy { $0 > 0 })
    #expect(m.bytes > 1000, "the files were written")
    #expect(m.outputShare > 0 && m.outputShare < 1)
    #expect(m.outputCPUShare > 0 && m.outputCPUShare < 1)
    #expect(m.hashMBPerSecond.allSatisfy { $0 > 1 })
    #expect(m.table.contains("output share") && m.table.contains("SHA-256"))
    let json = JSONWriter.write(m.json, pretty: false)
    #expect(json.contains(#""workload":"o-output""#) && json.contains(#""outputShare":"#))
  }
}
