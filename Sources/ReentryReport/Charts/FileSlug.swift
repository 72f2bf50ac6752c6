import Foundation

/// A chart title as an ASCII file-name part, e.g. "Basic conditions in
/// order at release" → `basic-conditions-in-order-at-release`.
///
/// Memo authors find a figure by its title, on any file system and in any
/// shell without quoting: accents are folded (Dutch "geïnd" → "geind"),
/// everything else that is not a letter or digit becomes one hyphen.
enum FileSlug {
  /// Longer titles are cut at a word boundary to keep paths readable.
  static let maxLength = 60

  static func of(_ title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var out = ""
    for c in folded.unicodeScalars {
      if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) {
        out.unicodeScalars.append(c)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    if out.count > maxLength {
      let cut = out.prefix(maxLength)
      out = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
    return out.isEmpty ? "chart" : out.lowercased()
  }
}
