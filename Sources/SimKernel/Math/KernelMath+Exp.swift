extension KernelMath {
  /// The exponential, ported from fdlibm's `e_exp.c`.
  ///
  /// Domain: every double. Above 709.782712893384 the result is `+infinity`,
  /// below -745.1332191019411 it is 0, results in between that are below
  /// 2^-1022 are subnormal; `exp(-infinity)` is 0 and NaN propagates, as in C.
  ///
  /// Error: below 1 ulp (fdlibm's analysis; the golden tests measure the
  /// maximum). Method: `x = k·ln2 + r` with `|r| ≤ ln2/2` (ln2 split in two
  /// so `k·ln2Hi` is exact), then a degree-5 minimax rational form of
  /// `exp(r)`, scaled by `2^k` through the exponent bits.
  @inlinable
  public static func exp(_ x: Double) -> Double {
    let overflowThreshold = 7.09782712893383973096e+02  // 0x40862E42_FEFA39EF
    let underflowThreshold = -7.45133219101941108420e+02  // 0xC0874910_D52D3051
    let ln2Hi = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    let ln2Lo = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76
    let invLn2 = 1.44269504088896338700e+00  // 0x3FF71547_652B82FE
    let twoM1000 = 9.33263618503218878990e-302  // 2^-1000
    let p1 = 1.66666666666666019037e-01  // 0x3FC55555_5555553E
    let p2 = -2.77777777770155933842e-03  // 0xBF66C16C_16BEBD93
    let p3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
    let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41_C5D26BF1
    let p5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0

    let high = highWord(x)
    let negative = high < 0
    let hx = high & 0x7FFF_FFFF
    if hx >= 0x4086_2E42 {  // |x| >= 709.78...
      if hx >= 0x7FF0_0000 {
        if (hx & 0xF_FFFF) != 0 || lowWord(x) != 0 { return x + x }  // NaN
        return negative ? 0 : x  // exp(±inf) = inf, 0
      }
      if x > overflowThreshold { return .infinity }
      if x < underflowThreshold { return 0 }
    }

    var hi = 0.0
    var lo = 0.0
    var k: Int32 = 0
    var r = x
    if hx > 0x3FD6_2E42 {  // |x| > ln2/2
      if hx < 0x3FF0_A2B2 {  // and |x| < 1.5·ln2
        hi = negative ? x + ln2Hi : x - ln2Hi
        lo = negative ? -ln2Lo : ln2Lo
        k = negative ? -1 : 1
      } else {
        k = Int32(invLn2 * x + (negative ? -0.5 : 0.5))  // truncates, as C does
        let t = Double(k)
        hi = x - t * ln2Hi  // exact
        lo = t * ln2Lo
      }
      r = hi - lo
    } else if hx < 0x3E30_0000 {  // |x| < 2^-28
      return 1 + x
    }

    let t = r * r
    let c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    if k == 0 { return 1 - ((r * c) / (c - 2.0) - r) }
    let y = 1 - ((lo - (r * c) / (2.0 - c)) - hi)
    if k >= -1021 { return replacingHighWord(y, with: highWord(y) + (k << 20)) }
    return replacingHighWord(y, with: highWord(y) + ((k + 1000) << 20)) * twoM1000
  }
}
