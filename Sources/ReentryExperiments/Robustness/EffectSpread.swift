/// How much of an effect's spread over worlds is simulation noise and how much is assumption uncertainty.
///
/// With the effect Δ of replication r in world i (base and variant share the
/// world's seed, worlds have their own), the law of total variance splits
/// Var(Δ) = E_i[Var(Δ | i)] + Var_i(E[Δ | i]):
///
/// - *simulation noise*, E_i[Var(Δ | i)]: the mean over worlds of the sample
///   variance of the replications within a world (needs at least 2);
/// - *assumption uncertainty*, Var_i(E[Δ | i]): the sample variance of the
///   per-world means minus the noise those means still carry, the mean of
///   Var(Δ | i) / R_i. It can come out below zero when noise drowns it; it is
///   kept as estimated, so the two parts add up to the total.
struct EffectSpread: Equatable {
  /// Worlds with at least 2 replications, the ones the split is estimated from.
  let worlds: Int
  /// Variance of one replication's effect within a world, averaged over worlds.
  let noiseVariance: Double
  /// Variance of the world's true mean effect over worlds.
  let assumptionVariance: Double

  /// The variance of one replication's effect in a world drawn at random.
  var totalVariance: Double { noiseVariance + assumptionVariance }

  /// Splits `replications[world]`, the effects of each world's replications; nil with fewer than 2 usable worlds.
  init?(replications: [[Double]]) {
    let usable = replications.filter { $0.count >= 2 }
    guard usable.count >= 2 else { return nil }
    var within = 0.0
    var withinOfMean = 0.0
    var means: [Double] = []
    for values in usable {
      let mean = values.reduce(0, +) / Double(values.count)
      let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
      within += variance
      withinOfMean += variance / Double(values.count)
      means.append(mean)
    }
    let n = Double(usable.count)
    let grand = means.reduce(0, +) / n
    let between = means.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / (n - 1)
    worlds = usable.count
    noiseVariance = within / n
    assumptionVariance = between - withinOfMean / n
  }
}
