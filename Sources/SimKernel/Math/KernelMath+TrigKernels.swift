extension KernelMath {
  /// `cos(x + y)` for `|x| ≤ π/4` with a tail `y`, fdlibm's `k_cos.c`:
  /// a degree-14 minimax polynomial (error below 2^-58) with the leading
  /// `1 − x²/2` split so its subtraction stays exact.
  @inlinable
  static func cosKernel(_ x: Double, _ y: Double) -> Double {
    let c1 = 4.16666666666666019037e-02  // 0x3FA55555_5555554C
    let c2 = -1.38888888888741095749e-03  // 0xBF56C16C_16C15177
    let c3 = 2.48015872894767294178e-05  // 0x3EFA01A0_19CB1590
    let c4 = -2.75573143513906633035e-07  // 0xBE927E4F_809C52AD
    let c5 = 2.08757232129817482790e-09  // 0x3E21EE9E_BDB4B1C4
    let c6 = -1.13596475577881948265e-11  // 0xBDA8FAE9_BE8838D4

    let ix = highWord(x) & 0x7FFF_FFFF
    if ix < 0x3E40_0000 { return 1 }  // |x| < 2^-27
    let z = x * x
    let r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))))
    if ix < 0x3FD3_3333 { return 1 - (0.5 * z - (z * r - x * y)) }  // |x| < 0.3
    let qx = ix > 0x3FE9_0000 ? 0.28125 : fromHighWord(ix - 0x0020_0000)  // about |x|/4, exact
    let hz = 0.5 * z - qx
    let a = 1 - qx
    return a - (hz - (z * r - x * y))
  }

  /// `sin(x + y)` for `|x| ≤ π/4` with a tail `y`, fdlibm's `k_sin.c`:
  /// a degree-13 minimax polynomial (error below 2^-58). `hasTail` is
  /// fdlibm's `iy`: whether `y` came from a reduction (even when it is 0),
  /// which selects the evaluation order and so the last bit.
  @inlinable
  static func sinKernel(_ x: Double, _ y: Double, hasTail: Bool) -> Double {
    let s1 = -1.66666666666666324348e-01  // 0xBFC55555_55555549
    let s2 = 8.33333333332248946124e-03  // 0x3F811111_1110F8A6
    let s3 = -1.98412698298579493134e-04  // 0xBF2A01A0_19C161D5
    let s4 = 2.75573137070700676789e-06  // 0x3EC71DE3_57B1FE7D
    let s5 = -2.50507602534068634195e-08  // 0xBE5AE5E6_8A2B9CEB
    let s6 = 1.58969099521155010221e-10  // 0x3DE5D93A_5ACFD57C

    let ix = highWord(x) & 0x7FFF_FFFF
    if ix < 0x3E40_0000 { return x }  // |x| < 2^-27
    let z = x * x
    let v = z * x
    let r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)))
    if !hasTail { return x + v * (s1 + z * r) }
    return x - ((z * (0.5 * y - v * r) - y) - v * s1)
  }
}
