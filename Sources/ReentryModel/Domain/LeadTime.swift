import SimKernel

/// Lead times as lognormal days from a detainee's fixed normal draw.
///
/// Using the detainee's own `z` (see `Luck`) instead of a fresh draw keeps a
/// lead time identical across scenarios, so a policy that starts work earlier
/// can only finish it earlier.
enum LeadTime {
  /// Whole days (rounded up) of a lognormal with this mean and coefficient of variation.
  static func days(mean: Double, cv: Double, z: Double) -> Int {
    guard mean > 0 else { return 0 }
    guard cv > 0 else { return Int(mean.rounded(.up)) }
    let sigma2 = KernelMath.log(1 + cv * cv)
    let value = KernelMath.exp(KernelMath.log(mean) - sigma2 / 2 + sigma2.squareRoot() * z)
    return Int(min(value, 1e7).rounded(.up))
  }
}
