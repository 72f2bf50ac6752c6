extension KernelMath {
  /// `x` raised to `y`, ported from fdlibm's `e_pow.c`.
  ///
  /// Domain: every pair of doubles, with C99's special cases: `pow(x, ±0)`
  /// and `pow(1, y)` are 1 (even for NaN), a negative `x` needs an integer
  /// `y` (NaN otherwise) and takes its sign from `y`'s parity, zeros and
  /// infinities follow Annex F, overflow gives `±infinity` and underflow
  /// `±0` or a subnormal.
  ///
  /// Error: below 1 ulp ("nearly rounded" in fdlibm's words; the golden tests
  /// measure the maximum), and exact for integer powers of integers that are
  /// representable. Method: `log2(|x|)` to about 80 bits as `t1 + t2` (with
  /// `t1`'s low word zero so `y1·t1` is exact), `y·log2|x| = n + y'` with
  /// `|y'| ≤ 1/2` in the same split arithmetic, then `2^n·exp(y'·ln2)`.
  @inlinable
  public static func pow(_ x: Double, _ y: Double) -> Double {
    let two53 = 9007199254740992.0  // 2^53
    let l1 = 5.99999999999994648725e-01  // 0x3FE33333_33333303
    let l2 = 4.28571428578550184252e-01  // 0x3FDB6DB6_DB6FABFF
    let l3 = 3.33333329818377432918e-01  // 0x3FD55555_518F264D
    let l4 = 2.72728123808534006489e-01  // 0x3FD17460_A91D4101
    let l5 = 2.30660745775561754067e-01  // 0x3FCD864A_93C9DB65
    let l6 = 2.06975017800338417784e-01  // 0x3FCA7E28_4A454EEF
    let p1 = 1.66666666666666019037e-01  // 0x3FC55555_5555553E
    let p2 = -2.77777777770155933842e-03  // 0xBF66C16C_16BEBD93
    let p3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
    let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41_C5D26BF1
    let p5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0
    let lg2 = 6.93147180559945286227e-01  // 0x3FE62E42_FEFA39EF
    let lg2Hi = 6.93147182464599609375e-01  // 0x3FE62E43_00000000
    let lg2Lo = -1.90465429995776804525e-09  // 0xBE205C61_0CA86C39
    let ovt = 8.0085662595372944372e-17  // -(1024 - log2(ovfl + .5ulp))
    let cp = 9.61796693925975554329e-01  // 0x3FEEC709_DC3A03FD = 2/(3·ln2)
    let cpHi = 9.61796700954437255859e-01  // 0x3FEEC709_E0000000
    let cpLo = -7.02846165095275826516e-09  // 0xBE3E2FE0_145B01F5
    let ivln2 = 1.44269504088896338700e+00  // 0x3FF71547_652B82FE = 1/ln2
    let ivln2Hi = 1.44269502162933349609e+00  // 0x3FF71547_60000000
    let ivln2Lo = 1.92596299112661746887e-08  // 0x3E54AE0B_F85DDF44

    let hx = highWord(x)
    let lx = lowWord(x)
    let hy = highWord(y)
    let ly = lowWord(y)
    let ix = hx & 0x7FFF_FFFF
    let iy = hy & 0x7FFF_FFFF

    if iy == 0 && ly == 0 { return 1 }  // x^±0 = 1, even for NaN
    if x.isNaN || y.isNaN { return x == 1 ? 1 : .nan }  // 1^NaN = 1

    // yIsInteger: 0 not an integer, 1 an odd integer, 2 an even integer
    // (only needed for negative x).
    var yIsInteger = 0
    if hx < 0 {
      if iy >= 0x4340_0000 {
        yIsInteger = 2  // |y| >= 2^53: even
      } else if y == y.rounded(.towardZero) {
        yIsInteger = (y * 0.5) == (y * 0.5).rounded(.towardZero) ? 2 : 1
      }
    }

    if ly == 0 {
      if iy == 0x7FF0_0000 {  // y = ±inf
        if ix == 0x3FF0_0000 && lx == 0 { return 1 }  // (±1)^±inf = 1
        if ix >= 0x3FF0_0000 { return hy >= 0 ? y : 0 }  // |x| > 1
        return hy < 0 ? -y : 0  // |x| < 1
      }
      if iy == 0x3FF0_0000 { return hy < 0 ? 1 / x : x }  // y = ±1
      if hy == 0x4000_0000 { return x * x }  // y = 2
      if hy == 0x3FE0_0000 && hx >= 0 { return x.squareRoot() }  // y = 0.5, x >= +0
    }

    let ax = x.magnitude
    if lx == 0 && (ix == 0x7FF0_0000 || ix == 0 || ix == 0x3FF0_0000) {  // x = ±0, ±inf, ±1
      var z = ax
      if hy < 0 { z = 1 / z }
      if hx < 0 {
        if ix == 0x3FF0_0000 && yIsInteger == 0 {
          z = .nan  // (-1)^non-integer
        } else if yIsInteger == 1 {
          z = -z  // (x < 0)^odd = -(|x|^odd)
        }
      }
      return z
    }
    if hx < 0 && yIsInteger == 0 { return .nan }  // (x < 0)^non-integer

    let sign: Double = hx < 0 && yIsInteger == 1 ? -1 : 1

    // t1 + t2 = log2(|x|), t1 with its low word cleared.
    var t1: Double
    var t2: Double
    if iy > 0x41E0_0000 {  // |y| > 2^31
      if iy > 0x43F0_0000 {  // |y| > 2^64: must overflow or underflow
        if ix <= 0x3FEF_FFFF { return hy < 0 ? .infinity : 0 }
        if ix >= 0x3FF0_0000 { return hy > 0 ? .infinity : 0 }
      }
      if ix < 0x3FEF_FFFF { return sign * (hy < 0 ? .infinity : 0) }  // x not close to 1
      if ix > 0x3FF0_0000 { return sign * (hy > 0 ? .infinity : 0) }
      // |1 - x| <= 2^-20: log(x) by x - x²/2 + x³/3 - x⁴/4.
      let t = ax - 1  // 20 trailing zeros
      let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
      let u = ivln2Hi * t  // ivln2Hi has 21 significant bits
      let v = t * ivln2Lo - w * ivln2
      t1 = clearingLowWord(u + v)
      t2 = v - (t1 - u)
    } else {
      var n: Int32 = 0
      var ax = ax
      var ix = ix
      if ix < 0x0010_0000 {  // subnormal: scale up exactly
        ax *= two53
        n -= 53
        ix = highWord(ax)
      }
      n += (ix >> 20) - 1023
      let j = ix & 0x000F_FFFF
      ix = j | 0x3FF0_0000  // normalise
      var k: Int32 = 0
      if j <= 0x3988E {
        k = 0  // |x| < √(3/2)
      } else if j < 0xBB67A {
        k = 1  // |x| < √3
      } else {
        k = 0
        n += 1
        ix -= 0x0010_0000
      }
      ax = replacingHighWord(ax, with: ix)
      let bp = k == 0 ? 1.0 : 1.5
      let dpHi = k == 0 ? 0.0 : 5.84962487220764160156e-01  // 0x3FE2B803_40000000 = log2(1.5) head
      let dpLo = k == 0 ? 0.0 : 1.35003920212974897128e-08  // 0x3E4CFDEB_43CFD006 = its tail

      // s = sHi + sLo = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
      var u = ax - bp
      var v = 1 / (ax + bp)
      let s = u * v
      let sHi = clearingLowWord(s)
      var tHi = fromHighWord(((ix >> 1) | 0x2000_0000) + 0x0008_0000 + (k << 18))  // ax + bp, head
      var tLo = ax - (tHi - bp)
      let sLo = v * ((u - sHi * tHi) - sHi * tLo)
      // log(ax)
      var s2 = s * s
      var r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))))
      r += sLo * (sHi + s)
      s2 = sHi * sHi
      tHi = clearingLowWord(3.0 + s2 + r)
      tLo = r - ((tHi - 3.0) - s2)
      // u + v = s·(1 + ...)
      u = sHi * tHi
      v = sLo * tHi + tLo * s
      // 2/(3·ln2)·(s + ...)
      let pHi = clearingLowWord(u + v)
      let pLo = v - (pHi - u)
      let zHi = cpHi * pHi  // cpHi + cpLo = 2/(3·ln2)
      let zLo = cpLo * pHi + pLo * cp + dpLo
      // log2(ax) = (s + ...)·2/(3·ln2) = n + dpHi + zHi + zLo
      let t = Double(n)
      t1 = clearingLowWord(((zHi + zLo) + dpHi) + t)
      t2 = zLo - (((t1 - t) - dpHi) - zHi)
    }

    // (y1 + y2)·(t1 + t2) with y1 = y's head.
    let y1 = clearingLowWord(y)
    let pLo = (y - y1) * t1 + y * t2
    var pHi = y1 * t1
    var z = pLo + pHi
    var j = highWord(z)
    let i = lowWord(z)
    if j >= 0x4090_0000 {  // z >= 1024
      if j != 0x4090_0000 || i != 0 { return sign * .infinity }  // z > 1024
      if pLo + ovt > z - pHi { return sign * .infinity }
    } else if (j & 0x7FFF_FFFF) >= 0x4090_CC00 {  // z <= -1075
      if j != Int32(bitPattern: 0xC090_CC00) || i != 0 { return sign * 0 }  // z < -1075
      if pLo <= z - pHi { return sign * 0 }
    }

    // 2^(pHi + pLo)
    let iz = j & 0x7FFF_FFFF
    var k = (iz >> 20) - 1023
    var n: Int32 = 0
    if iz > 0x3FE0_0000 {  // |z| > 0.5: n = [z + 0.5]
      n = j + (0x0010_0000 >> (k + 1))
      k = ((n & 0x7FFF_FFFF) >> 20) - 1023  // the new k for n
      let t = fromHighWord(n & ~(0x000F_FFFF >> k))
      n = ((n & 0x000F_FFFF) | 0x0010_0000) >> (20 - k)
      if j < 0 { n = -n }
      pHi -= t
    }
    var t = clearingLowWord(pLo + pHi)
    let u = t * lg2Hi
    let v = (pLo - (t - pHi)) * lg2 + t * lg2Lo
    z = u + v
    let w = v - (z - u)
    t = z * z
    t1 = z - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    let r = (z * t1) / (t1 - 2) - (w + z * w)
    z = 1 - (r - z)
    j = highWord(z) + (n << 20)
    if (j >> 20) <= 0 {
      z = Double(sign: .plus, exponent: Int(n), significand: z)  // subnormal result: scalbn, rounded once
    } else {
      z = replacingHighWord(z, with: j)
    }
    return sign * z
  }
}
