/// Mean and variance accumulated one value at a time, for quantities too
/// numerous to keep (e.g. per-day values inside a replication).
///
/// Welford's update, which avoids the cancellation of the naive
/// sum-of-squares formula. The result depends on the order of `add` calls,
/// so feed values in a deterministic order.
public struct RunningMoments: Sendable {
  /// The number of values added.
  public private(set) var count: Int = 0
  /// The running mean; NaN before the first value.
  public private(set) var mean: Double = .nan
  /// The sum of squared deviations from the running mean.
  private var squares: Double = 0

  /// Starts with no values.
  public init() {}

  /// Adds one value.
  public mutating func add(_ value: Double) {
    count += 1
    if count == 1 {
      mean = value
      squares = 0
      return
    }
    let delta = value - mean
    mean += delta / Double(count)
    squares += delta * (value - mean)
  }

  /// The sample variance (divisor `count − 1`); NaN with fewer than two values.
  public var variance: Double {
    count < 2 ? .nan : squares / Double(count - 1)
  }

  /// The sample standard deviation; NaN with fewer than two values.
  public var standardDeviation: Double {
    variance.squareRoot()
  }
}
