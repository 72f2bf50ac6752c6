import Foundation
import SimKernel
import Testing

/// A sanity check against the platform's libm over many random inputs: the
/// platform is only a cross-check (its last bit is what the kernel avoids),
/// so two faithful results may differ by up to 2 ulp between them.
struct KernelMathPlatformCrossCheckTests {
  static let count = 100_000

  /// Counts inputs where `kernel` and `platform` differ by more than 2 ulp.
  static func disagreements(
    _ inputs: (inout RandomStream) -> Double, _ kernel: (Double) -> Double, _ platform: (Double) -> Double
  ) -> [Double] {
    var stream = Fixture.stream("kernel-math")
    var bad: [Double] = []
    for _ in 0..<count {
      let x = inputs(&stream)
      let (a, b) = (kernel(x), platform(x))
      if !((a - b).magnitude <= 2 * Swift.max(a.ulp, b.ulp)) { bad.append(x) }
    }
    return bad
  }

  /// A double with a log-uniform magnitude between 2^low and 2^high.
  static func logUniform(_ stream: inout RandomStream, _ low: Double, _ high: Double) -> Double {
    Foundation.exp2(stream.uniform(low, high))
  }

  @Test func logAgreesWithPlatform() {
    let bad = Self.disagreements({ Self.logUniform(&$0, -1074, 1023.9) }, KernelMath.log, Foundation.log)
    #expect(bad.isEmpty, "first: \(bad.prefix(3))")
  }

  @Test func expAgreesWithPlatform() {
    let bad = Self.disagreements({ $0.uniform(-708, 709.7) }, KernelMath.exp, Foundation.exp)
    #expect(bad.isEmpty, "first: \(bad.prefix(3))")
  }

  @Test func log1pAgreesWithPlatform() {
    let bad = Self.disagreements(
      { $0.nextDouble() < 0.5 ? Self.logUniform(&$0, -60, 1000) : -Self.logUniform(&$0, -60, -0.0001) },
      KernelMath.log1p, Foundation.log1p)
    #expect(bad.isEmpty, "first: \(bad.prefix(3))")
  }

  @Test func cosAndSinAgreeWithPlatform() {
    let cosBad = Self.disagreements({ $0.uniform(-1e5, 1e5) }, KernelMath.cos, Foundation.cos)
    let sinBad = Self.disagreements({ $0.uniform(0, 2 * .pi) }, KernelMath.sin, Foundation.sin)
    #expect(cosBad.isEmpty, "first: \(cosBad.prefix(3))")
    #expect(sinBad.isEmpty, "first: \(sinBad.prefix(3))")
  }

  @Test func powAgreesWithPlatform() {
    var stream = Fixture.stream("kernel-math-pow")
    var bad: [(Double, Double)] = []
    for _ in 0..<Self.count {
      let x = Self.logUniform(&stream, -40, 40)
      let y = stream.uniform(-20, 20)
      let (a, b) = (KernelMath.pow(x, y), Foundation.pow(x, y))
      if !((a - b).magnitude <= 2 * Swift.max(a.ulp, b.ulp)) { bad.append((x, y)) }
    }
    #expect(bad.isEmpty, "first: \(bad.prefix(3))")
  }
}
