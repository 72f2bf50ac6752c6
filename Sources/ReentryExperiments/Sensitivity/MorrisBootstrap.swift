import SimKernel

/// Bootstrap intervals on Morris μ* and on each factor's rank.
///
/// The trajectories are the independent units of a Morris design, so they
/// are resampled with replacement (a trajectory drawn twice counts twice);
/// in each resample every factor's μ* is the mean |effect| over its effects
/// in the drawn trajectories and the factors are ranked by it (a factor
/// with no effect in a resample ranks last). The 95% percentile intervals
/// of μ* and of the rank say how far the ranking can be trusted with this
/// many trajectories: two factors whose rank intervals overlap are not
/// ordered by the design. The stream is our own, keyed by the seed, so the
/// intervals are deterministic.
package struct MorrisBootstrap: Sendable {
  /// Per factor (in factor order): μ* and rank (1 most influential) at 2.5% and 97.5%.
  package struct Interval: Sendable, Equatable {
    package let muStarLow: Double
    package let muStarHigh: Double
    package let rankLow: Int
    package let rankHigh: Int
  }

  package let intervals: [Interval]
  package let resamples: Int

  package init(_ effects: MorrisEffects, seed: UInt64, resamples: Int = 1_000) {
    self.resamples = resamples
    let k = effects.factors.count
    let n = effects.trajectoryCount
    // byTrajectory[j][t]: |effect| of factor j in trajectory t, nil when it has none there.
    var table = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: k)
    for f in effects.factors {
      for (effect, t) in zip(f.effects, f.trajectories) { table[f.index][t] = abs(effect) }
    }
    // byTrajectory[j][t]: |effect| of factor j in trajectory t, nil when it has none there.
    let byTrajectory = table
    var stream = RandomStream(
      seed: seed, replication: 0, kind: StreamLabel("morris"), entity: 0, purpose: StreamLabel("bootstrap"))
    var muStars = [[Double]](repeating: [], count: k)
    var ranks = [[Double]](repeating: [], count: k)
    var drawn = [Int](repeating: 0, count: n)
    var mu = [Double](repeating: 0, count: k)
    for _ in 0..<(n > 0 ? resamples : 0) {
      for i in 0..<n { drawn[i] = min(n - 1, Int(stream.nextDouble() * Double(n))) }
      for j in 0..<k {
        var sum = 0.0
        var count = 0
        for t in drawn {
          if let value = byTrajectory[j][t] {
            sum += value
            count += 1
          }
        }
        mu[j] = count == 0 ? -1 : sum / Double(count)
      }
      let order = (0..<k).sorted { mu[$0] != mu[$1] ? mu[$0] > mu[$1] : $0 < $1 }
      for (rank, j) in order.enumerated() {
        ranks[j].append(Double(rank + 1))
        if mu[j] >= 0 { muStars[j].append(mu[j]) }
      }
    }
    intervals = (0..<k).map { j in
      let m = muStars[j].sorted()
      let r = ranks[j].sorted()
      return Interval(
        muStarLow: RobustnessSummary.quantile(m, 0.025), muStarHigh: RobustnessSummary.quantile(m, 0.975),
        rankLow: r.isEmpty ? k : Int(RobustnessSummary.quantile(r, 0.025).rounded(.down)),
        rankHigh: r.isEmpty ? k : Int(RobustnessSummary.quantile(r, 0.975).rounded(.up)))
    }
  }
}
