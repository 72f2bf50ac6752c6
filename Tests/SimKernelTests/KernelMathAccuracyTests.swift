import SimKernel
import Testing

/// Measures the kernel's elementary functions against correctly rounded
/// references (`KernelMathReferences`, made with mpmath to 200 bits and kept
/// as the rounded double plus the remainder in ulps), so the error is known
/// in ulps of the exact value, not just relative to another library.
struct KernelMathAccuracyTests {
  /// The error of `result` in ulps of the exact value `hi + lo·ulp(hi)`.
  static func ulpError(_ result: Double, hi: Double, lo: Double) -> Double {
    let error = ((result - hi) / hi.ulp - lo).magnitude
    // Just below a power of two the exact value's ulp is half of hi's.
    let belowBinade = hi.significandBitPattern == 0 && hi.isNormal && lo != 0 && (lo < 0) == (hi > 0)
    return belowBinade ? 2 * error : error
  }

  /// The largest error of `f` over a reference table, in ulps.
  static func maximumError(
    _ table: [(UInt64, UInt64, UInt64)], _ f: (Double) -> Double
  ) -> (error: Double, input: Double) {
    var worst = (error: 0.0, input: 0.0)
    for (x, hi, lo) in table {
      let input = Double(bitPattern: x)
      let error = ulpError(f(input), hi: Double(bitPattern: hi), lo: Double(bitPattern: lo))
      if !(error <= worst.error) { worst = (error, input) }
    }
    return worst
  }

  @Test func logIsWithinOneUlp() {
    let worst = Self.maximumError(KernelMathReferences.log, KernelMath.log)
    print("KernelMath.log: max error \(worst.error) ulp at \(worst.input)")
    #expect(worst.error < 1, "log(\(worst.input))")
  }

  @Test func expIsWithinOneUlp() {
    let worst = Self.maximumError(KernelMathReferences.exp, KernelMath.exp)
    print("KernelMath.exp: max error \(worst.error) ulp at \(worst.input)")
    #expect(worst.error < 1, "exp(\(worst.input))")
  }

  @Test func log1pIsWithinOneUlp() {
    let worst = Self.maximumError(KernelMathReferences.log1p, KernelMath.log1p)
    print("KernelMath.log1p: max error \(worst.error) ulp at \(worst.input)")
    #expect(worst.error < 1, "log1p(\(worst.input))")
  }

  @Test func cosIsWithinOneUlp() {
    let worst = Self.maximumError(KernelMathReferences.cos, KernelMath.cos)
    print("KernelMath.cos: max error \(worst.error) ulp at \(worst.input)")
    #expect(worst.error < 1, "cos(\(worst.input))")
  }

  @Test func sinIsWithinOneUlp() {
    let worst = Self.maximumError(KernelMathReferences.sin, KernelMath.sin)
    print("KernelMath.sin: max error \(worst.error) ulp at \(worst.input)")
    #expect(worst.error < 1, "sin(\(worst.input))")
  }

  @Test func powIsWithinOneUlp() {
    var worst = (error: 0.0, x: 0.0, y: 0.0)
    for (x, y, hi, lo) in KernelMathReferences.pow {
      let (x, y) = (Double(bitPattern: x), Double(bitPattern: y))
      let result = KernelMath.pow(x, y)
      let error = Self.ulpError(result, hi: Double(bitPattern: hi), lo: Double(bitPattern: lo))
      if !(error <= worst.error) { worst = (error, x, y) }
    }
    print("KernelMath.pow: max error \(worst.error) ulp at (\(worst.x), \(worst.y))")
    #expect(worst.error < 1, "pow(\(worst.x), \(worst.y))")
  }

  @Test func referenceTablesAreNotEmpty() {
    #expect(KernelMathReferences.log.count > 300)
    #expect(KernelMathReferences.exp.count > 300)
    #expect(KernelMathReferences.log1p.count > 300)
    #expect(KernelMathReferences.cos.count > 300)
    #expect(KernelMathReferences.pow.count > 300)
  }
}
