/// A parsed JSON document that keeps object keys in file order, so that
/// error messages, `describe` output and written files follow the author's layout.
///
/// Objects are stored as ordered `(key, value)` pairs; the parser guarantees
/// that keys within one object are unique.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// Compares structurally, with object keys compared in order, because
  /// tuples cannot synthesize `Equatable`.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      guard a.count == b.count else { return false }
      for (x, y) in zip(a, b) where x.0 != y.0 || x.1 != y.1 { return false }
      return true
    default: return false
    }
  }

  /// Looks up a member of an object, so callers need not scan the pairs;
  /// returns nil for a missing key or a non-object.
  public func value(forKey key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  /// Names the JSON type in the words used by error messages.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }

  /// Renders the value compactly for error messages, truncated to 60
  /// characters with "…" so that one bad value cannot flood the terminal.
  /// Non-finite numbers, which JSON cannot hold, show as "nan", "inf" or "-inf".
  public var compactText: String {
    if case .number(let x) = self, !x.isFinite { return x.description }
    let full = JSONWriter.write(self, pretty: false)
    guard full.count > 60 else { return full }
    return String(full.prefix(59)) + "…"
  }
}
