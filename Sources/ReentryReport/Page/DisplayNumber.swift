import Foundation

/// How every number reaches a reader, in the terminal tables and in the
/// report alike: one rounding rule and one rule for a share's interval.
///
/// Rounding: a number is taken as the result files write it (six decimals,
/// `TextFormat.decimal`), scaled exactly (×100 for a percentage) and rounded
/// half away from zero. So 168.45 shows as 168.5 and −168.45 as −168.5
/// everywhere: rounding the binary double instead (168.449999…) would give
/// 168.4 where the file says 168.450000, and the terminal and the page would
/// disagree.
package enum DisplayNumber {
  /// `x × factor` with `decimals` decimals, ASCII ("-168.5", "0.0"), never "-0.0"; "NA" when not finite.
  package static func fixed(_ x: Double, _ decimals: Int, factor: Int = 1) -> String {
    guard x.isFinite else { return "NA" }
    let micro = (x * 1e6).rounded()  // the six decimals of the result files
    guard abs(micro) * Double(factor) < 9e17, (0...6).contains(decimals) else {
      return String(format: "%.\(decimals)f", x * Double(factor))
    }
    let scaled = Int64(micro) * Int64(factor)
    let unit = (0..<(6 - decimals)).reduce(Int64(1)) { power, _ in power * 10 }
    let magnitude = (scaled.magnitude + UInt64(unit / 2)) / UInt64(unit)
    var digits = String(magnitude)
    if decimals > 0 {
      if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return scaled < 0 && magnitude > 0 ? "-" + digits : digits
  }

  /// `fixed` with a sign: "+168.5", "-0.3", and "0.0" for zero.
  package static func signed(_ x: Double, _ decimals: Int, factor: Int = 1) -> String {
    let text = fixed(x, decimals, factor: factor)
    return text.hasPrefix("-") || text == "NA" || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
  }

  /// A share's 95% interval cut to the shares that exist, 0…1 (−1…1 for a
  /// difference of shares). With few replications the t interval of a share
  /// near 0 or 1 reaches past them; the cut interval holds every possible
  /// share the uncut one held, so it keeps its coverage and reads sensibly.
  package static func shareInterval(_ low: Double, _ high: Double, difference: Bool = false) -> (Double, Double) {
    let floor = difference ? -1.0 : 0.0
    return (low.isFinite ? min(max(low, floor), 1) : low, high.isFinite ? max(min(high, 1), floor) : high)
  }
}
