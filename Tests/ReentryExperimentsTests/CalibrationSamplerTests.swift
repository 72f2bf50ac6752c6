import Foundation
import SimKernel
import Testing

@testable import ReentryExperiments

/// The ABC-SMC sampler on a toy model with a closed-form posterior, with a cheap simulator injected.
///
/// Toy: θ with a uniform prior on [−5, 5]; the data are 4 draws of N(θ, 1)
/// with mean 1, so the posterior is (very nearly) N(1, 1/4). A simulated
/// data set is summarised by its mean θ + Z/2, and the distance is its
/// standardised miss |θ + Z/2 − 1| · 2.
@Suite("Calibration sampler")
struct CalibrationSamplerTests {
  static let mu = CalibrationParameter(path: "mu", low: -5, high: 5, isInteger: false)

  static func sampler(particles: Int = 400, generations: Int = 7) -> ABCSampler {
    ABCSampler(parameters: [mu], particles: particles, generations: generations, seed: 11)
  }

  /// The simulator: its noise comes from a stream of its own, keyed by generation and proposal.
  static let toy: ABCSampler.Evaluate = { t, i, theta in
    var stream = RandomStream(
      seed: 99, replication: UInt64(t), kind: StreamLabel("toy"), entity: UInt64(i), purpose: StreamLabel("data"))
    let simulated = theta[0] + stream.standardNormal() / 2
    return ABCEvaluation(distance: abs(simulated - 1) * 2, values: [simulated])
  }

  @Test func recoversTheKnownPosterior() async throws {
    let generations = try await Self.sampler().run(jobs: 2, evaluate: Self.toy)
    let last = try #require(generations.last)
    #expect(generations.count == 7 && last.complete)
    let total = last.particles.reduce(0.0) { $0 + $1.weight }
    #expect(abs(total - 1) < 1e-12)
    let mean = last.mean(0)
    let variance = last.particles.reduce(0.0) { $0 + $1.weight * ($1.theta[0] - mean) * ($1.theta[0] - mean) }
    #expect(abs(mean - 1) < 0.1, "posterior mean \(mean), expected 1")
    #expect(abs(variance.squareRoot() - 0.5) < 0.12, "posterior sd \(variance.squareRoot()), expected 0.5")
    // The tolerance shrinks and the population stays usable.
    #expect(zip(generations.dropFirst(), generations.dropFirst(2)).allSatisfy { $0.tolerance >= $1.tolerance })
    #expect(last.effectiveSampleSize > 100)
    #expect(last.particles.filter { $0.weight > 0 }.allSatisfy { $0.evaluation.distance <= last.tolerance })
  }

  @Test func jobsNeverChangeTheGenerations() async throws {
    let one = try await Self.sampler(particles: 40, generations: 3).run(jobs: 1, evaluate: Self.toy)
    let two = try await Self.sampler(particles: 40, generations: 3).run(jobs: 2, evaluate: Self.toy)
    #expect(one == two)
  }

  @Test func proposalsStayInsideThePrior() async throws {
    let wide = CalibrationParameter(path: "k", low: 0, high: 3, isInteger: true)
    let sampler = ABCSampler(parameters: [Self.mu, wide], particles: 50, generations: 3, seed: 5)
    let generations = try await sampler.run(jobs: 2) { _, _, theta in
      ABCEvaluation(distance: abs(theta[0]) + abs(theta[1] - 2), values: [])
    }
    for particle in generations.flatMap(\.particles) {
      #expect((-5..<5).contains(particle.theta[0]) && (0..<4).contains(particle.theta[1]))
      #expect((0...3).contains(wide.modelValue(particle.theta[1])))
    }
  }

  @Test func aWorldTheModelRefusesIsNeverAccepted() async throws {
    let generations = try await Self.sampler(particles: 20, generations: 2).run(jobs: 1) { _, _, theta in
      ABCEvaluation(distance: theta[0] < 0 ? .infinity : theta[0], values: [])
    }
    #expect(generations.flatMap(\.particles).allSatisfy { $0.theta[0] >= 0 })
    #expect(generations[0].evaluations > 20)
  }

  @Test func theNormalDistributionFunctionMatchesKnownValues() {
    #expect(abs(NormalDistribution.cdf(0) - 0.5) < 1e-7)
    #expect(abs(NormalDistribution.cdf(1.959_963_984_540_054) - 0.975) < 1e-7)
    #expect(abs(NormalDistribution.cdf(-1) - 0.158_655_253_931_457) < 1e-7)
  }
}

extension CalibrationSamplerTests {
  /// Targets that only delimit a region: once the tolerance is zero the particles at distance 0 stay alive with
  /// equal weights (ESS = their number), the moves keep them inside the region, and the sampler stops there.
  @Test func aZeroToleranceIsTheLastGeneration() async throws {
    let x = CalibrationParameter(path: "x", low: 0, high: 2, isInteger: false)
    let sampler = ABCSampler(parameters: [x], particles: 300, generations: 4, seed: 2)
    let generations = try await sampler.run(jobs: 2) { _, _, theta in
      ABCEvaluation(distance: max(0, 0.5 - theta[0]), values: [])
    }
    let last = try #require(generations.last)
    #expect(generations.count == 2 && last.tolerance == 0 && last.complete)
    let alive = last.particles.filter { $0.weight > 0 }
    #expect(alive.count == last.alive && abs(last.effectiveSampleSize - Double(alive.count)) < 1e-6)
    // About three quarters of the prior lies in the region: every one of them stays alive.
    #expect(abs(Double(alive.count) / 300 - 0.75) < 0.08)
    #expect(alive.allSatisfy { $0.theta[0] >= 0.5 })
    #expect(abs(last.mean(0) - 1.25) < 0.06, "mean \(last.mean(0)), expected 1.25")
  }
}

extension CalibrationSamplerTests {
  /// Copies made by resampling share one evaluation: the check counts the distinct worlds' summed weights.
  @Test func copiesCountOnceInTheDistinctEffectiveSample() {
    let evaluation = ABCEvaluation(distance: 1, values: [])
    let particles = [[1.0], [2.0], [1.0], [3.0], [4.0]].enumerated().map { k, theta in
      ABCParticle(born: 0, proposal: k, theta: theta, weight: k == 4 ? 0 : 0.25, evaluation: evaluation)
    }
    let generation = ABCGeneration(
      index: 1, tolerance: 1, evaluations: 0, alive: 4, resampled: true, moves: 0, acceptedMoves: 0, complete: true,
      particles: particles)
    #expect(abs(generation.effectiveSampleSize - 4) < 1e-12 && generation.distinct == 3)
    // Weights 0.5, 0.25 and 0.25 over the distinct worlds: 1 / (0.25 + 0.0625 + 0.0625).
    #expect(abs(generation.distinctEffectiveSampleSize - 8.0 / 3) < 1e-12)
  }
}
