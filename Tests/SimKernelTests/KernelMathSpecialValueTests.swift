import Foundation
import SimKernel
import Testing

/// Checks that the kernel's functions treat zeros, infinities, NaN, negative
/// arguments and subnormals the way the C functions do, by comparing with
/// the platform's libm where C99 Annex F fixes the answer exactly.
struct KernelMathSpecialValueTests {
  static let specials: [Double] = [
    0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1.5, -1.5, .infinity, -.infinity, .nan,
    .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
    -.greatestFiniteMagnitude, 1e-310, 1e300, -1e300,
  ]

  /// Same value, sign of zero included, or both NaN.
  static func same(_ a: Double, _ b: Double) -> Bool {
    (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
  }

  @Test func logSpecialValues() {
    #expect(KernelMath.log(0) == -.infinity)
    #expect(KernelMath.log(-0.0) == -.infinity)
    #expect(KernelMath.log(-1).isNaN)
    #expect(KernelMath.log(-.infinity).isNaN)
    #expect(KernelMath.log(.infinity) == .infinity)
    #expect(KernelMath.log(.nan).isNaN)
    #expect(KernelMath.log(1).bitPattern == 0)
    #expect(KernelMath.log(.leastNonzeroMagnitude) == -744.4400719213812)
  }

  @Test func expSpecialValues() {
    #expect(KernelMath.exp(0) == 1)
    #expect(KernelMath.exp(-0.0) == 1)
    #expect(KernelMath.exp(.infinity) == .infinity)
    #expect(KernelMath.exp(-.infinity).bitPattern == 0)
    #expect(KernelMath.exp(.nan).isNaN)
    #expect(KernelMath.exp(710) == .infinity)
    #expect(KernelMath.exp(-746) == 0)
    #expect(KernelMath.exp(-745) == .leastNonzeroMagnitude)
  }

  @Test func log1pSpecialValues() {
    #expect(KernelMath.log1p(-1) == -.infinity)
    #expect(KernelMath.log1p(-2).isNaN)
    #expect(KernelMath.log1p(-.infinity).isNaN)
    #expect(KernelMath.log1p(.infinity) == .infinity)
    #expect(KernelMath.log1p(.nan).isNaN)
    #expect(Self.same(KernelMath.log1p(-0.0), -0.0))
    #expect(KernelMath.log1p(1e-310) == 1e-310)
  }

  @Test func trigSpecialValues() {
    #expect(KernelMath.cos(0) == 1)
    #expect(KernelMath.cos(.infinity).isNaN)
    #expect(KernelMath.cos(.nan).isNaN)
    #expect(Self.same(KernelMath.sin(-0.0), -0.0))
    #expect(KernelMath.sin(-.infinity).isNaN)
    #expect(KernelMath.cos(-1.25) == KernelMath.cos(1.25))
    #expect(KernelMath.sin(-1.25) == -KernelMath.sin(1.25))
  }

  /// Every pair of special values gives what C99 Annex F prescribes, which
  /// the platform's `pow` implements exactly for these pairs.
  @Test func powSpecialValuesMatchC() {
    for x in Self.specials {
      for y in Self.specials {
        let expected = Foundation.pow(x, y)
        let actual = KernelMath.pow(x, y)
        // Finite, non-special results are only within an ulp of each other.
        if expected.isFinite && expected != 0 && actual.isFinite {
          #expect((actual - expected).magnitude <= expected.ulp, "pow(\(x), \(y))")
        } else {
          #expect(Self.same(actual, expected), "pow(\(x), \(y)) = \(actual), C gives \(expected)")
        }
      }
    }
  }

  @Test func powIsExactForIntegerPowersOfIntegers() {
    #expect(KernelMath.pow(3, 33) == 5_559_060_566_555_523)
    #expect(KernelMath.pow(-7, 5) == -16807)
    #expect(KernelMath.pow(10, 22) == 1e22)
    #expect(KernelMath.pow(2, -1074) == .leastNonzeroMagnitude)
    #expect(KernelMath.pow(2, 1024) == .infinity)
  }
}
