extension KernelMath {
  /// The sine, fdlibm's `s_sin.c` over the Cody–Waite reduction of
  /// `reducePiOver2`; the companion of `cos` for model code that needs it.
  ///
  /// Domain: `|x| < 2^19·π/2 ≈ 823 550` (a precondition); infinities and NaN
  /// give NaN, `±0` is kept, as in C.
  ///
  /// Error: below 1 ulp (fdlibm's analysis; the golden tests measure the
  /// maximum).
  @inlinable
  public static func sin(_ x: Double) -> Double {
    let ix = highWord(x) & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB { return sinKernel(x, 0, hasTail: false) }  // |x| ≲ π/4
    if ix >= 0x7FF0_0000 { return x - x }  // inf or NaN
    let (n, y0, y1) = reducePiOver2(x)
    switch n & 3 {
    case 0: return sinKernel(y0, y1, hasTail: true)
    case 1: return cosKernel(y0, y1)
    case 2: return -sinKernel(y0, y1, hasTail: true)
    default: return -cosKernel(y0, y1)
    }
  }
}
