import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The noise floor on the model itself: a parameter with no path in the scenario is noise,
/// casework hours are not, and the repeated points do not depend on --jobs.
@Suite struct SensitivityNoiseTests {
  /// Conferences are not agreed in the baseline, so their interval has no path: with common
  /// random numbers its every elementary effect is exactly zero, under any positive floor.
  @Test func aParameterWithoutPathIsNoiseAndCaseworkHoursAreNot() async throws {
    let scenario = try ModelFixture.scenario(
      "Scenarios/baseline.json", ReducedWorld.overrides + ["run.replications=1"])
    let factors = try ["casemanagers.hoursPerWeek", "caseConferences.intervalDays"].map { path in
      let spec = try #require(ParameterCatalog.schema.spec(path))
      return try #require(SensitivityFactor(spec: spec, value: scenario.value(path)))
    }
    let analysis = SensitivityAnalysis(
      scenario: scenario, factors: factors, trajectories: 4, levels: 4, noiseRepeats: 2)
    #expect(analysis.evaluations.count == 3 * 4 + 2 * 4)
    let outputs = try await analysis.evaluate(jobs: 2)
    #expect(outputs.repeats.count == 4 && outputs.repeats.allSatisfy { $0.count == 2 })
    let files = SensitivityFiles(analysis: analysis, outputs: outputs, replications: 1, world: "small")
    let intervals = files.bootstrap.intervals
    #expect(files.noise.floor > 0 && files.noise.effects.count == 8)
    #expect(files.effects.factors[1].muStar == 0)
    #expect(!files.noise.distinguishes(intervals[1]))
    #expect(files.noise.distinguishes(intervals[0]), "floor \(files.noise.floor), \(intervals[0])")
    #expect(files.aboveNoise == [0])
    let rows = files.csv().split(separator: "\n")
    #expect(rows.contains { $0.hasPrefix("2,caseConferences.intervalDays,") && $0.hasSuffix(",false") })
    #expect(rows.contains { $0.hasPrefix("1,casemanagers.hoursPerWeek,") && $0.hasSuffix(",true") })
    let text = files.text(title: "t")
    #expect(text.contains("depends most on: casemanagers.hoursPerWeek (1 of 2"))
    #expect(!text.contains("depends most on: caseConferences"))
  }
}
