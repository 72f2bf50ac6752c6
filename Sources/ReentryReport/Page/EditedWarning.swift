/// The warning of a report rendered with `--allow-edited` from files that
/// no longer match `manifest.json`: the reader must not take the page's
/// numbers, or the digest under Provenance, for what the simulation wrote.
enum EditedWarning {
  /// The warning naming the edited files, or nil when none was edited.
  static func text(_ edited: [String], _ t: Strings) -> String? {
    guard !edited.isEmpty else { return nil }
    return t.editedWarning(edited.joined(separator: ", "), edited.count)
  }
}
