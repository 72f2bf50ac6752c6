/// Number scanning: the RFC 8259 grammar is checked byte by byte, then the
/// validated literal is converted by `Double(String)` for correct rounding.
extension JSONDocumentParser {
  /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = cursor.index
    if cursor.current == UInt8(ascii: "-") {
      cursor.index += 1
      if cursor.current == UInt8(ascii: "I") || cursor.current == UInt8(ascii: "N") {
        throw cursor.error("NaN and Infinity are not allowed in JSON", at: start)
      }
    }
    guard isDigit(cursor.current) else { throw cursor.error("expected a digit in the number") }
    if cursor.current == UInt8(ascii: "0") {
      cursor.index += 1
      if isDigit(cursor.current) { throw cursor.error("leading zeros are not allowed", at: start) }
    } else {
      skipDigits()
    }
    if cursor.current == UInt8(ascii: ".") {
      cursor.index += 1
      guard isDigit(cursor.current) else { throw cursor.error("expected a digit after '.'") }
      skipDigits()
    }
    if cursor.current == UInt8(ascii: "e") || cursor.current == UInt8(ascii: "E") {
      cursor.index += 1
      if cursor.current == UInt8(ascii: "+") || cursor.current == UInt8(ascii: "-") { cursor.index += 1 }
      guard isDigit(cursor.current) else { throw cursor.error("expected a digit in the exponent") }
      skipDigits()
    }
    let literal = String(decoding: cursor.bytes[start..<cursor.index], as: UTF8.self)
    guard let value = Double(literal), value.isFinite else {
      throw cursor.error("number out of range", at: start)
    }
    return value
  }

  private func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func skipDigits() {
    while isDigit(cursor.current) { cursor.index += 1 }
  }
}
