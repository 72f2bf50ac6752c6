extension KernelMath {
  /// Reduces `x` to `y0 + y1 = x − n·π/2` with `|y0 + y1| ≲ π/4`, the
  /// medium-size path of fdlibm's `e_rem_pio2.c` (Cody–Waite with π/2 in
  /// three 33-bit pieces, so `n·piece` is exact).
  ///
  /// Domain: `|x| < 2^19·π/2`; the model only needs `[0, 2π)`, and the
  /// Payne–Hanek path for larger arguments is deliberately left out. Each
  /// further piece is taken only when cancellation has eaten the previous
  /// one's accuracy, which keeps `y0 + y1` good to at least 85 bits even for
  /// the doubles nearest to multiples of π/2.
  @inlinable
  static func reducePiOver2(_ x: Double) -> (n: Int32, y0: Double, y1: Double) {
    let invPiOver2 = 6.36619772367581382433e-01  // 0x3FE45F30_6DC9C883
    let pio2a = 1.57079632673412561417e+00  // 0x3FF921FB_54400000, first 33 bits of π/2
    let pio2aTail = 6.07710050650619224932e-11  // 0x3DD0B461_1A626331, π/2 − pio2a
    let pio2b = 6.07710050630396597660e-11  // 0x3DD0B461_1A600000, next 33 bits
    let pio2bTail = 2.02226624879595063154e-21  // 0x3BA3198A_2E037073, π/2 − pio2a − pio2b
    let pio2c = 2.02226624871116645580e-21  // 0x3BA3198A_2E000000, next 33 bits
    let pio2cTail = 8.47842766036889956997e-32  // 0x397B839A_252049C1, π/2 − pio2a − pio2b − pio2c

    let hx = highWord(x)
    let ix = hx & 0x7FFF_FFFF
    precondition(ix < 0x4139_21FB, "KernelMath: trigonometric argument beyond 2^19·π/2")
    let t = x.magnitude
    let n = Int32(t * invPiOver2 + 0.5)
    let fn = Double(n)
    var r = t - fn * pio2a  // exact
    var w = fn * pio2aTail
    var y0 = r - w
    let exponent = ix >> 20
    if exponent - ((highWord(y0) >> 20) & 0x7FF) > 16 {  // cancellation: take the next piece
      var head = r
      w = fn * pio2b
      r = head - w
      w = fn * pio2bTail - ((head - r) - w)
      y0 = r - w
      if exponent - ((highWord(y0) >> 20) & 0x7FF) > 49 {  // and the third
        head = r
        w = fn * pio2c
        r = head - w
        w = fn * pio2cTail - ((head - r) - w)
        y0 = r - w
      }
    }
    let y1 = (r - y0) - w
    return hx < 0 ? (-n, -y0, -y1) : (n, y0, y1)
  }
}
