import Foundation
import ReentryModel

/// Locale-independent number formatting for every output file.
///
/// Fixed decimals, never the user's locale, and "NA" for a missing value, so
/// R and pandas read the files and digests do not depend on the machine.
package enum TextFormat {
  /// Six decimals; NaN and infinities print as "NA".
  package static func decimal(_ x: Double) -> String {
    guard x.isFinite else { return "NA" }
    let rounded = (x * 1e6).rounded() / 1e6
    return String(format: "%.6f", rounded == 0 ? 0 : rounded)
  }

  static func day(_ day: Int) -> String { day == Detainee.never ? "NA" : String(day) }
  static func optional(_ value: Int?) -> String { value.map(String.init) ?? "NA" }
  static func flag(_ value: Bool) -> String { value ? "1" : "0" }
  static func flag(_ value: Bool?) -> String { value.map { $0 ? "1" : "0" } ?? "NA" }

  /// Quotes a CSV field when it holds a comma, quote or newline.
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension TextFormat {
  /// A share as a percentage with one decimal, e.g. "54.3%".
  package static func percent(_ share: Double) -> String {
    guard share.isFinite else { return "NA" }
    return String(format: "%.1f%%", share * 100)
  }
}

extension String {
  /// Right-aligned in a column of `width` characters, for terminal tables;
  /// always at least one space before it so columns never touch.
  package func leftPadded(_ width: Int) -> String {
    count >= width ? " " + self : String(repeating: " ", count: width - count) + self
  }
}
