import Foundation

/// An output path with `.`, `..` and symbolic links resolved, so that every
/// check sees the directory that will really be replaced.
///
/// `D/../D` used to be checked as written, then set `D` aside and fail after
/// the whole simulation; `D/.` put the lock file inside `D` and refused it.
enum ResolvedPath {
  /// `path` made absolute and resolved component by component; the last
  /// component's link is followed only if `followingLast` (a file output
  /// must see the link itself, to refuse it). Shown relative to the current
  /// directory when it lies inside it, as the user most likely wrote it.
  static func of(_ path: String, followingLast: Bool) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
    let components = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    let lastName = components.lastIndex { $0 != "." && $0 != ".." }
    var current = "/"
    for (index, component) in components.enumerated() {
      switch component {
      case ".": continue
      case "..": current = (current as NSString).deletingLastPathComponent
      default:
        let candidate = (current as NSString).appendingPathComponent(component)
        let keepLink = index == lastName && index == components.count - 1 && !followingLast
        current = keepLink ? candidate : real(candidate) ?? candidate
      }
    }
    guard let here = real(cwd), current.hasPrefix(here + "/") else { return current }
    return String(current.dropFirst(here.count + 1))
  }

  /// The canonical path of an existing file, nil if it does not exist (or is a dangling link).
  private static func real(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
