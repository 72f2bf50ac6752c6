/// Exact Poisson sampling, because counts (arrivals, events per day) drive
/// the model and a normal approximation would bias small and tail counts.
extension RandomStream {
  /// Returns a Poisson variate with the given mean.
  ///
  /// - `mean == 0` returns 0 without consuming a draw.
  /// - `mean < 30`: Knuth's multiplication method; multiplies uniforms until
  ///   the product drops to `exp(-mean)` or below, using `k + 1` draws to
  ///   return `k`.
  /// - `mean >= 30`: Hörmann's PTRS transformed rejection (1993), two draws
  ///   per attempt, accepting about 90% of attempts.
  ///
  /// The number of draws varies with the outcome, so give Poisson draws a
  /// stream purpose of their own when alignment with other draws matters.
  @inlinable
  public mutating func poisson(mean: Double) -> Int {
    precondition(mean >= 0 && mean.isFinite, "poisson(mean:) needs a finite mean >= 0")
    if mean == 0 { return 0 }
    if mean >= 30 { return poissonPTRS(mean: mean) }
    let limit = KernelMath.exp(-mean)
    var count = 0
    var product = nextDouble()
    while product > limit {
      count += 1
      product *= nextDouble()
    }
    return count
  }

  /// Hörmann's PTRS sampler for `mean >= 30`, in the formulation used by
  /// NumPy's `random_poisson_ptrs`.
  @usableFromInline
  internal mutating func poissonPTRS(mean lambda: Double) -> Int {
    let sqrtLambda = lambda.squareRoot()
    let logLambda = KernelMath.log(lambda)
    let b = 0.931 + 2.53 * sqrtLambda
    let a = -0.059 + 0.02483 * b
    let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = nextDouble() - 0.5
      let v = nextDouble()
      let us = 0.5 - abs(u)
      let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
      if us >= 0.07 && v <= vr { return Int(k) }
      if k < 0 || (us < 0.013 && v > us) { continue }
      let lhs = KernelMath.log(v) + KernelMath.log(inverseAlpha) - KernelMath.log(a / (us * us) + b)
      let rhs = -lambda + k * logLambda - Self.logFactorial(Int(k))
      if lhs <= rhs { return Int(k) }
    }
  }

  /// ln(k!) for `k >= 0`: a table below 10, Stirling's series above
  /// (relative error near 1e-15), independent of the platform's `lgamma`.
  @usableFromInline
  internal static func logFactorial(_ k: Int) -> Double {
    if k < 10 { return smallLogFactorials[k] }
    let n = Double(k)
    let inv = 1 / n
    let inv2 = inv * inv
    let series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)))
    return n * KernelMath.log(n) - n + 0.5 * KernelMath.log(2 * Double.pi * n) + series
  }

  /// ln(k!) for k = 0…9.
  @usableFromInline
  internal static let smallLogFactorials: [Double] = [
    0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458,
    4.787491742782046, 6.579251212010101, 8.525161361065415,
    10.60460290274525, 12.801827480081469,
  ]
}
