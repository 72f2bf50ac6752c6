import SimKernel

/// One Metropolis–Hastings move of an ABC particle at tolerance ε: it leaves the ABC posterior at ε invariant.
///
/// The proposal θ* is the truncated Gaussian random walk K(· | θ). It is
/// accepted with probability
///
///     min(1, π(θ*) K(θ | θ*) / (π(θ) K(θ* | θ))) · 1{d(x*) ≤ ε}
///
/// with x* simulated at θ*; a refused particle keeps its own simulated
/// distance (ABC-MCMC: Marjoram, Molitor, Plagnol & Tavaré 2003, PNAS
/// 100:15324; the move step of Del Moral, Doucet & Jasra 2012). The prior is
/// uniform over each range, so π cancels inside it. The truncated kernel is
/// not symmetric near a bound (its mass inside the range differs between θ
/// and θ*), and the ratio K(θ | θ*) / K(θ* | θ) corrects that: without it
/// the particles would drift away from the bounds.
struct ABCMove: Sendable {
  let kernel: TruncatedGaussianKernel

  /// log of the Hastings ratio K(current | proposed) / K(proposed | current), both inside the prior's range.
  func logRatio(from current: [Double], to proposed: [Double]) -> Double {
    kernel.logDensity(current, parent: proposed) - kernel.logDensity(proposed, parent: current)
  }

  /// Whether the move from `current` to `proposed`, whose evaluation lies at `distance`, is accepted at
  /// `tolerance`; `u` is a uniform draw on [0, 1).
  func accepts(from current: [Double], to proposed: [Double], distance: Double, tolerance: Double, u: Double) -> Bool {
    guard distance.isFinite, distance <= tolerance else { return false }
    let log = logRatio(from: current, to: proposed)
    return log >= 0 || u < KernelMath.exp(log)
  }
}
