extension KernelMath {
  /// `log(1 + x)`, accurate for small `x`, ported from fdlibm's `s_log1p.c`.
  ///
  /// Domain: every double. `log1p(-1)` is `-infinity`, below -1 the result is
  /// NaN, `log1p(+infinity)` is `+infinity`, NaN propagates and `±0` is kept,
  /// as in C.
  ///
  /// Error: below 1 ulp (fdlibm's analysis; the golden tests measure the
  /// maximum). Method: as `log`, on `1 + x = 2^k·(1+f)`, with a correction
  /// `c/u` for the rounding of `u = 1 + x` when `k ≠ 0`.
  @inlinable
  public static func log1p(_ x: Double) -> Double {
    let ln2Hi = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    let ln2Lo = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76
    let lp1 = 6.666666666666735130e-01  // 0x3FE55555_55555593
    let lp2 = 3.999999999940941908e-01  // 0x3FD99999_9997FA04
    let lp3 = 2.857142874366239149e-01  // 0x3FD24924_94229359
    let lp4 = 2.222219843214978396e-01  // 0x3FCC71C5_1D8E78AF
    let lp5 = 1.818357216161805012e-01  // 0x3FC74664_96CB03DE
    let lp6 = 1.531383769920937332e-01  // 0x3FC39A09_D078C69F
    let lp7 = 1.479819860511658591e-01  // 0x3FC2F112_DF3E5244

    let hx = highWord(x)
    let ax = hx & 0x7FFF_FFFF
    var k: Int32 = 1
    var f = 0.0
    var c = 0.0
    var hu: Int32 = 0
    if hx < 0x3FDA_827A {  // x < 0.41422
      if ax >= 0x3FF0_0000 {  // x <= -1 (or a negative NaN)
        return x == -1 ? -.infinity : .nan
      }
      if ax < 0x3E20_0000 {  // |x| < 2^-29
        if ax < 0x3C90_0000 { return x }  // |x| < 2^-54
        return x - x * x * 0.5
      }
      if hx > 0 || hx <= Int32(bitPattern: 0xBFD2_BEC3) {  // -0.2929 < x < 0.41422
        k = 0
        f = x
        hu = 1
      }
    }
    if hx >= 0x7FF0_0000 { return x + x }
    if k != 0 {
      var u: Double
      if hx < 0x4340_0000 {
        u = 1.0 + x
        hu = highWord(u)
        k = (hu >> 20) - 1023
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0)  // the rounding error of u
        c /= u
      } else {
        u = x
        hu = highWord(u)
        k = (hu >> 20) - 1023
        c = 0
      }
      hu &= 0x000F_FFFF
      if hu < 0x6A09E {
        u = replacingHighWord(u, with: hu | 0x3FF0_0000)  // normalise u
      } else {
        k += 1
        u = replacingHighWord(u, with: hu | 0x3FE0_0000)  // normalise u/2
        hu = (0x0010_0000 - hu) >> 2
      }
      f = u - 1.0
    }
    let hfsq = 0.5 * f * f
    let dk = Double(k)
    if hu == 0 {  // |f| < 2^-20
      if f == 0 {
        if k == 0 { return 0 }
        c += dk * ln2Lo
        return dk * ln2Hi + c
      }
      let r = hfsq * (1.0 - 0.66666666666666666 * f)
      if k == 0 { return f - r }
      return dk * ln2Hi - ((r - (dk * ln2Lo + c)) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    let r = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))))
    if k == 0 { return f - (hfsq - s * (hfsq + r)) }
    return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + (dk * ln2Lo + c))) - f)
  }
}
