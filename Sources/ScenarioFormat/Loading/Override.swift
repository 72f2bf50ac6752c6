import Foundation

/// Command-line `path=value` overrides, checked like a one-key scenario file
/// so that they obey exactly the same rules and messages.
enum Override {
  /// The `file` shown in issues about overrides.
  static let file = "command line"
  static let syntax = "path=value, e.g. group.parameter=3"

  /// Splits "a.b=value"; the value is a JSON literal if it parses as one,
  /// else the raw text as a string (so `staffing=fixedStaff` works unquoted).
  static func parse(_ text: String) throws(ScenarioIssue) -> (path: String, value: JSONValue) {
    let quoted = JSONValue.string(text).compactText
    guard let equals = text.firstIndex(of: "=") else {
      throw badSyntax(text, "\(quoted) is not of the form path=value")
    }
    let path = text[..<equals].trimmingCharacters(in: .whitespaces)
    let valueText = String(text[text.index(after: equals)...])
    if path.isEmpty { throw badSyntax(text, "\(quoted) has no parameter path before '='") }
    if valueText.trimmingCharacters(in: .whitespaces).isEmpty {
      throw badSyntax(text, "\(quoted) has no value after '='")
    }
    let value = (try? JSONParser.parse(valueText)) ?? .string(valueText)
    return (path, value)
  }

  /// Everything wrong with setting `path` to `value`: an unknown or malformed
  /// path is `badOverride` (with a suggestion); a bad value is reported as
  /// in a file, with file "command line".
  static func issues(path: String, value: JSONValue, schema: ParameterSchema) -> [ScenarioIssue] {
    func bad(_ message: String, _ allowed: String) -> [ScenarioIssue] {
      [
        ScenarioIssue(
          file: file, path: path, value: value.compactText, allowed: allowed, category: .badOverride, message: message)
      ]
    }
    let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.contains("") { return bad("malformed parameter path", "a dotted path such as group.parameter") }
    if parts[0] == "extends" { return bad("extends cannot be overridden", "parameters, name or description") }
    var group = ""
    for (index, part) in parts.enumerated() {
      let keys = schema.allowedKeys(inGroup: group).filter { $0 != "extends" }
      guard keys.contains(part) else {
        var message = "unknown parameter"
        if let near = NearestMatch.suggestion(for: part, among: keys) {
          message += "; did you mean \"\(group.isEmpty ? near : group + "." + near)\"?"
        }
        let allowed = (group.isEmpty ? "top-level keys: " : "keys of \(group): ") + KeyList.format(keys)
        return bad(message, allowed)
      }
      let prefix = group.isEmpty ? part : group + "." + part
      if index < parts.count - 1 && !schema.isGroup(prefix) {
        return bad("\"\(prefix)\" is a parameter, not a group", "a path ending at a parameter")
      }
      group = prefix
    }
    return schema.documentIssues(document(path: path, value: value), file: file)
  }

  /// Nests the value under the path's groups: "a.b" and 3 give {"a": {"b": 3}}.
  static func document(path: String, value: JSONValue) -> JSONValue {
    path.split(separator: ".").reversed().reduce(value) { inner, key in .object([(String(key), inner)]) }
  }

  private static func badSyntax(_ text: String, _ message: String) -> ScenarioIssue {
    ScenarioIssue(
      file: file, path: "", value: JSONValue.string(text).compactText, allowed: syntax,
      category: .badOverride, message: message)
  }
}
