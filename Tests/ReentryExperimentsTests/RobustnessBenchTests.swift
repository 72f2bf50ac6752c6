import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments

/// `bench --workloads d`: the shipped robustness analysis, run by the code of
/// `reentry robustness` on 1 and 2 jobs. Its figures must follow from what
/// ran (no timing is asserted), and it must leave nothing behind.
@Suite struct RobustnessBenchTests {
  /// A tiny world (as the robustness tests and CI use it): it misses the
  /// national figures, so the pattern filter rejects its draws.
  static let tiny = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ]

  /// Runs d in the tiny world; `scratch` must be gone afterwards.
  static func measure(draws: Int, filter: RobustnessPlan.Filter) async throws -> RobustnessBench.Measurement {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", tiny)
    let variants = try RobustnessBench.shippedVariants.map { try ModelFixture.scenario("Scenarios/\($0).json", tiny) }
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scratch = dir.appendingPathComponent("scratch").path
    let m = try await RobustnessBench.measure(
      base: base, variants: variants, draws: draws, filter: filter, scratch: scratch
    ) { _ in }
    #expect(!FileManager.default.fileExists(atPath: scratch), "the scratch directory is removed")
    return m
  }

  @Test func theVariantsAreThoseOfTheShippedAnalysis() throws {
    let manifest = try #require(
      FileManager.default.contents(atPath: ModelFixture.path("Results/robustness-recommendations/manifest.json")))
    let json = try JSONParser.parse(Array(manifest))
    guard case .array(let variants)? = json.value(forKey: "variants") else {
      Issue.record("the shipped manifest lists no variants")
      return
    }
    #expect(variants == RobustnessBench.shippedVariants.map { .string($0) })
  }

  @Test func everyScenarioOfEveryDrawRunsWithoutTheFilterAndTheFiguresAgree() async throws {
    let m = try await Self.measure(draws: 2, filter: .none)
    #expect(m.runs.map(\.jobs) == [1, 2])
    #expect(m.scenarios == 10 && m.draws == 2 && m.replications == 2)
    for run in m.runs {
      #expect(run.replications == 10 * 2 * 2, "scenarios × draws × replications")
      #expect(run.kept == 2)
      #expect(run.seconds > 0 && run.processorSeconds > 0)
      #expect(run.runnerSeconds > 0 && run.runnerSeconds <= run.seconds)
      #expect(abs(run.replicationsPerSecond - Double(run.replications) / run.seconds) < 1e-12)
    }
    #expect(m.sameDigest, "the same result on 1 and 2 jobs")
    let t1 = m.runs[0].seconds
    let t2 = m.runs[1].seconds
    #expect(abs(try #require(m.parallelEfficiency) - t1 / (2 * t2)) < 1e-12)
    #expect(abs(try #require(m.projectedSeconds) - t2 * 200 / 2) < 1e-9)

    // bench.json carries the same figures.
    let bench = try JSONParser.parse(Array(BenchReport.json([], robustness: m, runs: 1).utf8))
    guard case .array(let workloads)? = bench.value(forKey: "workloads"), let d = workloads.first else {
      Issue.record("bench.json has no workloads")
      return
    }
    #expect(d.value(forKey: "workload") == .string("d-robustness"))
    #expect(d.value(forKey: "draws") == .number(2) && d.value(forKey: "scenarios") == .number(10))
    #expect(d.value(forKey: "sameDigest") == .bool(true))
    guard case .number(let efficiency)? = d.value(forKey: "parallelEfficiency"),
      case .number(let projected)? = d.value(forKey: "projectedSecondsOnTwoJobs"),
      case .array(let runs)? = d.value(forKey: "runs"), runs.count == 2,
      case .number(let s1)? = runs[0].value(forKey: "seconds"), case .number(let s2)? = runs[1].value(forKey: "seconds")
    else {
      Issue.record("bench.json lacks d's figures")
      return
    }
    #expect(runs.allSatisfy { $0.value(forKey: "replications") == .number(40) })
    // Six decimals in the file.
    #expect(abs(efficiency - s1 / (2 * s2)) < 1e-4)
    #expect(abs(projected - s2 * 100) < 1e-3)
    #expect(m.table.contains("parallel efficiency on 2 jobs") && m.table.contains("a projection"))
  }

  /// With the pattern filter a rejected draw runs only its base.
  @Test func theFilterRunsTheVariantsOfKeptDrawsOnly() async throws {
    let m = try await Self.measure(draws: 2, filter: .patterns)
    for run in m.runs {
      #expect(run.replications == 2 * 2 + run.kept * 9 * 2, "bases of every draw, variants of kept draws")
    }
    #expect(m.runs[0].kept == m.runs[1].kept && m.sameDigest)
  }
}
