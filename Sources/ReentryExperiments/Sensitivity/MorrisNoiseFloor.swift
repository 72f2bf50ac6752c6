/// The μ* that simulation noise alone gives: the noise floor of a Morris screening.
///
/// Each trajectory's start point is evaluated again with other replications
/// (other random streams, the same parameter values). The difference between
/// two evaluations of one point is noise only; divided by the design's step
/// Δ it is the elementary effect a factor with no effect at all would show,
/// and the mean of their absolute values is that factor's μ*: the floor.
/// A factor whose μ* 95% interval does not lie wholly above the floor is not
/// distinguishable from noise. The design's own evaluations share their
/// replications (common random numbers), which usually makes their noise
/// smaller than that of a repeat with other streams, so the floor errs on
/// the side of calling a factor noise.
package struct MorrisNoiseFloor: Sendable, Equatable {
  /// |elementary effect| of noise, per trajectory and repeat, in that order.
  package let effects: [Double]
  /// Mean |noise elementary effect| (NaN without repeats): the μ* of a factor that does nothing.
  package let floor: Double

  /// `base[t]` is the output at trajectory t's start point, `repeats[t]` the same point's outputs
  /// with other replications; `delta` is the design's step on the unit scale.
  package init(base: [Double], repeats: [[Double]], delta: Double) {
    precondition(base.count == repeats.count && delta > 0)
    var effects: [Double] = []
    for (y, again) in zip(base, repeats) {
      for z in again where y.isFinite && z.isFinite { effects.append(abs(z - y) / delta) }
    }
    self.effects = effects
    floor = effects.isEmpty ? .nan : effects.reduce(0, +) / Double(effects.count)
  }

  /// Whether a factor's μ* interval lies wholly above the floor (false when there is no floor).
  package func distinguishes(_ interval: MorrisBootstrap.Interval) -> Bool {
    floor.isFinite && interval.muStarLow > floor
  }
}
