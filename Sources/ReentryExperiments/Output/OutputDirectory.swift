import Foundation

/// Writes a result's files so that a directory holds a complete result or nothing.
///
/// Files are written into a hidden sibling directory and renamed into place
/// at the end. An existing directory is replaced only if it holds a result
/// of ours of the same kind (`manifest.json` with tool "reentry") and
/// nothing else, or is empty; `--force` also replaces a result with other
/// files beside it. Anything else is refused before the run starts, so user
/// files are never overwritten by surprise. `report.html`, which
/// `reentry report` writes into a result, is removed with a note: kept, it
/// would show the replaced result's numbers beside the new files.
public struct OutputDirectory: Sendable {
  public let path: String
  /// The kind of result about to be written ("run", "compare", "sensitivity",
  /// "sweep"); an existing result of another kind is never replaced. Nil: any kind.
  package var kind: String?
  /// Replace a result of ours even with other files beside it (`--force`).
  package var force = false
  /// Where to tell what was cleaned up or removed (standard error in the CLI).
  package var note: @Sendable (String) -> Void = { _ in }
  /// The lock held on `path` while the result is made, if the caller took one.
  package var lock: OutputLock?

  public init(_ path: String) { self.path = path }

  package init(_ path: String, kind: String?, force: Bool, note: @escaping @Sendable (String) -> Void) {
    self.path = path
    self.kind = kind
    self.force = force
    self.note = note
  }

  /// A scenario name made safe as one directory name: no separators, no leading dot.
  public static func safeName(_ name: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    var safe = String(name.map { allowed.contains($0) ? $0 : "_" })
    while safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
    return safe.isEmpty ? "scenario" : safe
  }

  /// Refuses a directory (or file) that is not ours to replace; returns what it holds.
  @discardableResult
  public func checkReplaceable() throws(OutputError) -> ResultContents? {
    recoverFromKilledWrites()
    return try checkContents()
  }

  /// The check of `checkReplaceable` without the clean-up, for the moment of
  /// the swap (the clean-up would take this process's own staging directory for stale).
  private func checkContents() throws(OutputError) -> ResultContents? {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
      // A dangling link looks absent, but the final rename would fail on it
      // only after the whole run, with a misleading "already exists".
      if let target = try? fm.destinationOfSymbolicLink(atPath: path) {
        throw OutputError("\(path) is a symbolic link to a missing target (\(target)); choose another --out")
      }
      try checkParentCanHoldDirectories()
      return nil
    }
    guard isDirectory.boolValue else {
      throw OutputError("\(path): exists and is not a directory; choose another --out")
    }
    if ((try? fm.contentsOfDirectory(atPath: path)) ?? []).isEmpty { return nil }
    let contents = ResultContents(path)
    guard let existing = contents.kind else {
      throw OutputError(
        "\(path): exists and does not hold a previous result of reentry (no manifest.json of ours); "
          + "refusing to overwrite it, choose another --out or remove it")
    }
    if let kind, existing != kind {
      throw OutputError(
        "\(path): holds a \(existing) result of reentry, not a \(kind); refusing to replace it, "
          + "choose another --out or remove it")
    }
    if !contents.foreign.isEmpty, !force {
      throw OutputError(
        "\(path): holds \(Self.list(contents.foreign)) beside the result of reentry, which replacing it would "
          + "delete; move \(contents.foreign.count == 1 ? "it" : "them") away, choose another --out, "
          + "or give --force to replace the directory with everything in it")
    }
    return contents
  }

  /// At most five names, then how many more.
  static func list(_ names: [String]) -> String {
    names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
  }

  /// Fails unless a directory can be created where the result will go, so a
  /// command learns before running, not after hours of simulation, that its
  /// output cannot be written; the message carries the system's reason.
  ///
  /// Probes by creating and removing a hidden directory in the nearest
  /// existing ancestor (permission bits alone do not tell, e.g. for root or
  /// on a read-only file system).
  package func checkWritable() throws(OutputError) {
    var url = URL(fileURLWithPath: path).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.path) {
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { break }
      url = parent
    }
    // Unique per check, not per process: two commands of one process (tests, in parallel) may probe one parent.
    let probe = url.appendingPathComponent(".reentry-probe-\(UUID().uuidString)").path
    guard mkdir(probe, 0o700) == 0 else {
      let reason = String(cString: strerror(errno))
      throw OutputError("\(path): cannot write in \(url.path): \(reason); choose another --out")
    }
    rmdir(probe)
  }

  /// Cleans up after writers that were killed, whatever directory they wrote
  /// in this parent: a staging or set-aside directory (`.NAME.tmp-PID`,
  /// `.NAME.old-PID`) whose process no longer runs and whose directory nobody
  /// holds locked is removed, and if the kill came between the two renames
  /// (the result set aside, the new one not yet in place) the previous
  /// result is put back. Each step is told through `note`.
  ///
  /// Before, only the next write into the same directory cleaned up, so
  /// hidden copies of whole results piled up beside outputs never reused.
  func recoverFromKilledWrites() {
    let fm = FileManager.default
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
    guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in entries.sorted() {
      guard let (name, kind, pid) = Self.staging(entry), !Self.isRunning(pid) else { continue }
      let target = parent.appendingPathComponent(name)
      let stale = parent.appendingPathComponent(entry)
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: stale.path, isDirectory: &isDirectory), isDirectory.boolValue,
        !OutputLock.isHeld(target.path)
      else { continue }
      if kind == "old", !fm.fileExists(atPath: target.path), (try? fm.moveItem(at: stale, to: target)) != nil {
        note("restored \(target.path): a write into it by process \(pid) was killed before it finished\n")
      } else if (try? fm.removeItem(at: stale)) != nil {
        note("removed \(stale.path), left by process \(pid) which no longer runs\n")
      }
    }
  }

  /// `.NAME.tmp-PID` or `.NAME.old-PID`: the directory name, "tmp" or "old", and the process id.
  static func staging(_ entry: String) -> (name: String, kind: String, pid: Int32)? {
    guard entry.hasPrefix("."), let dash = entry.lastIndex(of: "-"),
      let pid = Int32(entry[entry.index(after: dash)...]),
      pid > 0
    else { return nil }
    let head = entry[entry.index(after: entry.startIndex)..<dash]
    for kind in ["tmp", "old"] where head.hasSuffix(".\(kind)") {
      let name = String(head.dropLast(kind.count + 1))
      return name.isEmpty ? nil : (name, kind, pid)
    }
    return nil
  }

  /// Whether a process with this id is alive (this process counts as not running a write now).
  static func isRunning(_ pid: Int32) -> Bool {
    pid != ProcessInfo.processInfo.processIdentifier && (kill(pid, 0) == 0 || errno == EPERM)
  }

  /// The nearest existing ancestor must be a directory, or the directory can never be created.
  private func checkParentCanHoldDirectories() throws(OutputError) {
    var url = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    while !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return }
      url = parent
    }
    guard isDirectory.boolValue else {
      throw OutputError("\(path): cannot be created because \(url.path) is not a directory; choose another --out")
    }
  }

  /// The hidden sibling a new result is built in before `commit` renames it into place.
  package var stagingPath: String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
  }

  /// Creates an empty staging directory (see `stagingPath`), replacing one a killed run of ours left.
  package func makeStaging() throws(OutputError) -> String {
    let fm = FileManager.default
    let staging = stagingPath
    do {
      try fm.createDirectory(
        atPath: (staging as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try? fm.removeItem(atPath: staging)
      try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      throw OutputError("\(path): cannot create the output directory: \(error.localizedDescription)")
    }
    return staging
  }

  /// Writes `files` and swaps them in; on any error nothing is left behind.
  public func write(_ files: [(name: String, bytes: [UInt8])]) throws(OutputError) {
    try checkReplaceable()
    let staging = try makeStaging()
    for file in files {
      let target = (staging as NSString).appendingPathComponent(file.name)
      guard FileManager.default.createFile(atPath: target, contents: Data(file.bytes)) else {
        try? FileManager.default.removeItem(atPath: staging)
        throw OutputError("\(path): cannot write \(file.name)")
      }
    }
    try commit(staging)
  }

  /// Renames the finished `staging` directory into place, setting the previous
  /// result aside until the new one is there; on any error the staging
  /// directory is removed and the previous result kept.
  package func commit(_ staging: String) throws(OutputError) {
    let fm = FileManager.default
    let url = URL(fileURLWithPath: path)
    let previous = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
    let replaced: ResultContents?
    do { replaced = try checkContents() } catch {
      try? fm.removeItem(atPath: staging)
      throw error
    }
    do {
      var movedAside = false
      if fm.fileExists(atPath: path) {
        try? fm.removeItem(at: previous)
        try fm.moveItem(at: url, to: previous)
        movedAside = true
      }
      do {
        try fm.moveItem(at: URL(fileURLWithPath: staging), to: url)
      } catch {
        // Put the previous result back rather than leave nothing.
        if movedAside { try? fm.moveItem(at: previous, to: url) }
        throw error
      }
      try? fm.removeItem(at: previous)
    } catch {
      try? fm.removeItem(atPath: staging)
      throw OutputError("\(path): cannot create the output directory: \(error.localizedDescription)")
    }
    if let replaced, !replaced.foreign.isEmpty {
      note("removed with --force from \(path): \(Self.list(replaced.foreign))\n")
    }
    if let replaced, replaced.hasReport {
      note(
        "removed \((path as NSString).appendingPathComponent(ResultContents.report)): it showed the replaced "
          + "result; run reentry report \(path) for the new one\n")
    }
  }
}

/// An output directory that cannot be created or may not be replaced (exit 73).
public struct OutputError: Error, CustomStringConvertible, Sendable {
  public let description: String
  public init(_ description: String) { self.description = description }
}
