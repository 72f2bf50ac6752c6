/// A read position in the input bytes that knows how to skip whitespace and
/// turn a byte offset into a line and column, so that every parsing routine
/// can report errors the same way.
struct JSONCursor {
  let bytes: [UInt8]
  /// The first byte after an optional UTF-8 byte-order mark; columns count from here.
  let start: Int
  var index: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    start = hasBOM ? 3 : 0
    index = start
  }

  /// The byte at the read position, or nil at the end of the input.
  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The byte `offset` positions ahead, or nil past the end.
  func peek(_ offset: Int) -> UInt8? {
    let i = index + offset
    return i < bytes.count ? bytes[i] : nil
  }

  /// Skips the four whitespace bytes RFC 8259 allows between tokens.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Builds an error located at `offset` (default: the read position).
  func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    let end = min(offset ?? index, bytes.count)
    var line = 1
    var column = 1
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  /// Describes the byte at the read position for "unexpected …" messages.
  var currentDescription: String {
    guard let byte = current else { return "end of input" }
    if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
    let hex = String(byte, radix: 16, uppercase: true)
    return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
  }
}
