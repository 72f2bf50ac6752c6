import Testing

@testable import ReentryExperiments

/// Bootstrap intervals on Morris μ* and ranks, on a toy function whose effects are known:
/// y = 8·x0 + 4·x1 + 2·x2·x3 (x4 does nothing).
@Suite struct MorrisBootstrapTests {
  static func toy(_ x: [Double]) -> Double { 8 * x[0] + 4 * x[1] + 2 * x[2] * x[3] }

  @Test func constantEffectsHavePointIntervalsAndVaryingOnesDoNot() {
    let design = MorrisDesign(factorCount: 5, trajectories: 30, levels: 4, seed: 3)
    let effects = MorrisEffects(design: design, outputs: design.allPoints.map(Self.toy))
    let boot = MorrisBootstrap(effects, seed: 7, resamples: 400)
    let b = boot.intervals
    // A linear factor has the same effect in every trajectory: no resample changes μ* or its rank.
    #expect(abs(b[0].muStarLow - 8) < 1e-9 && abs(b[0].muStarHigh - 8) < 1e-9)
    #expect(b[0].rankLow == 1 && b[0].rankHigh == 1 && b[1].rankLow == 2 && b[1].rankHigh == 2)
    // The factor that does nothing is last in every resample.
    #expect(b[4].muStarHigh == 0 && b[4].rankLow == 5 && b[4].rankHigh == 5)
    // The interacting factors' effects vary between trajectories: a real interval around μ*.
    for j in [2, 3] {
      let mu = effects.factors[j].muStar
      #expect(b[j].muStarLow < mu && mu < b[j].muStarHigh, "factor \(j)")
    }
    // Twins by symmetry: their rank intervals overlap, so the design does not order them.
    #expect(b[2].rankLow <= b[3].rankHigh && b[3].rankLow <= b[2].rankHigh)
    #expect(MorrisBootstrap(effects, seed: 7, resamples: 400).intervals == b)
  }
}
