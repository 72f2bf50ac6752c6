/// Lexical file-path arithmetic for `extends`, so that a parent's path can be
/// shown relative to how the user named the child ("Scenarios/baseline.json").
enum PathText {
  /// The directory part of a path: "Scenarios" for "Scenarios/x.json", "" for "x.json".
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The last component without a ".json" extension, for default scenario names.
  static func baseName(of path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    return last.hasSuffix(".json") && last.count > 5 ? String(last.dropLast(5)) : last
  }

  /// Resolves `relative` against a directory; an absolute `relative` wins.
  static func join(_ directory: String, _ relative: String) -> String {
    if relative.hasPrefix("/") || directory.isEmpty { return relative }
    return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }

  /// Removes "." and empty components and folds "name/.." lexically, keeping
  /// leading ".." of relative paths: "a/./b/../c.json" becomes "a/c.json".
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == ".." && absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}
