import Foundation

/// How a metric's unit is shown: shares as percentages, differences of
/// shares in percentage points, days with one decimal.
///
/// All formatting is locale-independent, so a report reads the same on
/// every machine, and negative numbers use the minus sign (−), which screen
/// readers read as "minus".
struct DisplayUnit: Sendable {
  /// The unit as the result files name it ("share", "days", …).
  let name: String

  /// The words and separators of the report's language.
  let strings: Strings

  init(_ name: String, _ strings: Strings) {
    self.name = name
    self.strings = strings
  }

  var isShare: Bool { name == "share" }
  /// Multiplier from file values to shown values.
  var factor: Double { isShare ? 100 : 1 }
  var decimals: Int {
    switch name {
    case "share", "days": return 1
    case "releases/year": return 0
    default: return 2
    }
  }
  /// What follows a value: "%" or " days".
  var suffix: String { strings.unitSuffix(name) }
  /// The axis title of a chart of values.
  var axisTitle: String {
    isShare ? strings.shareAxisTitle : ReportLabels.capitalised(strings.unitName(name))
  }
  /// The unit of a difference: "percentage points" for shares.
  var differenceUnit: String { isShare ? strings.percentagePoints : strings.unitName(name) }

  /// A value with its unit: "31.0%", "12.3 days".
  func value(_ x: Double) -> String {
    guard x.isFinite else { return strings.notAvailable }
    return number(x) + suffix
  }

  /// A value without its unit, as on an axis or in a table cell.
  func number(_ x: Double) -> String { Self.fixed(x * factor, decimals, strings) }

  /// An interval: "27.8–34.3%", or "−0.3 to 2.6 days" when a negative end would make a dash unclear.
  func interval(_ e: Estimate) -> String {
    guard e.hasInterval else { return strings.noIntervalN(e.n) }
    let e = bounded(e)
    return Self.range(number(e.low), number(e.high), negative: e.low < 0, strings) + suffix
  }

  /// The estimate as shown: a share's interval cut to 0…1 (`DisplayNumber.shareInterval`).
  func bounded(_ e: Estimate) -> Estimate {
    guard isShare else { return e }
    let (low, high) = DisplayNumber.shareInterval(e.low, e.high)
    return Estimate(mean: e.mean, low: low, high: high, n: e.n)
  }

  /// A difference as shown: a difference of shares cut to −1…1.
  func boundedDifference(_ e: Estimate) -> Estimate {
    guard isShare else { return e }
    let (low, high) = DisplayNumber.shareInterval(e.low, e.high, difference: true)
    return Estimate(mean: e.mean, low: low, high: high, n: e.n)
  }

  /// "95% interval 27.8–34.3%" for a sentence, or "no interval with 1 replication".
  func intervalPhrase(_ e: Estimate) -> String {
    e.hasInterval ? strings.interval95 + " " + interval(e) : Self.noInterval(e, strings)
  }

  /// "95% interval 1.2 to 1.8" for a sentence about a difference, or "no interval with 1 replication".
  func differenceIntervalPhrase(_ e: Estimate) -> String {
    e.hasInterval ? strings.interval95 + " " + differenceInterval(e) : Self.noInterval(e, strings)
  }

  static func noInterval(_ e: Estimate, _ strings: Strings) -> String {
    strings.noIntervalWith(e.n)
  }

  /// A signed difference with its unit: "+1.4 percentage points", "−2.0 days".
  func difference(_ x: Double) -> String {
    guard x.isFinite else { return strings.notAvailable }
    return Self.signed(x * factor, decimals, strings) + " " + differenceUnit
  }

  /// The interval of a difference, without unit: "1.2 to 1.8".
  func differenceInterval(_ e: Estimate) -> String {
    guard e.hasInterval else { return strings.noIntervalN(e.n) }
    let e = boundedDifference(e)
    return "\(number(e.low)) \(strings.rangeTo) \(number(e.high))"
  }

  static func range(_ low: String, _ high: String, negative: Bool, _ strings: Strings) -> String {
    negative ? "\(low) \(strings.rangeTo) \(high)" : "\(low)–\(high)"
  }

  /// Fixed decimals, rounded by `DisplayNumber`'s rule, with a true minus sign and thousands separated for whole numbers, with the
  /// separators of the report's language ("27,481.5" in English, "27.481,5" in Dutch).
  static func fixed(_ x: Double, _ decimals: Int, _ strings: Strings) -> String {
    guard x.isFinite else { return strings.notAvailable }
    let text = pointFixed(x, decimals)
    guard strings.decimalSeparator != "." || strings.thousandsSeparator != "," else { return text }
    return String(
      text.map { $0 == "." ? strings.decimalSeparator : $0 == "," ? strings.thousandsSeparator : $0 })
  }

  /// `fixed` with a decimal point and thousands commas, before the language's separators.
  private static func pointFixed(_ x: Double, _ decimals: Int) -> String {
    var text = DisplayNumber.fixed(x, decimals)
    if text.hasPrefix("-") {
      text.removeFirst()
      if text.allSatisfy({ $0 == "0" || $0 == "." }) { return text }  // no "−0.0"
      return "−" + grouped(text, decimals)
    }
    return grouped(text, decimals)
  }

  static func signed(_ x: Double, _ decimals: Int, _ strings: Strings) -> String {
    let text = fixed(x, decimals, strings)
    return text.hasPrefix("−") || text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "," }) ? text : "+" + text
  }

  private static func grouped(_ text: String, _ decimals: Int) -> String {
    guard decimals == 0, text.count > 4 else { return text }
    var out = ""
    for (i, c) in text.enumerated() {
      if i > 0 && (text.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
