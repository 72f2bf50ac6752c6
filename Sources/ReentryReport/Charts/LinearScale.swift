import Foundation

/// Maps data values to SVG coordinates over a "nice" domain whose ends are
/// round tick values (1, 2, 2.5 or 5 times a power of ten).
struct LinearScale: Sendable {
  let low: Double
  let high: Double
  let from: Double
  let to: Double
  let ticks: [Double]

  /// A scale covering `values` (non-finite ones ignored), widened to round ticks.
  ///
  /// With `endingAtData` the domain is exactly the data's range and the ticks
  /// are the round values inside it: an axis of days then stops at the last
  /// sampled day instead of suggesting days that were never simulated.
  init(covering values: [Double], from: Double, to: Double, tickCount: Int = 5, endingAtData: Bool = false) {
    let finite = values.filter(\.isFinite)
    var lo = finite.min() ?? 0
    var hi = finite.max() ?? 1
    if hi - lo < 1e-12 {
      let pad = Swift.max(abs(hi) * 0.1, 1e-3)
      (lo, hi) = (lo - pad, hi + pad)
    }
    let step = Self.niceStep((hi - lo) / Double(Swift.max(1, tickCount)))
    let first = (lo / step).rounded(endingAtData ? .up : .down) * step
    let last = (hi / step).rounded(endingAtData ? .down : .up) * step
    var ticks: [Double] = []
    var i = 0.0
    while first + i * step <= last + step * 1e-9 {
      let t = first + i * step
      ticks.append(abs(t) < step * 1e-9 ? 0 : t)
      i += 1
    }
    (self.low, self.high) = endingAtData ? (lo, hi) : (first, last)
    (self.from, self.to, self.ticks) = (from, to, ticks)
  }

  func callAsFunction(_ x: Double) -> Double {
    from + (x - low) / (high - low) * (to - from)
  }

  /// The decimals a tick label needs to tell the ticks apart.
  var tickDecimals: Int {
    guard ticks.count > 1 else { return 0 }
    let step = ticks[1] - ticks[0]
    return Swift.max(
      0, Int((-log10(step)).rounded(.up) + (step / pow(10, (log10(step)).rounded(.down)) == 2.5 ? 1 : 0)))
  }

  static func niceStep(_ raw: Double) -> Double {
    let power = pow(10, log10(raw).rounded(.down))
    for m in [1, 2, 2.5, 5] where raw <= m * power * (1 + 1e-9) { return m * power }
    return 10 * power
  }
}

/// SVG coordinates with one decimal, locale-independent.
enum SVGNumber {
  static func text(_ x: Double) -> String { String(format: "%.1f", x) }
}
