/// The mean and 95% confidence interval of one metric over replications:
/// what every summary row reports.
///
/// Sums run in array order, so the caller fixes the order (e.g. by
/// replication index) and the result is bit-for-bit reproducible. The
/// interval is `mean ± t(0.975, n − 1) · sd / √n` with the Student t
/// quantile from ``StudentT``.
public struct Summary: Sendable, Equatable {
  /// The number of values.
  public let n: Int
  /// The arithmetic mean; NaN when `n == 0`.
  public let mean: Double
  /// The sample standard deviation (divisor `n − 1`); NaN when `n < 2`.
  public let sd: Double
  /// The lower end of the 95% interval; NaN when `n < 2`.
  public let ciLow: Double
  /// The upper end of the 95% interval; NaN when `n < 2`.
  public let ciHigh: Double

  /// Summarises `values`, summing in array order.
  ///
  /// With no values everything but `n` is NaN. With one value the mean is
  /// that value, but `sd`, `ciLow` and `ciHigh` are NaN: one replication
  /// says nothing about variability, and reporting a zero-width interval
  /// would claim a certainty the run does not have.
  public init(_ values: [Double]) {
    n = values.count
    guard n > 0 else {
      (mean, sd, ciLow, ciHigh) = (.nan, .nan, .nan, .nan)
      return
    }
    var sum = 0.0
    for value in values { sum += value }
    let mean = sum / Double(n)
    self.mean = mean
    guard n > 1 else {
      (sd, ciLow, ciHigh) = (.nan, .nan, .nan)
      return
    }
    var squares = 0.0
    for value in values {
      let deviation = value - mean
      squares += deviation * deviation
    }
    let sd = (squares / Double(n - 1)).squareRoot()
    self.sd = sd
    let half = StudentT.quantile975(degreesOfFreedom: n - 1) * sd / Double(n).squareRoot()
    ciLow = mean - half
    ciHigh = mean + half
  }

  /// Equal when `n` matches and every field is equal or both are NaN, so a
  /// summary (even of zero or one value) equals a recomputation of itself.
  public static func == (lhs: Summary, rhs: Summary) -> Bool {
    func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
    return lhs.n == rhs.n && same(lhs.mean, rhs.mean) && same(lhs.sd, rhs.sd)
      && same(lhs.ciLow, rhs.ciLow) && same(lhs.ciHigh, rhs.ciHigh)
  }
}
