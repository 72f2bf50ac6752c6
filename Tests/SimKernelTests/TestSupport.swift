import SimKernel

/// Shared fixtures and moment helpers for the kernel tests.
enum Fixture {
  static let testKind = StreamLabel("test")
  static let goldenPurpose = StreamLabel("golden")

  /// The fixed stream every golden-value test draws from.
  static func goldenStream() -> RandomStream {
    RandomStream(seed: 1, replication: 0, kind: testKind, entity: 7, purpose: goldenPurpose)
  }

  /// A stream for moment checks, separate from the golden one.
  static func stream(_ purpose: String, entity: UInt64 = 0) -> RandomStream {
    RandomStream(
      seed: 2024, replication: 1, kind: StreamLabel("moments"), entity: entity,
      purpose: StreamLabel(purpose))
  }

  /// Draws `count` values with `draw`.
  static func samples(
    _ count: Int, _ stream: inout RandomStream, _ draw: (inout RandomStream) -> Double
  ) -> [Double] {
    (0..<count).map { _ in draw(&stream) }
  }
}

/// Sample mean and variance with their standard errors, used to set
/// tolerances of about five standard errors.
struct SampleMoments {
  let count: Double
  let mean: Double
  let variance: Double
  let fourthCentral: Double

  init(_ values: [Double]) {
    count = Double(values.count)
    let mean = values.reduce(0, +) / count
    var second = 0.0
    var fourth = 0.0
    for value in values {
      let d = value - mean
      second += d * d
      fourth += d * d * d * d
    }
    self.mean = mean
    variance = second / (count - 1)
    fourthCentral = fourth / count
  }

  /// The standard error of the sample mean.
  var meanError: Double { (variance / count).squareRoot() }

  /// The (large-sample) standard error of the sample variance.
  var varianceError: Double { ((fourthCentral - variance * variance) / count).squareRoot() }
}

/// Pearson's chi-square statistic of observed counts against expected counts.
func chiSquare(observed: [Int], expected: [Double]) -> Double {
  zip(observed, expected).reduce(0) { total, pair in
    let difference = Double(pair.0) - pair.1
    return total + difference * difference / pair.1
  }
}

/// A generous chi-square bound: df plus six standard deviations (2·df).
func chiSquareBound(degreesOfFreedom df: Int) -> Double {
  Double(df) + 6 * (2 * Double(df)).squareRoot()
}

/// Whether `a` and `b` agree to `relative` relative tolerance.
func nearlyEqual(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
  abs(a - b) <= relative * max(abs(a), abs(b))
}
