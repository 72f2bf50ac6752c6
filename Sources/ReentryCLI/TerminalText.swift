/// Text for the terminal with its control characters escaped.
///
/// A scenario's name and description, an unknown key or a value echoed in an
/// error come from files that anyone may have written; printed raw, an
/// escape sequence in them could clear the screen, retitle the window or
/// hide the text around it. Every line the commands print passes through
/// here, so no control character but a line break or a tab reaches the
/// terminal, shown instead as `\u{1B}`.
enum TerminalText {
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
      // The progress line starts with a carriage return to redraw itself; nowhere else is one ours.
      if isControl(scalar), !(scalar == "\r" && index == 0) {
        result += "\\u{" + hex(scalar.value) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// C0 controls but line feed and tab, DEL and the C1 controls (0x9B starts a sequence on many terminals).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
  }
}
