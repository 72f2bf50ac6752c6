import ScenarioFormat

/// Finds the defaults the ODD restates next to a parameter's name, so a test
/// can hold them to the catalog: the ODD promises every parameter "with its
/// default and its source as the parameter catalog states it".
///
/// Recognised forms, in the clause after "`path`" (up to the next backtick
/// or full stop): the value right after the name (`` `x` 0.4, ``,
/// `` `x` "fixedStaff" ``, `` `x` = 27,500 ``, `` (`x`, false; ``), else the
/// first parenthesis that opens with a value (`` `x` regional PIs (24; ``,
/// `(default 27,500 a year;`, `(1 hour;`, `(400 by default)`), else
/// "with a mean of 365". Numbers may use thousands separators; a number
/// list is written "1, 14, 30".
enum ODDRestatedDefaults {
  static let number = #"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"#
  static let value = #"(?:\#(number))(?:,\s+(?:\#(number)))*|true|false|"[^"]*""#
  static var forms: [Regex<AnyRegexOutput>] {
    [
      #"^\s*(?:\(|,\s*|=\s*)?(?:default\s+)?(\#(value))(?=[;),]|\s+[a-z(]|\s*$)"#,
      #"\((?:default\s+)?(\#(value))(?=[;)]|\s+[a-z][a-z ]*[;)])"#,
      #"with a mean(?: [a-z]+)? of (\#(value))"#,
    ].map { try! Regex($0) }
  }

  static var sentenceEnd: Regex<AnyRegexOutput> { try! Regex(#"\.(?:\s|$)"#) }

  /// The text of each restated default of `path`, e.g. "27,500" or "\"staffedToNorm\"".
  static func values(of path: String, in text: String) -> [String] {
    text.ranges(of: "`\(path)`").compactMap { range in
      let untilName = text[range.upperBound...].prefix { $0 != "`" }
      let clause = untilName[..<(untilName.firstMatch(of: sentenceEnd)?.range.lowerBound ?? untilName.endIndex)]
      for form in forms {
        if let match = clause.firstMatch(of: form), let captured = match.output[1].substring {
          return String(captured)
        }
      }
      return nil
    }
  }

  /// Whether a restated value says the same as a catalog default.
  static func value(_ restated: String, equals value: JSONValue) -> Bool {
    if restated.hasPrefix("\"") { return value == .string(String(restated.dropFirst().dropLast())) }
    if restated == "true" || restated == "false" { return value == .bool(restated == "true") }
    let numbers = restated.matches(of: try! Regex(number)).map { match in
      JSONValue.number(Double(match.output[0].substring!.replacingOccurrences(of: ",", with: ""))!)
    }
    if case .array = value { return value == .array(numbers) }
    return numbers.count == 1 && value == numbers[0]
  }
}
