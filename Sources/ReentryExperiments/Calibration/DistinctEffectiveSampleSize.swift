/// Kish's effective sample size of the distinct worlds among weighted particles: the weights of copies
/// summed, then 1 / Σ W².
///
/// Resampling copies particles and a refused move keeps a copy in place; copies carry one evaluation and
/// one world, so counting them apart would overstate how many worlds a check or a robustness analysis
/// can count on. Particles of weight 0 are left out; 0 when none is left.
package func distinctEffectiveSampleSize(_ particles: [(theta: [Double], weight: Double)]) -> Double {
  let alive = particles.filter { $0.weight > 0 }.sorted { $0.theta.lexicographicallyPrecedes($1.theta) }
  let total = alive.reduce(0.0) { $0 + $1.weight }
  guard total > 0 else { return 0 }
  var squares = 0.0
  var group = 0.0
  for (k, particle) in alive.enumerated() {
    group += particle.weight / total
    // Sorted, so copies sit together; a group ends where the next particle differs.
    if k + 1 == alive.count || alive[k + 1].theta != particle.theta {
      squares += group * group
      group = 0
    }
  }
  return 1 / squares
}
