/// Why and where a document is not valid JSON, so that users can jump to
/// the exact spot in their editor.
///
/// `line` and `column` are 1-based; columns count Unicode scalars (a tab
/// counts as one) and a leading byte-order mark is not counted.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  public let message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// Reads as `3:14: expected ',' or '}'`.
  public var description: String { "\(line):\(column): \(message)" }
}
