/// A strict RFC 8259 parser written by hand, because scenario files need
/// line:column errors, key order, duplicate-key detection and a depth limit
/// that Foundation's decoders do not offer.
///
/// Containers are parsed with an explicit stack rather than recursion, so no
/// input (however deeply nested) can overflow the call stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted; deeper input is an error.
  public static let maximumDepth = 64

  /// Parses one complete JSON document from UTF-8 bytes (an optional BOM is skipped).
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONDocumentParser(cursor: JSONCursor(bytes))
    return try parser.parseDocument()
  }

  /// Parses a document held in a string, for tests and command-line values.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}
