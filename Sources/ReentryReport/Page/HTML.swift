/// Escaping and element building for the report's HTML and inline SVG.
///
/// Every text that comes from a file (scenario names, descriptions,
/// parameter values) passes through `escape`, in content and in attributes
/// alike, so a name such as `<b>&"x"` shows as written and never becomes markup.
enum HTML {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// `<name a="v">content</name>`; attribute values are escaped, `content` is markup.
  static func tag(_ name: String, _ attributes: [(String, String)], _ content: String) -> String {
    "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
  }

  static func tag(_ name: String, _ content: String) -> String { tag(name, [], content) }

  /// `<name a="v"/>` for SVG elements without content.
  static func empty(_ name: String, _ attributes: [(String, String)]) -> String {
    "<\(name)\(attributeText(attributes))/>"
  }

  /// An element whose content is plain text, escaped.
  static func text(_ name: String, _ attributes: [(String, String)], _ text: String) -> String {
    tag(name, attributes, escape(text))
  }

  static func text(_ name: String, _ text: String) -> String { tag(name, [], escape(text)) }

  private static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// An identifier safe in `id` attributes and fragment links: letters, digits and hyphens.
  static func identifier(_ text: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789")
    var out = ""
    for c in text.lowercased() {
      if allowed.contains(c) { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
    }
    return out.isEmpty ? "x" : out
  }
}
