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

/// A particle: its parameter values on the sampling scale, its weight and the evaluation it carries.
///
/// A particle keeps the evaluation of the proposal it last moved to (ABC-MCMC
/// keeps a particle's own simulated distance): `born` and `proposal` name
/// that evaluation, which may belong to an earlier generation.
package struct ABCParticle: Sendable, Equatable {
  /// The generation whose proposal this particle's evaluation is.
  package let born: Int
  /// The proposal's index within generation `born` (its evaluation's point).
  package let proposal: Int
  package let theta: [Double]
  package var weight: Double
  package let evaluation: ABCEvaluation
}

/// One generation of the adaptive ABC-SMC sampler: the population after its moves, and its diagnostics.
package struct ABCGeneration: Sendable, Equatable {
  package let index: Int
  /// The tolerance ε: every particle of positive weight has a distance at most this (infinite in generation 0).
  package let tolerance: Double
  /// Proposals evaluated in this generation (the cost): whole rounds from the prior in generation 0, one
  /// proposal per alive particle and move after.
  package let evaluations: Int
  /// Particles within the tolerance when it was set, before resampling: how far the population shrank
  /// (in generation 0, the worlds from the prior the population holds).
  package let alive: Int
  /// Whether the population was resampled before its moves (too few particles alive).
  package let resampled: Bool
  /// Metropolis–Hastings moves proposed and accepted (none in generation 0).
  package let moves: Int
  package let acceptedMoves: Int
  /// Whether the population reached the requested size: generation 0 before the round limit (later ones always).
  package let complete: Bool
  /// Every slot of the population, a particle that fell outside the tolerance with weight 0.
  package let particles: [ABCParticle]

  /// Alive particles over the population's size.
  package var aliveFraction: Double { particles.isEmpty ? 0 : Double(alive) / Double(particles.count) }

  /// Accepted moves over proposed ones; NaN when none were proposed (generation 0).
  package var moveAcceptance: Double { moves == 0 ? .nan : Double(acceptedMoves) / Double(moves) }

  /// Effective sample size 1 / Σ w² of the normalised weights (Kish): weights are equal over the alive
  /// particles, so it is their number.
  package var effectiveSampleSize: Double {
    let squares = particles.reduce(0.0) { $0 + $1.weight * $1.weight }
    return squares > 0 ? 1 / squares : 0
  }

  /// Distinct parameter vectors among the particles of positive weight: resampling copies particles and a
  /// refused move keeps a copy in place, so this says how many different worlds the population holds.
  package var distinct: Int {
    // A set only counts here: its (randomly seeded) order decides nothing.
    Set(particles.filter { $0.weight > 0 }.map(\.theta)).count
  }

  /// The effective sample size of the distinct worlds: the weights of copies summed, then 1 / Σ W². Copies
  /// carry one evaluation, so this, not the count of alive slots, is how many worlds a check can count on.
  package var distinctEffectiveSampleSize: Double {
    ReentryExperiments.distinctEffectiveSampleSize(particles.map { ($0.theta, $0.weight) })
  }

  /// The weighted mean of component `c` (on the sampling scale).
  package func mean(_ c: Int) -> Double { particles.reduce(0.0) { $0 + $1.weight * $1.theta[c] } }
}
