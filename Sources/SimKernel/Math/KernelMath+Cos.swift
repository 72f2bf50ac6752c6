extension KernelMath {
  /// The cosine, fdlibm's `s_cos.c` over the Cody–Waite reduction of
  /// `reducePiOver2`.
  ///
  /// Domain: `|x| < 2^19·π/2 ≈ 823 550` (a precondition: Box–Muller only
  /// needs `[0, 2π)`); infinities and NaN give NaN, as in C.
  ///
  /// Error: below 1 ulp (fdlibm's analysis; the golden tests measure the
  /// maximum, including at the doubles nearest to multiples of π/2).
  @inlinable
  public static func cos(_ x: Double) -> Double {
    let ix = highWord(x) & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB { return cosKernel(x, 0) }  // |x| ≲ π/4
    if ix >= 0x7FF0_0000 { return x - x }  // inf or NaN
    let (n, y0, y1) = reducePiOver2(x)
    switch n & 3 {
    case 0: return cosKernel(y0, y1)
    case 1: return -sinKernel(y0, y1, hasTail: true)
    case 2: return -cosKernel(y0, y1)
    default: return sinKernel(y0, y1, hasTail: true)
    }
  }
}
