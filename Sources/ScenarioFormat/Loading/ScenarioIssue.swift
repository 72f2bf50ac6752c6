/// One problem found in a scenario file or command-line override, carrying
/// the file, field path, offending value and what is allowed, so that the
/// user can fix it without reading the code.
///
/// `description` is one line:
/// `FILE[:LINE:COLUMN]: [PATH: ]MESSAGE[; allowed: ALLOWED]`, where "; " before
/// "allowed" becomes " " when the message ends with a question mark, e.g.
/// `Scenarios/x.json: casemanagers.caseloadNorm: 0 is out of range; allowed: an integer in 1…500`.
public struct ScenarioIssue: Error, Sendable, CustomStringConvertible, Equatable {
  /// The kind of problem, for callers that react differently to each.
  public enum Category: Sendable, Equatable, Hashable {
    case unreadableFile, malformed, unknownKey, wrongType, outOfRange, missingExtends, extendsCycle, badOverride
    /// Values valid one by one that together break a `CrossFieldRule`.
    case inconsistent
  }

  /// The file as displayed (see `ScenarioLoader`), or "command line" for overrides.
  public let file: String
  /// Dotted field path, with `[i]` for list elements; "" when the issue concerns the whole file.
  public let path: String
  /// The offending value as `JSONValue.compactText`; "" when there is none.
  public let value: String
  /// What would be accepted; "" when nothing useful can be said.
  public let allowed: String
  public let category: Category
  /// What is wrong, e.g. "0 is out of range" or "unknown key; did you mean \"caseloadNorm\"?".
  public let message: String
  /// 1-based position of a JSON syntax error; nil for other issues.
  public let line: Int?
  public let column: Int?

  public init(
    file: String, path: String, value: String, allowed: String, category: Category,
    message: String, line: Int? = nil, column: Int? = nil
  ) {
    self.file = file
    self.path = path
    self.value = value
    self.allowed = allowed
    self.category = category
    self.message = message
    self.line = line
    self.column = column
  }

  public var description: String {
    var head = file
    if let line, let column { head += ":\(line):\(column)" }
    return head + ": " + detail(omittingPath: nil)
  }

  /// The description without the file; the path too when it equals `omitted`.
  func detail(omittingPath omitted: String?) -> String {
    var text = path.isEmpty || path == omitted ? "" : path + ": "
    text += message
    if !allowed.isEmpty {
      text += (message.hasSuffix("?") ? " allowed: " : "; allowed: ") + allowed
    }
    return text
  }
}
