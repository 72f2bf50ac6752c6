/// What one evaluation of a proposal gave: its distance and the figures measured on the way.
package struct ABCEvaluation: Sendable, Equatable {
  /// Distance to the calibration targets; `.infinity` for a proposal the model refuses (a broken rule).
  package let distance: Double
  /// Extra values kept with the particle (figure means and held-out shares), in a fixed order.
  package let values: [Double]

  package init(distance: Double, values: [Double]) {
    self.distance = distance
    self.values = values
  }
}

/// An accepted proposal: its position, parameter values on the sampling scale, weight and evaluation.
package struct ABCParticle: Sendable, Equatable {
  /// The proposal's index within its generation (its evaluation's point).
  package let proposal: Int
  package let theta: [Double]
  package var weight: Double
  package let evaluation: ABCEvaluation
}

/// One generation of ABC-SMC: the population and its diagnostics.
package struct ABCGeneration: Sendable, Equatable {
  package let index: Int
  /// The tolerance ε: accepted proposals have a distance at most this (infinite in generation 0).
  package let tolerance: Double
  /// Proposals evaluated to fill the population: whole rounds, so the surplus of the last round counts.
  package let evaluations: Int
  /// Evaluated proposals within the tolerance, the surplus of the last round included.
  package let withinTolerance: Int
  /// Whether the population reached the requested size before the round limit.
  package let complete: Bool
  package let particles: [ABCParticle]

  /// Proposals within the tolerance over evaluated ones.
  package var acceptanceRate: Double { evaluations == 0 ? 0 : Double(withinTolerance) / Double(evaluations) }

  /// Effective sample size 1 / Σ w² of the normalised weights (Kish).
  package var effectiveSampleSize: Double {
    let squares = particles.reduce(0.0) { $0 + $1.weight * $1.weight }
    return squares > 0 ? 1 / squares : 0
  }

  /// The weighted mean of component `c` (on the sampling scale).
  package func mean(_ c: Int) -> Double { particles.reduce(0.0) { $0 + $1.weight * $1.theta[c] } }
}
