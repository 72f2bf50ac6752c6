import Foundation

/// The values of a `{"from", "to", "step"}` entry of a sweep file.
///
/// The i-th value is `from + i·step`, computed from i rather than by
/// repeated addition and rounded to 12 significant digits, so 0.1 steps give
/// 0.3 rather than 0.30000000000000004 and the point list is the same on
/// every machine. `to` is included when it falls on the grid.
enum SweepRange {
  /// The largest number of values one range (and one sweep) may have.
  static let maximumPoints = 10_000

  /// The number of values, or nil when it would exceed `maximumPoints` (or is not finite).
  static func count(from: Double, to: Double, step: Double) -> Int? {
    let steps = ((to - from) / step * (1 + 1e-12)).rounded(.down)
    guard steps.isFinite, steps >= 0, steps < Double(maximumPoints) else { return nil }
    return Int(steps) + 1
  }

  static func values(from: Double, to: Double, step: Double, count: Int) -> [Double] {
    (0..<count).map { i in
      let x = from + Double(i) * step
      return Double(String(format: "%.12g", x)) ?? x
    }
  }
}
