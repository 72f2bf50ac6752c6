/// The iterative driver: values are completed bottom-up and attached to the
/// innermost open container on an explicit stack.
struct JSONDocumentParser {
  var cursor: JSONCursor

  /// An array or object whose closing bracket has not been read yet.
  struct Frame {
    var isObject: Bool
    var elements: [JSONValue] = []
    var members: [(String, JSONValue)] = []
    var keys: Set<String> = []
    var pendingKey = ""
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    cursor.skipWhitespace()
    if cursor.current == nil { throw cursor.error("empty document; expected a JSON value") }
    var stack: [Frame] = []
    while true {
      cursor.skipWhitespace()
      var value: JSONValue
      switch cursor.current {
      case UInt8(ascii: "{"):
        try checkDepth(stack.count)
        cursor.index += 1
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "}") {
          cursor.index += 1
          value = .object([])
        } else {
          var frame = Frame(isObject: true)
          try parseKey(into: &frame, afterComma: false)
          stack.append(frame)
          continue
        }
      case UInt8(ascii: "["):
        try checkDepth(stack.count)
        cursor.index += 1
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "]") {
          cursor.index += 1
          value = .array([])
        } else {
          stack.append(Frame(isObject: false))
          continue
        }
      default:
        value = try parseScalar()
      }
      // Attach the finished value; close every container that ends here.
      while true {
        guard !stack.isEmpty else {
          cursor.skipWhitespace()
          if cursor.current != nil { throw cursor.error("unexpected characters after the JSON value") }
          return value
        }
        let top = stack.count - 1
        cursor.skipWhitespace()
        if stack[top].isObject {
          stack[top].members.append((stack[top].pendingKey, value))
          if cursor.current == UInt8(ascii: ",") {
            cursor.index += 1
            cursor.skipWhitespace()
            try parseKey(into: &stack[top], afterComma: true)
            break
          }
          guard cursor.current == UInt8(ascii: "}") else { throw expected("',' or '}'") }
          cursor.index += 1
          value = .object(stack.removeLast().members)
        } else {
          stack[top].elements.append(value)
          if cursor.current == UInt8(ascii: ",") {
            cursor.index += 1
            cursor.skipWhitespace()
            if cursor.current == UInt8(ascii: "]") { throw cursor.error("trailing comma is not allowed") }
            break
          }
          guard cursor.current == UInt8(ascii: "]") else { throw expected("',' or ']'") }
          cursor.index += 1
          value = .array(stack.removeLast().elements)
        }
      }
    }
  }

  /// Rejects a container that would nest deeper than `JSONParser.maximumDepth`.
  private func checkDepth(_ openContainers: Int) throws(JSONSyntaxError) {
    if openContainers >= JSONParser.maximumDepth {
      throw cursor.error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
  }

  /// Reports what was expected, distinguishing a truncated document.
  private func expected(_ what: String) -> JSONSyntaxError {
    if cursor.current == nil { return cursor.error("unexpected end of input; expected \(what)") }
    return cursor.error("expected \(what)")
  }

  /// Reads `"key":`, rejecting duplicates within the object being built.
  private mutating func parseKey(into frame: inout Frame, afterComma: Bool) throws(JSONSyntaxError) {
    switch cursor.current {
    case UInt8(ascii: "\""): break
    case UInt8(ascii: "}") where afterComma: throw cursor.error("trailing comma is not allowed")
    case UInt8(ascii: "'"): throw cursor.error("strings must use double quotes")
    case UInt8(ascii: "/"): throw cursor.error("comments are not allowed in JSON")
    default: throw expected("a string key in double quotes")
    }
    let keyStart = cursor.index
    let key = try parseString()
    if !frame.keys.insert(key).inserted {
      throw cursor.error("duplicate key \"\(key)\"", at: keyStart)
    }
    cursor.skipWhitespace()
    guard cursor.current == UInt8(ascii: ":") else { throw expected("':' after the key") }
    cursor.index += 1
    frame.pendingKey = key
  }

  /// Parses a string, number or literal at the read position.
  private mutating func parseScalar() throws(JSONSyntaxError) -> JSONValue {
    guard let byte = cursor.current else { throw cursor.error("unexpected end of input; expected a value") }
    switch byte {
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "N"), UInt8(ascii: "I"): throw cursor.error("NaN and Infinity are not allowed in JSON")
    case UInt8(ascii: "/"): throw cursor.error("comments are not allowed in JSON")
    case UInt8(ascii: "'"): throw cursor.error("strings must use double quotes")
    default: throw cursor.error("unexpected \(cursor.currentDescription); expected a value")
    }
  }

  /// Matches one of the three literal words exactly.
  private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let length = word.utf8CodeUnitCount
    for offset in 0..<length where cursor.peek(offset) != word.utf8Start[offset] {
      throw cursor.error("invalid literal; expected '\(word)'")
    }
    cursor.index += length
    return value
  }
}
