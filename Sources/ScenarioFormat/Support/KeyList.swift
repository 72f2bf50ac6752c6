/// Formats a list of names for "allowed:" texts, truncated so that a large
/// group cannot turn one error into a paragraph.
enum KeyList {
  /// "a, b, c" or, beyond `limit` names, "a, b, c, d, e, f, …".
  static func format(_ keys: [String], limit: Int = 6) -> String {
    guard keys.count > limit else { return keys.joined(separator: ", ") }
    return keys.prefix(limit).joined(separator: ", ") + ", …"
  }
}
