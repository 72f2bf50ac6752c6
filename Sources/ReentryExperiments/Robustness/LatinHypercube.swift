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

extension LatinHypercube {
  /// Draw `i`'s values of `factors` (one per factor of the design), as they run and as the files hold them.
  ///
  /// A number is rounded to the fewest significant digits, at least 4, that
  /// keep it in its stratum: 4 digits are short enough to read, but at many
  /// draws a stratum of a narrow range far from zero (14.2–14.3 cut in 400)
  /// is finer than the fourth digit, and rounding would move values into a
  /// neighbour's stratum and leave others empty. Integers keep their own rule.
  package func values(_ i: Int, attempt: Int = 0, of factors: [RobustnessFactor]) -> [Double] {
    precondition(factors.count == self.factors)
    let u = point(i, attempt: attempt)
    return factors.indices.map { j in
      let factor = factors[j]
      guard !factor.isInteger else { return factor.value(at: u[j]) }
      let exact = (1 - u[j]) * factor.low + u[j] * factor.high
      let stratum = strata[j][i]
      for digits in 4...17 {
        let rounded = RobustnessFactor.significant(exact, digits: digits)
        if Self.stratum(of: rounded, low: factor.low, high: factor.high, draws: draws) == stratum { return rounded }
      }
      // Only where the exact value itself sits on a boundary the division misplaces: the stratum's middle.
      let middle = (Double(stratum) + 0.5) / Double(draws)
      return (1 - middle) * factor.low + middle * factor.high
    }
  }

  /// The stratum, 0..<draws, of `value` in the range low…high cut into `draws`
  /// equal parts; outside 0..<draws for a value outside the range.
  package static func stratum(of value: Double, low: Double, high: Double, draws: Int) -> Int {
    Int(((value - low) / (high - low) * Double(draws)).rounded(.down))
  }
}
