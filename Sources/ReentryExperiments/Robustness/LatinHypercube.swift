import SimKernel

/// A Latin hypercube design in the unit cube: `draws` points, each factor's
/// range cut into `draws` equal strata and every stratum hit exactly once.
///
/// Factor j's strata are a random permutation of 0..<draws (Fisher–Yates on
/// our own stream keyed by the seed and j); within its stratum a point's
/// position is uniform, from a stream keyed by the seed, the draw and an
/// attempt number. A point that breaks a cross-field rule is redrawn with
/// the next attempt: new positions within the same strata, so the design
/// stays a Latin hypercube and the redraw is deterministic. Each stream
/// belongs to one factor or one draw, so a draw's values do not depend on
/// how many draws there are beyond it, except through the strata.
package struct LatinHypercube: Sendable {
  let draws: Int
  let factors: Int
  let seed: UInt64
  /// `strata[j][i]`: the stratum of factor j in draw i.
  let strata: [[Int]]

  package init(draws: Int, factors: Int, seed: UInt64) {
    precondition(draws >= 1 && factors >= 0)
    self.draws = draws
    self.factors = factors
    self.seed = seed
    strata = (0..<factors).map { j in
      var stream = RandomStream(
        seed: seed, replication: 0, kind: StreamLabel("robustness"), entity: UInt64(j),
        purpose: StreamLabel("strata"))
      var order = Array(0..<draws)
      stream.shuffle(&order)
      return order
    }
  }

  /// Draw `i`'s coordinates in [0, 1), one per factor, at redraw `attempt` (0 first).
  package func point(_ i: Int, attempt: Int = 0) -> [Double] {
    var stream = RandomStream(
      seed: seed, replication: UInt64(attempt), kind: StreamLabel("robustness"), entity: UInt64(i),
      purpose: StreamLabel("position"))
    return (0..<factors).map { j in (Double(strata[j][i]) + stream.nextDouble()) / Double(draws) }
  }
}
