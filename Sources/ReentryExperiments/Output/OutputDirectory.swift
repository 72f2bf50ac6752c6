import Foundation

/// Writes a result's files so that a directory holds a complete result or nothing.
///
/// Files are written into a staging folder of ours beside the directory
/// (see `StagingArea`) and renamed into place at the end. An existing
/// directory is replaced only if it holds a result of ours of the same kind
/// (`manifest.json` with tool "reentry") and nothing else, or is empty;
/// `--force` also replaces a result with other files beside it, and a
/// shipped result. Anything else is refused before the run starts, so user
/// files are never overwritten by surprise. `report.html`, which `reentry
/// report` writes into a result, is removed with a note: kept, it would
/// show the replaced result's numbers beside the new files.
public struct OutputDirectory: Sendable {
  /// The directory, resolved (see `ResolvedPath`) when claimed through an `OutputPolicy`.
  public let path: String
  /// The kind of result, `--force` and where clean-ups are told.
  package let policy: OutputPolicy
  /// The lock held on `path` while the result is made, if the directory was claimed.
  package var lock: OutputLock?

  /// A scratch directory of any kind, neither resolved nor locked (benchmarks).
  public init(_ path: String) { self.init(path, policy: OutputPolicy(kind: nil)) }

  init(_ path: String, policy: OutputPolicy) {
    self.path = path
    self.policy = policy
  }

  /// A scenario name made safe as one directory name: no separators, no leading dot.
  public static func safeName(_ name: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    var safe = String(name.map { allowed.contains($0) ? $0 : "_" })
    while safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
    return safe.isEmpty ? "scenario" : safe
  }

  /// Releases the lock (also released when the last copy of the directory goes).
  package func release() { lock?.release() }

  /// Refuses a directory (or file) that is not ours to replace; returns what it holds.
  @discardableResult
  public func checkReplaceable() throws(OutputError) -> ResultContents? {
    try ShippedResults.check(path, force: policy.force)
    StagingArea.recover(in: URL(fileURLWithPath: path).deletingLastPathComponent(), note: policy.note)
    return try checkContents()
  }

  /// The check of `checkReplaceable` without the clean-up, for the moment of
  /// the swap (the clean-up would take this process's own staging folder for stale).
  private func checkContents() throws(OutputError) -> ResultContents? {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      guard errno == ENOENT || errno == ENOTDIR else { throw OutputError.system(path, "be examined") }
      try checkParentCanHoldDirectories()
      return nil
    }
    if info.st_mode & S_IFMT == S_IFLNK {
      // A dangling link: the final rename would fail on it only after the whole run.
      let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      throw OutputError("\(path) is a symbolic link to a missing target (\(target)); choose another --out")
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw OutputError("\(path): exists and is not a directory; choose another --out")
    }
    var parent = stat()
    if stat(URL(fileURLWithPath: path).deletingLastPathComponent().path, &parent) == 0, parent.st_dev != info.st_dev {
      throw OutputError(
        "\(path): is a mount point, which cannot be replaced by renaming; give a folder inside it as --out")
    }
    if ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty { return nil }
    let contents = ResultContents(path)
    if contents.kind == nil, let state = ResultContents.stateFile(in: path) {
      throw OutputError(
        "\(path): holds an unfinished result of reentry whose \(state) is damaged, so it cannot be resumed "
          + "safely; remove the directory to start over, or choose another --out")
    }
    guard let existing = contents.kind else {
      throw OutputError(
        "\(path): exists and does not hold a previous result of reentry (no manifest.json of ours); "
          + "refusing to overwrite it, choose another --out or remove it")
    }
    if let kind = policy.kind, existing != kind {
      throw OutputError(
        "\(path): holds a \(existing) result of reentry, not a \(kind); refusing to replace it, "
          + "choose another --out or remove it")
    }
    if !contents.foreign.isEmpty, !policy.force {
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

  /// Fails unless a folder can be created where the result will go, so a
  /// command learns before running, not after hours of simulation, that its
  /// output cannot be written; the message carries the system's reason.
  ///
  /// Probes by creating and removing a hidden folder in the nearest existing
  /// ancestor (permission bits alone do not tell, e.g. for root or on a
  /// read-only file system).
  package func checkWritable() throws(OutputError) {
    var url = URL(fileURLWithPath: path).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.path) {
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { break }
      url = parent
    }
    // Unique per call: two commands in one process may probe one parent at once.
    let probe = url.appendingPathComponent(".reentry-probe-\(UUID().uuidString)").path
    guard mkdir(probe, 0o700) == 0 else {
      throw OutputError("\(path): cannot write in \(url.path): \(OutputError.reason(errno)); choose another --out")
    }
    rmdir(probe)
  }

  /// The nearest existing ancestor must be a directory, or the directory can never be created.
  func checkParentCanHoldDirectories() throws(OutputError) {
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

  /// Creates the parent folders and an empty staging folder; returns the folder the new result is built in.
  package func makeStaging() throws(OutputError) -> String {
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
    do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
      throw OutputError("\(path): cannot create \(parent.path): \(OutputError.reason(of: error))")
    }
    let area = try StagingArea.create(for: URL(fileURLWithPath: path))
    guard mkdir(area.result.path, 0o755) == 0 else {
      let failure = OutputError.system(path, "create the staging folder \(area.result.path)")
      area.remove()
      throw failure
    }
    return area.result.path
  }

  /// Writes `files` and swaps them in; on any error nothing is left behind.
  public func write(_ files: [(name: String, bytes: [UInt8])]) throws(OutputError) {
    try checkReplaceable()
    let staging = try makeStaging()
    for file in files {
      let target = (staging as NSString).appendingPathComponent(file.name)
      guard FileManager.default.createFile(atPath: target, contents: Data(file.bytes)) else {
        StagingArea(for: URL(fileURLWithPath: path)).remove()
        throw OutputError("\(path): cannot write \(file.name) in \(staging)")
      }
    }
    try commit(staging)
  }

  /// Renames the finished `staging` folder (from `makeStaging`) into place,
  /// setting the previous result aside in the staging area until the new one
  /// is there; on any error the staging area is removed and the previous result kept.
  package func commit(_ staging: String) throws(OutputError) {
    let area = StagingArea(for: URL(fileURLWithPath: path))
    let replaced: ResultContents?
    do { replaced = try checkContents() } catch {
      area.remove()
      throw error
    }
    var movedAside = false
    if FileManager.default.fileExists(atPath: path) {
      guard rename(path, area.previous.path) == 0 else {
        let failure = OutputError.system(path, "set the previous result aside")
        area.remove()
        throw failure
      }
      movedAside = true
    }
    guard rename(staging, path) == 0 else {
      let failure = OutputError.system(path, "move the new result into place")
      // Put the previous result back rather than leave nothing.
      if movedAside { rename(area.previous.path, path) }
      area.remove()
      throw failure
    }
    area.remove()
    if let replaced, !replaced.foreign.isEmpty {
      policy.note("removed with --force from \(path): \(Self.list(replaced.foreign))\n")
    }
    if let replaced, replaced.hasReport {
      policy.note(
        "removed \((path as NSString).appendingPathComponent(ResultContents.report)): it showed the replaced "
          + "result; run reentry report \(path) for the new one\n")
    }
  }
}
