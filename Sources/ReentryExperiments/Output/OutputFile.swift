import Foundation

/// A result that is one file (a report, `validation.csv`, a SLURM script,
/// `bench.json`), written so that it exists whole or not at all, and only
/// over a regular file of ours.
///
/// The bytes go to a staging area beside the file (see `StagingArea`) and
/// are renamed over it. A FIFO, a device, a socket, a directory or a
/// symbolic link in its place is refused, never replaced (renaming over a
/// link replaced the link and never wrote its target). An existing regular
/// file is ours when its first bytes carry the signature every such file of
/// ours carries (a report's `<meta name="generator" content="reentry …">`,
/// the header of `validation.csv`); anything else is refused unless `--force`.
package struct OutputFile: Sendable {
  /// How many leading bytes are searched for the signature.
  static let signatureWindow = 4096

  package let path: String
  let policy: OutputPolicy
  let signature: String
  /// The lock held on `path` while the file is made, if it was claimed.
  var lock: OutputLock?

  init(_ path: String, policy: OutputPolicy, signature: String) {
    self.path = path
    self.policy = policy
    self.signature = signature
  }

  /// Refuses what is not ours to replace, or a place where the file can never be created.
  func check() throws(OutputError) {
    try ShippedResults.check(path, force: policy.force)
    StagingArea.recover(in: URL(fileURLWithPath: path).deletingLastPathComponent(), note: policy.note)
    try checkPlace()
  }

  /// The check of `check` without the clean-up, for the moment of the rename.
  private func checkPlace() throws(OutputError) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      guard errno == ENOENT || errno == ENOTDIR else { throw OutputError.system(path, "be examined") }
      try OutputDirectory(path).checkParentCanHoldDirectories()
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFLNK:
      throw OutputError(
        "\(path): is a symbolic link, which reentry never replaces (its target would not be written); "
          + "give the target's own path or another --out")
    case S_IFDIR: throw OutputError("\(path): is a directory; give a file name")
    default:
      throw OutputError(
        "\(path): is not a regular file (a FIFO, a device or a socket), which reentry never replaces; "
          + "choose another --out")
    }
    guard !policy.force, !isOurs() else { return }
    throw OutputError(
      "\(path): exists and was not written by reentry; refusing to overwrite it, choose another --out, "
        + "or give --force to replace it")
  }

  /// Whether the regular file at `path` starts with our signature.
  private func isOurs() -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: Self.signatureWindow)) ?? Data()
    return String(decoding: head, as: UTF8.self).contains(signature)
  }

  /// Fails before anything runs unless the file's folder can be created and written.
  func checkWritable() throws(OutputError) { try OutputDirectory(path).checkWritable() }

  /// Writes `bytes` (with `permissions`) and renames them over the file; on
  /// any error the previous file is kept and nothing else is left.
  package func write(_ bytes: [UInt8], permissions: mode_t = 0o644) throws(OutputError) {
    try check()
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
    do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
      throw OutputError("\(path): cannot create \(parent.path): \(OutputError.reason(of: error))")
    }
    let area = try StagingArea.create(for: URL(fileURLWithPath: path))
    defer { area.remove() }
    let descriptor = open(area.result.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard descriptor >= 0 else { throw OutputError.system(path, "write \(area.result.path)") }
    var written = 0
    let failed = bytes.withUnsafeBytes { buffer -> Int32? in
      while written < buffer.count {
        let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        guard count > 0 else { return errno }
        written += count
      }
      return nil
    }
    if let failed {
      close(descriptor)
      throw OutputError.system(path, "write", code: failed)
    }
    fchmod(descriptor, permissions)
    guard close(descriptor) == 0 else { throw OutputError.system(path, "write") }
    try checkPlace()
    guard rename(area.result.path, path) == 0 else { throw OutputError.system(path, "move the file into place") }
  }

  /// Releases the lock (also released when the last copy of the file goes).
  package func release() { lock?.release() }
}
