import Foundation
import SimKernel
import Testing

@testable import ReentryExperiments

/// The sampler keeps a usable population when most calibrated parameters do not touch the targets.
///
/// The national calibration has 124 world assumptions and ten targets: most
/// parameters barely move the distance. Importance weights
/// π(θ) / Σ_j w_j K(θ | θ_j) over that many dimensions vary over orders of
/// magnitude, and one particle took nearly all the weight (an effective
/// sample of 1.2 of 50). The toy here has the same shape: one parameter that
/// the data inform (a normal mean, posterior near N(1, 1/4)) and 120 that
/// nothing informs, whose posterior is their uniform prior.
@Suite("Calibration in many dimensions")
struct CalibrationDimensionTests {
  static let irrelevant = (0..<120).map { CalibrationParameter(path: "u\($0)", low: 0, high: 1, isInteger: false) }

  static func sampler(particles: Int, generations: Int) -> ABCSampler {
    ABCSampler(
      parameters: [CalibrationSamplerTests.mu] + irrelevant, particles: particles, generations: generations, seed: 17)
  }

  @Test func theEffectiveSampleSurvivesManyIrrelevantDimensions() async throws {
    let particles = 200
    let generations = try await Self.sampler(particles: particles, generations: 4).run(
      jobs: 2, evaluate: CalibrationSamplerTests.toy)
    let last = try #require(generations.last)
    #expect(generations.count == 4 && last.complete)
    #expect(
      last.effectiveSampleSize >= 0.4 * Double(particles),
      "effective sample \(last.effectiveSampleSize) of \(particles)")
    // The uninformed parameters keep their prior spread (SD of a uniform on [0, 1]: 0.289), not one particle's.
    let spreads = (1...Self.irrelevant.count).map { c -> Double in
      let mean = last.mean(c)
      return last.particles.reduce(0.0) { $0 + $1.weight * ($1.theta[c] - mean) * ($1.theta[c] - mean) }.squareRoot()
    }
    let meanSpread = spreads.reduce(0, +) / Double(spreads.count)
    #expect(meanSpread > 0.22, "mean SD of the uninformed parameters \(meanSpread), prior 0.289")
    // And the informed one still concentrates where the data put it.
    #expect(abs(last.mean(0) - 1) < 0.3, "posterior mean \(last.mean(0)), expected near 1")
  }
}
