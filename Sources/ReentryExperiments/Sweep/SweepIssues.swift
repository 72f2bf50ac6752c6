import Foundation
import ScenarioFormat

/// Collects the problems of one sweep file, so `reentry sweep` reports them
/// all at once, each with file, field path, value and what is allowed.
struct SweepIssues {
  let file: String
  var list: [ScenarioIssue] = []

  init(file: String) { self.file = file }

  /// All problems found, with the exit code rule of scenario files (66 unreadable, else 65).
  var errors: ScenarioErrors { ScenarioErrors(issues: list, topLevelFile: file) }

  mutating func add(
    _ path: String, _ value: JSONValue?, _ message: String, allowed: String = "",
    category: ScenarioIssue.Category = .outOfRange
  ) {
    list.append(
      ScenarioIssue(
        file: file, path: path, value: value?.compactText ?? "", allowed: allowed, category: category, message: message)
    )
  }

  /// The parsed file, or nil after recording why it cannot be read or parsed.
  mutating func read() -> JSONValue? {
    // Read as scenario files are: the same reasons, and the same 16 MiB cap
    // so a huge file is refused instead of read into memory.
    let bytes: [UInt8]
    switch DiskFiles().read(file) {
    case .success(let read): bytes = read
    case .failure(let failure):
      add("", nil, "cannot read file: \(failure.reason)", category: .unreadableFile)
      return nil
    }
    do { return try JSONParser.parse(bytes) } catch {
      list.append(
        ScenarioIssue(
          file: file, path: "", value: "", allowed: "", category: .malformed,
          message: "malformed JSON: \(error.message)", line: error.line, column: error.column))
      return nil
    }
  }

  /// Reports every key not in `allowed`, suggesting the nearest known key.
  mutating func checkKeys(_ members: [(String, JSONValue)], allowed: [String], at path: String, what: String) {
    for (key, value) in members where !allowed.contains(key) {
      var message = "unknown key"
      if let near = NearestMatch.suggestion(for: key, among: allowed) { message += "; did you mean \"\(near)\"?" }
      add(
        path.isEmpty ? key : "\(path).\(key)", value, message,
        allowed: "\(what): " + SweepFile.keyList(allowed), category: .unknownKey)
    }
  }

  /// A string member; nil (after an issue if it is required or not a string) otherwise.
  mutating func string(
    _ object: JSONValue, _ key: String, at prefix: String = "", required: Bool, allowEmpty: Bool = false
  )
    -> String?
  {
    let path = prefix.isEmpty ? key : "\(prefix).\(key)"
    guard let value = object.value(forKey: key) else {
      if required { add(path, nil, "missing", allowed: "a string", category: .wrongType) }
      return nil
    }
    guard case .string(let text) = value, allowEmpty || !text.isEmpty else {
      add(
        path, value, "\(value.compactText) is not allowed", allowed: allowEmpty ? "a string" : "a non-empty string",
        category: .wrongType)
      return nil
    }
    return text
  }

  /// An optional integer member within `range`.
  mutating func integer(_ object: JSONValue, _ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = object.value(forKey: key) else { return nil }
    guard case .number(let x) = value, x == x.rounded(), x >= Double(range.lowerBound), x <= Double(range.upperBound)
    else {
      add(
        key, value, "\(value.compactText) is not allowed",
        allowed: "an integer in \(range.lowerBound)…\(range.upperBound)")
      return nil
    }
    return Int(x)
  }

  /// A required number member of a vary entry.
  mutating func number(_ object: JSONValue, _ key: String, at prefix: String) -> Double? {
    guard let value = object.value(forKey: key) else {
      add("\(prefix).\(key)", nil, "missing", allowed: "a number", category: .wrongType)
      return nil
    }
    guard case .number(let x) = value, x.isFinite else {
      add("\(prefix).\(key)", value, "\(value.compactText) is not a number", allowed: "a number", category: .wrongType)
      return nil
    }
    return x
  }

  /// The combination mode; grid when absent, nil after an issue when invalid.
  mutating func mode(_ object: JSONValue) -> SweepPlan.Mode? {
    guard let value = object.value(forKey: "mode") else { return .grid }
    let choices = SweepPlan.Mode.allCases.map(\.rawValue)
    guard case .string(let text) = value, let mode = SweepPlan.Mode(rawValue: text) else {
      var message = "\(value.compactText) is not one of the choices"
      if case .string(let text) = value, let near = NearestMatch.suggestion(for: text, among: choices) {
        message += "; did you mean \"\(near)\"?"
      }
      add("mode", value, message, allowed: choices.map { "\"\($0)\"" }.joined(separator: ", "))
      return nil
    }
    return mode
  }
}
