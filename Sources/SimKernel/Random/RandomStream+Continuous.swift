/// Continuous samplers with a fixed number of draws each, so that turning a
/// parameter up or down never changes how many values a stream consumes.
/// They use `KernelMath`, not the C library, so a seed gives the same bits on
/// every platform.
extension RandomStream {
  /// Returns an exponential variate by inverting the CDF (one draw).
  ///
  /// Computes `mean * -log(1 - u)`; `1 - u` is exact and positive on the
  /// 2⁻⁵³ grid. A mean of 0 returns 0 but still consumes its draw.
  @inlinable
  public mutating func exponential(mean: Double) -> Double {
    precondition(mean >= 0, "exponential(mean:) needs mean >= 0")
    let e = -KernelMath.log(1 - nextDouble())
    return mean == 0 ? 0 : mean * e
  }

  /// Returns a standard normal variate by Box–Muller (exactly two draws).
  ///
  /// Only the cosine branch is used and nothing is cached, so the draw
  /// count is always two and a stream's position never depends on history.
  @inlinable
  public mutating func standardNormal() -> Double {
    let u1 = nextDouble()
    let u2 = nextDouble()
    let radius = (-2 * KernelMath.log(1 - u1)).squareRoot()
    return radius * KernelMath.cos(2 * Double.pi * u2)
  }

  /// Returns a normal variate with the given mean and standard deviation
  /// (two draws).
  @inlinable
  public mutating func normal(mean: Double, sd: Double) -> Double {
    mean + sd * standardNormal()
  }

  /// Returns `exp(mu + sigma * Z)` for a standard normal `Z` (two draws);
  /// `mu` and `sigma` are the parameters of the underlying normal.
  @inlinable
  public mutating func lognormal(mu: Double, sigma: Double) -> Double {
    KernelMath.exp(mu + sigma * standardNormal())
  }

  /// Returns a lognormal variate with the given arithmetic mean and
  /// coefficient of variation (two draws), the way such data are usually
  /// reported.
  ///
  /// Uses `sigma² = ln(1 + cv²)` and `mu = ln(mean) − sigma²/2`. With
  /// `cv == 0` or `mean == 0` it returns `mean` exactly, still consuming
  /// its two draws.
  @inlinable
  public mutating func lognormal(mean: Double, cv: Double) -> Double {
    precondition(mean >= 0 && cv >= 0, "lognormal(mean:cv:) needs mean, cv >= 0")
    let z = standardNormal()
    if cv == 0 || mean == 0 { return mean }
    let variance = KernelMath.log1p(cv * cv)
    let mu = KernelMath.log(mean) - variance / 2
    return KernelMath.exp(mu + variance.squareRoot() * z)
  }
}
