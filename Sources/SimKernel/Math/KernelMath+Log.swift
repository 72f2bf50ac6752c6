extension KernelMath {
  /// The natural logarithm, ported from fdlibm's `e_log.c`.
  ///
  /// Domain: every double. Subnormals are scaled up exactly; `log(±0)` is
  /// `-infinity`, a negative argument gives NaN, `log(+infinity)` is
  /// `+infinity` and NaN propagates, as in C.
  ///
  /// Error: below 1 ulp (fdlibm's analysis; the golden tests measure the
  /// maximum). Method: `x = 2^k·(1+f)` with `√2/2 < 1+f < √2`, then
  /// `log(1+f) = 2s + s·R(s²)` with `s = f/(2+f)` and a degree-14 minimax `R`.
  @inlinable
  public static func log(_ x: Double) -> Double {
    let ln2Hi = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    let ln2Lo = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76
    let two54 = 1.80143985094819840000e+16  // 0x43500000_00000000
    let lg1 = 6.666666666666735130e-01  // 0x3FE55555_55555593
    let lg2 = 3.999999999940941908e-01  // 0x3FD99999_9997FA04
    let lg3 = 2.857142874366239149e-01  // 0x3FD24924_94229359
    let lg4 = 2.222219843214978396e-01  // 0x3FCC71C5_1D8E78AF
    let lg5 = 1.818357216161805012e-01  // 0x3FC74664_96CB03DE
    let lg6 = 1.531383769920937332e-01  // 0x3FC39A09_D078C69F
    let lg7 = 1.479819860511658591e-01  // 0x3FC2F112_DF3E5244

    var x = x
    var hx = highWord(x)
    var k: Int32 = 0
    if hx < 0x0010_0000 {  // x < 2^-1022
      if (hx & 0x7FFF_FFFF) == 0 && lowWord(x) == 0 { return -.infinity }
      if hx < 0 { return .nan }
      k -= 54
      x *= two54  // subnormal: scale up exactly
      hx = highWord(x)
    }
    if hx >= 0x7FF0_0000 { return x + x }
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    let i = (hx + 0x95F64) & 0x0010_0000
    x = replacingHighWord(x, with: hx | (i ^ 0x3FF0_0000))  // normalise x or x/2
    k += i >> 20
    let f = x - 1.0
    let dk = Double(k)
    if (0x000F_FFFF & (2 + hx)) < 3 {  // |f| < 2^-20
      if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
      let r = f * f * (0.5 - 0.33333333333333333 * f)
      if k == 0 { return f - r }
      return dk * ln2Hi - ((r - dk * ln2Lo) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    let w = z * z
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    let r = t2 + t1
    if ((hx - 0x6147A) | (0x6B851 - hx)) > 0 {
      let hfsq = 0.5 * f * f
      if k == 0 { return f - (hfsq - s * (hfsq + r)) }
      return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }
    if k == 0 { return f - s * (f - r) }
    return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
  }
}
