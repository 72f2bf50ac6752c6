/// One option a command accepts, declared as data: its name, the placeholder
/// of its value (none for a flag) and its help text.
///
/// The parser's allowed options, the synopsis and the `--help` list are all
/// made from the same declarations, so they cannot drift apart (an option the
/// parser accepts but the usage line omits, or a help line for an option
/// that no longer exists).
struct OptionSpec: Sendable {
  let name: String
  /// The value's placeholder, e.g. "N" or "DIR"; nil for a flag.
  let value: String?
  /// Help text; further lines (after "\n") are indented under the first.
  let help: String
  /// Whether the option may be given more than once (e.g. `--set`); any
  /// other option given twice is a usage error rather than "last one wins".
  let repeatable: Bool
  /// The value used when the option is absent, as the help shows it; nil when there is none to show.
  let defaultText: String?
  /// Whether the command refuses to run without it (shown without brackets in the synopsis).
  let isRequired: Bool

  /// An option that takes a value.
  static func option(
    _ name: String, _ value: String, _ help: String, default defaultText: String? = nil, required: Bool = false,
    repeatable: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name, value: value, help: help, repeatable: repeatable, defaultText: defaultText, isRequired: required)
  }

  /// An option without a value.
  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, value: nil, help: help, repeatable: false, defaultText: nil, isRequired: false)
  }

  var isFlag: Bool { value == nil }

  /// The help text with the default or "(required)" appended, so neither is written twice.
  var fullHelp: String {
    if isRequired { return help + " (required)" }
    return help + (defaultText.map { " (default \($0))" } ?? "")
  }

  /// "--name VALUE" or "--name".
  var usage: String { value.map { "--\(name) \($0)" } ?? "--\(name)" }

  /// The options as help lines: usage, then the help text in one column.
  static func helpText(_ options: [OptionSpec]) -> String {
    let column = max(22, (options.map(\.usage.count).max() ?? 0) + 4)
    var text = ""
    for option in options {
      // Each given line is wrapped at words to fit 80 columns beside the usage column.
      let lines = option.fullHelp.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        words(String($0), width: max(30, 80 - column))
      }
      text += "  " + option.usage.padding(toLength: column - 2, withPad: " ", startingAt: 0) + (lines.first ?? "")
      for line in lines.dropFirst() { text += "\n" + String(repeating: " ", count: column) + line }
      text += "\n"
    }
    return text
  }

  /// `text` in lines of at most `width` characters, broken at spaces (a longer word gets its own line).
  static func words(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !current.isEmpty, current.count + 1 + word.count > width {
        lines.append(current)
        current = String(word)
      } else {
        current += current.isEmpty ? String(word) : " " + word
      }
    }
    return lines + [current]
  }

  /// The synopsis: `head`, the required options, then every other option in brackets,
  /// `...` after repeatable ones.
  static func synopsis(_ head: String, _ options: [OptionSpec]) -> String {
    let required = options.filter(\.isRequired).map(\.usage)
    let optional = options.filter { !$0.isRequired }.map { "[\($0.usage)]" + ($0.repeatable ? "..." : "") }
    return ([head] + required + optional).joined(separator: " ")
  }

  /// `line` broken at spaces into lines of at most `width` characters, the
  /// continuation lines indented by `indent` spaces; words and bracketed
  /// options (`[--set PATH=VALUE]...`) are never cut.
  static func wrap(_ line: String, width: Int = 78, indent: Int) -> String {
    var words: [String] = []
    for word in line.split(separator: " ").map(String.init) {
      if let last = words.last, last.hasPrefix("["), !last.contains("]") {
        words[words.count - 1] += " " + word
      } else {
        words.append(word)
      }
    }
    var lines: [String] = []
    var current = ""
    for word in words {
      let prefix = lines.isEmpty ? "" : String(repeating: " ", count: indent)
      if !current.isEmpty, prefix.count + current.count + 1 + word.count > width {
        lines.append(prefix + current)
        current = String(word)
      } else {
        current += current.isEmpty ? String(word) : " " + word
      }
    }
    lines.append((lines.isEmpty ? "" : String(repeating: " ", count: indent)) + current)
    return lines.joined(separator: "\n")
  }
}
