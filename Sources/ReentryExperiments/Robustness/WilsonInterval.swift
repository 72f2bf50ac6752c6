/// The Wilson score interval of a proportion: k of n worlds, with 95% coverage.
///
/// Unlike k/n ± 1.96·SE it never leaves 0…1 and is not empty at k = 0 or
/// k = n: "higher in 36 of 36 worlds" has a lower bound of 90%, not 100%
/// (Wilson 1927; Brown, Cai & DasGupta 2001). A shared tie counts as a
/// fraction of a success, so k need not be whole.
package struct WilsonInterval: Sendable, Equatable {
  package let low: Double
  package let high: Double

  /// The normal quantile of 97.5%, for a two-sided 95% interval.
  static let z95 = 1.959_963_984_540_054

  package init(successes k: Double, trials n: Double, z: Double = z95) {
    guard n > 0 else {
      (low, high) = (0, 1)
      return
    }
    let p = min(1, max(0, k / n))
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    low = max(0, centre - half)
    high = min(1, centre + half)
  }

  /// Whether the interval holds `p`.
  package func contains(_ p: Double) -> Bool { low <= p && p <= high }
}
