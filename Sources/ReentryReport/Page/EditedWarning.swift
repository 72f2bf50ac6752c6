/// The warning of a report rendered with `--allow-edited` from files that
/// no longer match `manifest.json`: the reader must not take the page's
/// numbers, or the digest under Provenance, for what the simulation wrote.
enum EditedWarning {
  /// The warning naming the edited files, or nil when none was edited.
  static func text(_ edited: [String]) -> String? {
    guard !edited.isEmpty else { return nil }
    let names = edited.joined(separator: ", ")
    let verb = edited.count == 1 ? "does" : "do"
    return "Warning: \(names) \(verb) not match the digests in manifest.json; the result was edited after it was "
      + "written. The numbers on this page are not those the simulation produced, and the manifest digest "
      + "under Provenance does not vouch for them."
  }
}
