import Foundation
import ReentryTestSupport
import ScenarioFormat
import SimKernel
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// Worlds drawn from a calibration's posterior: resampling by weight, each
/// world its own seed, and the reader's errors naming file, field and what is allowed.
@Suite struct PosteriorWorldsTests {
  @Test func aParticleOfWeightZeroIsNeverDrawnAndFrequenciesFollowWeights() {
    let weights = [0.5, 0, 0.3, 0.2, 0]
    let draws = 20_000
    let chosen = Posterior.resample(weights: weights, count: draws, seed: 11)
    var counts = [Int](repeating: 0, count: weights.count)
    for c in chosen { counts[c] += 1 }
    #expect(counts[1] == 0 && counts[4] == 0)
    for (k, w) in weights.enumerated() {
      // Binomial SD at 20 000 draws is at most 0.0036: 0.015 is over 4 SD.
      #expect(abs(Double(counts[k]) / Double(draws) - w) < 0.015, "particle \(k): \(counts[k]) of \(draws)")
    }
  }

  @Test func resamplingIsFixedByTheSeed() {
    let weights = [0.25, 0.25, 0.25, 0.25]
    #expect(
      Posterior.resample(weights: weights, count: 50, seed: 3)
        == Posterior.resample(weights: weights, count: 50, seed: 3))
    #expect(
      Posterior.resample(weights: weights, count: 50, seed: 3)
        != Posterior.resample(weights: weights, count: 50, seed: 4))
    // A longer draw starts with the shorter one: world d's particle does not depend on how many worlds there are.
    #expect(
      Array(Posterior.resample(weights: weights, count: 80, seed: 3).prefix(50))
        == Posterior.resample(weights: weights, count: 50, seed: 3))
  }

  static let tinyWorld = RobustnessRunnerTests.tinyWorld

  @Test func everyWorldHasItsOwnSeedSharedByItsScenarios() throws {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let variant = try ModelFixture.scenario("Scenarios/caseload-20.json", Self.tinyWorld)
    let definition = try RobustnessDefinition(
      name: "seeds", base: base, variants: [variant], draws: 4, replications: 2, seed: 5, filter: .none)
    let seeds = try (0..<4).map { d in try (0..<2).map { s in try definition.parameters(draw: d, scenario: s).run.seed }
    }
    #expect(seeds.allSatisfy { $0[0] == $0[1] }, "base and variant share the world's seed: \(seeds)")
    #expect(Set(seeds.map { $0[0] }).count == 4, "four worlds, four seeds: \(seeds)")
  }

  /// The first two world assumptions of the catalog with values inside their ranges.
  static func calibrated(_ base: ResolvedScenario) -> (paths: [String], rows: [[Double]]) {
    let factors = Array(RobustnessDefinition.worldFactors(in: base.schema).filter { !$0.isInteger }.prefix(2))
    let rows = [0.25, 0.75].map { u in
      factors.map { RobustnessFactor.significant($0.low + u * ($0.high - $0.low), digits: 4) }
    }
    return (factors.map(\.path), rows)
  }

  @Test func worldsTakeTheirParticlesValuesAndTheRestFromTheHypercube() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let (paths, rows) = Self.calibrated(base)
    let folder = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0, 1])
    let posterior = try Posterior.read(folder, factors: RobustnessDefinition.worldFactors(in: base.schema))
    #expect(posterior.generation == 1 && posterior.paths == paths && posterior.weights == [0, 1])
    let definition = try RobustnessDefinition(
      name: "posterior", base: base, variants: [], draws: 3, replications: 2, seed: 5, filter: .none,
      posterior: posterior)
    let plan = definition.plan
    let columns = paths.map { p in plan.factors.firstIndex { $0.path == p }! }
    for row in plan.values { #expect(columns.map { row[$0] } == rows[1]) }
    let prior = try RobustnessDefinition(
      name: "posterior", base: base, variants: [], draws: 3, replications: 2, seed: 5, filter: .none)
    let others = plan.factors.indices.filter { !columns.contains($0) }
    #expect(plan.values.map { r in others.map { r[$0] } } == prior.plan.values.map { r in others.map { r[$0] } })
    #expect(plan.worlds?.particles == [1, 1, 1] && plan.worlds?.generation == 1)
    // design.json records the worlds and reads back to the same plan.
    #expect(RobustnessPlan(fileBytes: plan.fileBytes)?.fileBytes == plan.fileBytes)
    #expect(String(decoding: plan.fileBytes, as: UTF8.self).contains("\"particlesDigest\""))
  }

  @Test func copiesOfOneParticleCountAsOneWorldInTheEffectiveSampleSize() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let (paths, rows) = Self.calibrated(base)
    // Four equal weights over two worlds, each copied twice, as resampling leaves them: two worlds, not four.
    let folder = TinyPosterior.write(dir, paths: paths, rows: rows + rows, weights: [0.25, 0.25, 0.25, 0.25])
    let posterior = try Posterior.read(folder, factors: RobustnessDefinition.worldFactors(in: base.schema))
    #expect(posterior.particleCount == 4)
    #expect(abs(posterior.effectiveSampleSize - 2) < 1e-12)
    #expect(abs(distinctEffectiveSampleSize([([1], 0.5), ([2], 0.25), ([3], 0.25), ([4], 0)]) - 8.0 / 3) < 1e-12)
  }

  @Test func theLastCompleteGenerationIsThePosterior() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let (paths, rows) = Self.calibrated(base)
    let folder = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0, 1], complete: false)
    let posterior = try Posterior.read(
      folder + "/particles.csv", factors: RobustnessDefinition.worldFactors(in: base.schema))
    #expect(posterior.generation == 0 && posterior.values == [rows[0], rows[0]])
  }

  @Test func badPosteriorsAreRefusedNamingFileFieldAndWhatIsAllowed() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let factors = RobustnessDefinition.worldFactors(in: base.schema)
    let (paths, rows) = Self.calibrated(base)
    func error(_ location: String) -> InputError? {
      do { _ = try Posterior.read(location, factors: factors) } catch { return error }
      return nil
    }
    let missing = dir.appendingPathComponent("nowhere").path
    let noInput = try #require(error(missing))
    #expect(noInput.kind == .noInput && noInput.description.contains(missing))

    let folder = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0.5, 0.5])
    try FileManager.default.removeItem(atPath: folder + "/generations.csv")
    let noGenerations = try #require(error(folder))
    #expect(noGenerations.kind == .noInput && noGenerations.description.contains("generations.csv"))

    let edited = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0.5, 0.5])
    let file = edited + "/particles.csv"
    let text = try #require(readText(file))
    try Data(text.replacingOccurrences(of: ",weight,", with: ",mass,").utf8).write(to: URL(fileURLWithPath: file))
    let noWeight = try #require(error(edited))
    #expect(
      noWeight.kind == .invalidData && noWeight.description.contains(file) && noWeight.description.contains("weight"))

    let negative = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [-0.5, 1.5])
    let badWeight = try #require(error(negative))
    #expect(
      badWeight.kind == .invalidData && badWeight.description.contains("column weight")
        && badWeight.description.contains("allowed: a number ≥ 0"))

    let outside = TinyPosterior.write(dir, paths: paths, rows: [[-1, rows[0][1]], rows[1]], weights: [0.5, 0.5])
    let range = try #require(error(outside))
    #expect(
      range.kind == .invalidData && range.description.contains("column \(paths[0])")
        && range.description.contains("plausible range"))

    let zero = TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0, 0])
    #expect(try #require(error(zero)).description.contains("no particle of positive weight"))

    let foreign = TinyPosterior.write(dir, paths: ["some.parameter"], rows: [[1], [2]], weights: [0.5, 0.5])
    let unknown = try #require(error(foreign))
    #expect(unknown.kind == .invalidData && unknown.description.contains("no column names a drawn world assumption"))
  }
}
