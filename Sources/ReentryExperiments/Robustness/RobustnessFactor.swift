import ScenarioFormat

/// An assumption that a robustness analysis draws: its catalog path and plausible range.
///
/// Every parameter with a plausible range is drawn, whether its mechanism is
/// ours or the sources' ("value assumption"): an advisor's question is
/// whether the advice holds in every world the sources leave open.
package struct RobustnessFactor: Sendable, Equatable {
  let path: String
  let low: Double
  let high: Double
  let isInteger: Bool

  /// The drawn parameters of `schema`, in catalog order: every assumption with a range.
  static func all(in schema: ParameterSchema) -> [RobustnessFactor] {
    schema.specs.compactMap { spec in
      guard spec.role.isAssumption, let range = spec.plausibility?.bounds, range.lowerBound < range.upperBound
      else { return nil }
      var integer = false
      if case .integer = spec.kind { integer = true }
      return RobustnessFactor(path: spec.path, low: range.lowerBound, high: range.upperBound, isInteger: integer)
    }
  }

  /// The value at position `u` in [0, 1) of the range.
  ///
  /// Integers: `low + ⌊u · (high − low + 1)⌋`, so every whole value of the
  /// range is equally likely (rounding would give the two ends half weight).
  /// Numbers: rounded to 4 significant digits, so `robustness.csv` and
  /// `design.json` hold the very values that ran, short enough to read.
  func value(at u: Double) -> Double {
    if isInteger { return min(high, low + (u * (high - low + 1)).rounded(.down)) }
    return Self.significant((1 - u) * low + u * high, digits: 4)
  }

  /// `x` rounded to `digits` significant digits, with exact powers of ten
  /// (products of 10s) rather than the C library's `pow`.
  static func significant(_ x: Double, digits: Int) -> Double {
    guard x != 0, x.isFinite else { return x }
    var exponent = 0  // 10^exponent ≤ |x| < 10^(exponent + 1)
    var magnitude = abs(x)
    while magnitude >= 10 {
      magnitude /= 10
      exponent += 1
    }
    while magnitude < 1 {
      magnitude *= 10
      exponent -= 1
    }
    let shift = digits - 1 - exponent
    var power = 1.0
    for _ in 0..<abs(shift) { power *= 10 }
    return shift >= 0 ? (x * power).rounded() / power : (x / power).rounded() * power
  }
}
