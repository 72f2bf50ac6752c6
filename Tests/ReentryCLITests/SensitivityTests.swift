import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// Morris screening: the design on a toy function with known effects, the choice of
/// factors, and the command on a tiny world.
@Suite struct SensitivityTests {
  /// f = 8·x0 + 4·x1 + 2·x2·x3 + 0·x4: effects 8 and 4 exactly, x2 and x3 interact, x4 is inert.
  static func toy(_ x: [Double]) -> Double { 8 * x[0] + 4 * x[1] + 2 * x[2] * x[3] }

  @Test func designMovesEachFactorOncePerTrajectory() {
    let design = MorrisDesign(factorCount: 5, trajectories: 20, levels: 4, seed: 11)
    #expect(design.points.count == 20 && design.delta == 2.0 / 3.0)
    for (t, points) in design.points.enumerated() {
      #expect(points.count == 6)
      #expect(Set(design.steps[t].map(\.factor)) == Set(0..<5))
      for j in 1..<points.count {
        let changed = (0..<5).filter { points[j][$0] != points[j - 1][$0] }
        #expect(changed == [design.steps[t][j - 1].factor])
        let i = changed[0]
        #expect(abs(points[j][i] - points[j - 1][i] - design.steps[t][j - 1].delta) < 1e-12)
        #expect(abs(abs(design.steps[t][j - 1].delta) - design.delta) < 1e-12)
      }
      for point in points {
        #expect(point.allSatisfy { x in (0...3).contains { abs(x - Double($0) / 3) < 1e-12 } })
      }
    }
    let again = MorrisDesign(factorCount: 5, trajectories: 20, levels: 4, seed: 11)
    let other = MorrisDesign(factorCount: 5, trajectories: 20, levels: 4, seed: 12)
    #expect(again.points == design.points && other.points != design.points)
  }

  @Test func toyFunctionEffectsAreRecovered() {
    let design = MorrisDesign(factorCount: 5, trajectories: 30, levels: 4, seed: 3)
    let effects = MorrisEffects(design: design, outputs: design.allPoints.map(Self.toy))
    let f = effects.factors
    #expect(abs(f[0].mu - 8) < 1e-9 && abs(f[0].muStar - 8) < 1e-9 && f[0].sigma < 1e-9)
    #expect(abs(f[1].mu - 4) < 1e-9 && f[1].sigma < 1e-9)
    #expect(f[2].muStar > 0 && f[2].muStar <= 2 + 1e-9 && f[2].sigma > 0)
    #expect(f[4].muStar == 0 && f[4].effects.count == 30)
    #expect(Array(effects.ranking.prefix(2)) == [0, 1] && effects.ranking.last == 4)
  }

  @Test func factorsAreTheNumericAssumptions() throws {
    let scenario = try ModelFixture.scenario()
    let factors = SensitivityFactor.factors(of: scenario)
    let paths = Set(factors.map(\.path))
    #expect(paths.contains("casemanagers.hoursPerWeek") && paths.contains("population.lvbShare"))
    #expect(!paths.contains("casemanagers.caseloadNorm") && !paths.contains { $0.hasPrefix("run.") })
    for f in factors {
      let spec = try #require(ParameterCatalog.schema.spec(f.path))
      #expect(spec.source.hasPrefix("assumption"))
      #expect(f.low < f.high && f.low <= f.base && f.base <= f.high, "\(f.path)")
      #expect(spec.plausibility?.bounds == f.low...f.high, "\(f.path) is not moved across its plausible range")
      if f.isInteger { #expect(f.low == f.low.rounded() && f.high == f.high.rounded()) }
      #expect(try scenario.overriding(f.path, with: .number(f.value(at: 0))).double(f.path) == f.low)
      #expect(try scenario.overriding(f.path, with: .number(f.value(at: 1))).double(f.path) == f.high)
    }
    let wider = SensitivityFactor.factors(of: scenario, includeValueAssumptions: true)
    #expect(wider.count > factors.count && wider.contains { $0.path == "information.gdprRefusalProbability" })
  }

  /// The whole command on a tiny world: a ranking of every factor, and the same files whatever --jobs is.
  @Test func commandRunsOnATinyWorld() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let tiny = [
      "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
      "institutions.regionalCount=2",
    ].flatMap { ["--set", $0] }
    func run(_ jobs: Int) async -> (CLIOutcome, String) {
      let out = dir.appendingPathComponent("jobs\(jobs)").path
      let outcome = await reentry(
        [
          "sensitivity", PackagePaths.baseline, "--small", "--trajectories", "1", "--replications", "1",
          "--jobs", "\(jobs)", "--out", out,
        ] + tiny)
      return (outcome, [readText(out + "/sensitivity.csv"), readText(out + "/noise.csv")].compactMap { $0 }.joined())
    }
    let (one, csv) = await run(1)
    #expect(one.code == 0, "\(one.err)")
    let lines = try #require(csv.components(separatedBy: "trajectory,repeat,").first).split(separator: "\n")
    #expect(csv.contains("trajectory,repeat,release_ready,release_ready_repeat,noise_effect\n0,1,"))
    let factors = SensitivityFactor.factors(of: try ModelFixture.scenario()).count
    #expect(lines.first.map(String.init) == SensitivityFiles.header && lines.count == factors + 1)
    #expect(one.out.contains("casemanagers.hoursPerWeek") && one.out.contains("mu*"))
    #expect(one.out.contains("noise floor: mu* ") && one.out.contains("+ 2 for the noise floor"))
    let manifest = try #require(readText(dir.appendingPathComponent("jobs1/manifest.json").path))
    #expect(manifest.contains("\"sensitivity\"") && manifest.contains("\"noiseFloor\""))
    let (two, again) = await run(2)
    #expect(two.code == 0 && again == csv)
    let page = dir.appendingPathComponent("report.html").path
    let report = await reentry(["report", dir.appendingPathComponent("jobs1").path, "--out", page])
    #expect(report.code == 0, "\(report.err)")
    #expect(readText(page)?.contains("Every assumption by influence") == true)
  }

  @Test func shippedBaselineResultIsThere() throws {
    let text = try #require(
      readText(ModelFixture.path("Results/sensitivity-baseline/sensitivity.csv")),
      "Results/sensitivity-baseline/sensitivity.csv is missing; run reentry sensitivity Scenarios/baseline.json")
    #expect(text.hasPrefix(SensitivityFiles.header + "\n"))
    #expect(readText(ModelFixture.path("Results/sensitivity-baseline/manifest.json")) != nil)
  }
}
