import Foundation

/// The results shipped with the repository, which no command replaces without `--force`.
///
/// A folder that holds shipped results lists them, one name per line, in a
/// file `shipped.txt` beside them (the repository's `Results/shipped.txt`).
/// A path is shipped when it, or a folder it lies in, is listed by the
/// `shipped.txt` of its own folder. A list rather than "anything under
/// Results/" because `Results/` is also the default place of every new
/// result, which must stay replaceable; a list rather than git because a
/// release archive has no git.
package enum ShippedResults {
  static let listName = "shipped.txt"

  /// The shipped result that `path` is or lies in, nil if none.
  package static func containing(_ path: String) -> String? {
    let absolute = ResolvedPath.of(path, followingLast: true)
    var url = URL(fileURLWithPath: absolute)
    while url.path != "/" && !url.path.isEmpty {
      let parent = url.deletingLastPathComponent()
      if let text = try? String(contentsOfFile: parent.appendingPathComponent(listName).path, encoding: .utf8) {
        let names = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        if names.contains(url.lastPathComponent) { return url.path }
      }
      if parent.path == url.path { break }
      url = parent
    }
    return nil
  }

  /// Refuses to replace a shipped result unless `force`.
  static func check(_ path: String, force: Bool) throws(OutputError) {
    guard !force, let shipped = containing(path) else { return }
    let list = (URL(fileURLWithPath: shipped).deletingLastPathComponent().path as NSString)
      .appendingPathComponent(listName)
    throw OutputError(
      "\(path): is a result shipped with reentry (listed in \(list)); choose another --out, "
        + "or give --force to replace it")
  }
}
