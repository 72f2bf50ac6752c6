import Foundation
import SimKernel
import Testing

@testable import ReentryExperiments

/// The Metropolis–Hastings move of the sampler leaves the ABC posterior at its tolerance unchanged.
///
/// The random walk is truncated to the prior's range, so it is not
/// symmetric near a bound; the move's Hastings ratio corrects that. Checked
/// pair by pair (detailed balance) and on a population that starts exactly
/// at the target and must stay there.
@Suite("Calibration moves")
struct CalibrationMoveTests {
  static let unit = CalibrationParameter(path: "x", low: 0, high: 1, isInteger: false)
  static let wide = CalibrationParameter(path: "y", low: -2, high: 3, isInteger: false)

  /// A kernel whose steps are as wide as the ranges, so the truncation matters everywhere.
  static let move = ABCMove(
    kernel: TruncatedGaussianKernel(
      parameters: [unit, wide], population: [[0, -2], [1, 3]], weights: [0.5, 0.5], step: 1))

  /// The probability of accepting the move from `x` to `y` inside the tolerance.
  static func acceptance(_ x: [Double], _ y: [Double]) -> Double {
    min(1, KernelMath.exp(move.logRatio(from: x, to: y)))
  }

  @Test func theMoveIsReversible() {
    var stream = RandomStream(seed: 4, replication: 0, kind: StreamLabel("pairs"), entity: 0, purpose: .init(raw: 0))
    for _ in 0..<200 {
      let x = [stream.uniform(0, 1), stream.uniform(-2, 3)]
      let y = [stream.uniform(0, 1), stream.uniform(-2, 3)]
      // Uniform prior: detailed balance is K(y | x) a(x, y) = K(x | y) a(y, x).
      let forward = KernelMath.exp(Self.move.kernel.logDensity(y, parent: x)) * Self.acceptance(x, y)
      let backward = KernelMath.exp(Self.move.kernel.logDensity(x, parent: y)) * Self.acceptance(y, x)
      #expect(abs(forward - backward) <= 1e-12 * max(forward, backward), "x \(x), y \(y)")
    }
    // Near a bound the truncated kernel puts its whole mass on one side, towards the middle: a step away from
    // the bound is then proposed too often, and the ratio accepts it only in part.
    #expect(Self.acceptance([0.01, 0.5], [0.5, 0.5]) < 1 && Self.acceptance([0.5, 0.5], [0.01, 0.5]) == 1)
  }

  @Test func aMoveOutsideTheToleranceIsRefused() {
    #expect(!Self.move.accepts(from: [0.5, 0], to: [0.5, 0.1], distance: 1.01, tolerance: 1, u: 0))
    #expect(!Self.move.accepts(from: [0.5, 0], to: [0.5, 0.1], distance: .infinity, tolerance: .infinity, u: 0))
    #expect(Self.move.accepts(from: [0.5, 0], to: [0.5, 0], distance: 1, tolerance: 1, u: 0.999))
  }

  /// Distance θ on a uniform prior over [0, 1]: the ABC posterior at tolerance ε is uniform on [0, ε].
  /// Generation 1 starts from prior draws inside ε (exact draws from it) and moves them five times.
  @Test func movesKeepAPopulationAtItsTarget() async throws {
    var sampler = ABCSampler(parameters: [Self.unit], particles: 4_000, generations: 2, seed: 8)
    sampler.moves = 5
    sampler.step = 2
    let generations = try await sampler.run(jobs: 2) { _, _, theta in ABCEvaluation(distance: theta[0], values: []) }
    let last = try #require(generations.last)
    let epsilon = last.tolerance
    #expect(generations.count == 2 && abs(epsilon - 0.5) < 0.03)
    #expect(last.moveAcceptance > 0.1, "acceptance \(last.moveAcceptance)")
    let alive = last.particles.filter { $0.weight > 0 }.map { $0.theta[0] }
    #expect(alive.allSatisfy { $0 <= epsilon })
    // Uniform on [0, ε]: mean ε / 2 (SE about 0.0023 here) and a fifth of the particles below ε / 5.
    #expect(abs(last.mean(0) - epsilon / 2) < 0.01, "mean \(last.mean(0)), expected \(epsilon / 2)")
    let low = Double(alive.filter { $0 < epsilon / 5 }.count) / Double(alive.count)
    #expect(abs(low - 0.2) < 0.025, "share below ε/5 \(low), expected 0.2")
  }

  @Test func systematicResamplingCopiesByWeight() {
    let picks = SystematicResampling.indices(weights: [0, 0.5, 0, 0.25, 0.25], count: 8, uniform: 0.3)
    #expect(picks == [1, 1, 1, 1, 3, 3, 4, 4])
    #expect(SystematicResampling.indices(weights: [0, 1, 0], count: 3, uniform: 0.999) == [1, 1, 1])
  }
}
