/// String scanning: escapes, surrogate pairs and UTF-8 validation, kept apart
/// because it is the fiddliest part of strict JSON.
extension JSONDocumentParser {
  /// Parses a string starting at the opening quote and returns its contents.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = cursor.index
    cursor.index += 1
    var buffer: [UInt8] = []
    while true {
      guard let byte = cursor.current else { throw cursor.error("unterminated string", at: start) }
      switch byte {
      case UInt8(ascii: "\""):
        cursor.index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0x00..<0x20:
        throw cursor.error("control character \(Self.codePoint(UInt32(byte))) must be escaped in a string")
      case 0x20..<0x80:
        buffer.append(byte)
        cursor.index += 1
      default:
        let length = try validUTF8Length()
        buffer.append(contentsOf: cursor.bytes[cursor.index..<cursor.index + length])
        cursor.index += length
      }
    }
  }

  /// Decodes one backslash escape, combining `\uD83D\uDE00` surrogate pairs.
  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let start = cursor.index
    guard let letter = cursor.peek(1) else { throw cursor.error("unterminated string") }
    let simple: UInt8?
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      let shown = (0x21..<0x7F).contains(letter) ? " '\\\(Character(Unicode.Scalar(letter)))'" : ""
      throw cursor.error("invalid escape\(shown)", at: start)
    }
    if let simple {
      buffer.append(simple)
      cursor.index += 2
      return
    }
    var scalar = try hex4(at: start + 2)
    cursor.index = start + 6
    switch scalar {
    case 0xD800...0xDBFF:
      var low: UInt32?
      if cursor.current == UInt8(ascii: "\\") && cursor.peek(1) == UInt8(ascii: "u") {
        low = try hex4(at: cursor.index + 2)
      }
      guard let low, (0xDC00...0xDFFF).contains(low) else {
        throw cursor.error("lone surrogate \(Self.codePoint(scalar)) in \\u escape", at: start)
      }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      cursor.index += 6
    case 0xDC00...0xDFFF:
      throw cursor.error("lone surrogate \(Self.codePoint(scalar)) in \\u escape", at: start)
    default:
      break
    }
    Self.appendUTF8(scalar, to: &buffer)
  }

  /// Reads exactly four hex digits at `offset`.
  private func hex4(at offset: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for i in offset..<offset + 4 {
      guard i < cursor.bytes.count else { throw cursor.error("unterminated string", at: i) }
      let byte = cursor.bytes[i]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw cursor.error("invalid \\u escape; expected four hex digits", at: i)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Returns the length of the well-formed UTF-8 sequence at the read
  /// position (Unicode Table 3-7), or throws for invalid UTF-8.
  private func validUTF8Length() throws(JSONSyntaxError) -> Int {
    let lead = cursor.bytes[cursor.index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw cursor.error("invalid UTF-8 \(cursor.currentDescription)")
    }
    for offset in 1..<length {
      guard let next = cursor.peek(offset),
        offset == 1 ? secondRange.contains(next) : (0x80...0xBF).contains(next)
      else { throw cursor.error("invalid UTF-8 \(cursor.currentDescription)") }
    }
    return length
  }

  /// Formats a code point as `U+000A` for messages.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Encodes a Unicode scalar value (never a surrogate) as UTF-8.
  static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      buffer.append(UInt8(scalar))
    case 0x80..<0x800:
      buffer.append(UInt8(0xC0 | scalar >> 6))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      buffer.append(UInt8(0xE0 | scalar >> 12))
      buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    default:
      buffer.append(UInt8(0xF0 | scalar >> 18))
      buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
