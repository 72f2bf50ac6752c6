import SimKernel
import Testing

@testable import ReentryExperiments

/// The noise floor of a Morris screening: worked by hand, and on a synthetic model whose
/// outputs carry noise of a known size, where a factor without effect falls under the floor
/// and a strong one does not.
@Suite struct MorrisNoiseFloorTests {
  /// Two start points, each repeated twice, Δ = 2/3: |0.52 − 0.50| / Δ = 0.03, |0.47 − 0.50| / Δ = 0.045,
  /// 0 and |0.43 − 0.40| / Δ = 0.045, so the floor is 0.12 / 4 = 0.03.
  @Test func floorIsTheMeanAbsoluteNoiseEffect() {
    let noise = MorrisNoiseFloor(base: [0.50, 0.40], repeats: [[0.52, 0.47], [0.40, 0.43]], delta: 2.0 / 3.0)
    let expected = [0.03, 0.045, 0, 0.045]
    #expect(noise.effects.count == 4)
    for (got, want) in zip(noise.effects, expected) { #expect(abs(got - want) < 1e-12) }
    #expect(abs(noise.floor - 0.03) < 1e-12)
    func interval(_ low: Double) -> MorrisBootstrap.Interval {
      MorrisBootstrap.Interval(muStarLow: low, muStarHigh: low + 0.1, rankLow: 1, rankHigh: 1)
    }
    #expect(noise.distinguishes(interval(0.031)) && !noise.distinguishes(interval(0.03)))
    #expect(!noise.distinguishes(interval(0.01)))
    let none = MorrisNoiseFloor(base: [0.5], repeats: [[]], delta: 0.5)
    #expect(none.floor.isNaN && !none.distinguishes(interval(1)))
  }

  /// y = 0.2·x0 + noise (SD about 0.01, independent per evaluation); x1 and x2 do nothing.
  /// The repeats draw fresh noise at the start points, as other replications would.
  @Test func aFactorWithoutEffectIsNoiseAndAStrongOneIsNot() {
    let design = MorrisDesign(factorCount: 3, trajectories: 40, levels: 4, seed: 5)
    var stream = RandomStream(
      seed: 9, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("noise"))
    func y(_ x: [Double]) -> Double { 0.2 * x[0] + 0.01 * (stream.nextDouble() + stream.nextDouble() - 1) * 2.45 }
    let outputs = design.allPoints.map { y($0) }
    let effects = MorrisEffects(design: design, outputs: outputs)
    let starts = design.points.map { $0[0] }
    let base = design.points.indices.map { outputs[$0 * 4] }
    let noise = MorrisNoiseFloor(base: base, repeats: starts.map { x in [y(x), y(x)] }, delta: design.delta)
    let intervals = MorrisBootstrap(effects, seed: 1, resamples: 400).intervals
    #expect(noise.floor > 0.005 && noise.floor < 0.03, "floor \(noise.floor)")
    #expect(noise.distinguishes(intervals[0]))
    #expect(!noise.distinguishes(intervals[1]) && !noise.distinguishes(intervals[2]))
  }
}
