import Foundation

/// The text of `--set PATH=VALUE`, checked for what only the command line's raw text shows.
enum SetOverride {
  /// The `--set` values, refusing a number too large for a double.
  ///
  /// The loader reads a value that is not valid JSON as a string, and JSON
  /// has no infinity, so `--set x=1e400` would be reported as "is a string";
  /// naming the real problem needs the command line's raw text, which is here.
  static func checked(_ values: [String]) throws(CommandFailure) -> [String] {
    for text in values {
      guard let equals = text.firstIndex(of: "=") else { continue }
      let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      let isNumberSyntax =
        value.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
      if isNumberSyntax, let number = Double(value), !number.isFinite {
        throw CommandFailure(
          "option --set: \"\(text)\": the number \(value) is out of range (not a finite number); "
            + "allowed: a number of magnitude below 1.8e308",
          code: .dataError)
      }
    }
    return values
  }
}
