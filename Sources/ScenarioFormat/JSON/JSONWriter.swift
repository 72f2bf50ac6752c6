/// Renders `JSONValue`s deterministically and locale-independently, so that
/// output files and digests are byte-identical across runs and machines.
///
/// Conventions:
/// - object keys in stored order;
/// - strings escape `\"`, `\\`, `\n`, `\r`, `\t`; other control characters
///   become `\u00xx` (lowercase hex); everything else, including non-ASCII,
///   is written as UTF-8;
/// - numbers as `formatNumber(_:)`;
/// - compact form has no spaces and no trailing newline;
/// - pretty form indents by two spaces, puts one key per line as `"key": value`,
///   writes arrays of scalars on one line (`[0.5, 0.3, 0.2]`), arrays holding
///   arrays or objects one element per line, empty containers as `[]`/`{}`,
///   and ends with a newline.
public enum JSONWriter {
  /// Writes a value in compact or pretty form.
  public static func write(_ value: JSONValue, pretty: Bool) -> String {
    var out = ""
    append(value, pretty: pretty, indent: 0, to: &out)
    if pretty { out += "\n" }
    return out
  }

  /// Formats a number the way the writer does, for tables and messages.
  ///
  /// Integral values with magnitude below 2^53 print without a fraction
  /// (`30`, `-2`, and `-0` prints as `0`); all other finite values use Swift's
  /// shortest round-trip `Double.description` (`0.2`, `1e-07`, `1e+20`,
  /// `9007199254740992.0`), which is valid JSON and parses back to the same
  /// double. Non-finite values, which JSON cannot represent, print as `null`.
  public static func formatNumber(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    if x == x.rounded(.towardZero) && abs(x) < 0x1p53 { return String(Int64(x)) }
    return x.description
  }

  private static func append(_ value: JSONValue, pretty: Bool, indent: Int, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x): out += formatNumber(x)
    case .string(let s): appendQuoted(s, to: &out)
    case .array(let elements):
      appendArray(elements, pretty: pretty, indent: indent, to: &out)
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, member)) in members.enumerated() {
        if i > 0 { out += "," }
        if pretty { newline(indent + 1, &out) }
        appendQuoted(key, to: &out)
        out += pretty ? ": " : ":"
        append(member, pretty: pretty, indent: indent + 1, to: &out)
      }
      if pretty { newline(indent, &out) }
      out += "}"
    }
  }

  private static func appendArray(_ elements: [JSONValue], pretty: Bool, indent: Int, to out: inout String) {
    guard !elements.isEmpty else {
      out += "[]"
      return
    }
    let multiline = pretty && elements.contains(where: isContainer)
    out += "["
    for (i, element) in elements.enumerated() {
      if i > 0 { out += pretty && !multiline ? ", " : "," }
      if multiline { newline(indent + 1, &out) }
      append(element, pretty: pretty, indent: indent + 1, to: &out)
    }
    if multiline { newline(indent, &out) }
    out += "]"
  }

  private static func isContainer(_ value: JSONValue) -> Bool {
    switch value {
    case .array, .object: return true
    default: return false
    }
  }

  private static func newline(_ indent: Int, _ out: inout String) {
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  /// Appends a string in double quotes with RFC 8259 escapes.
  static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
