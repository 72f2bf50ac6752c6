import Foundation

/// How a command may write its result, passed explicitly by every command
/// that writes one: which kind of result it writes, whether `--force` was
/// given, and where to tell what was cleaned up or removed.
///
/// `claimDirectory` and `claimFile` are the one way in: they resolve the
/// path, make every check before anything runs and take the lock, so two
/// writers of one result never both succeed.
public struct OutputPolicy: Sendable {
  /// The kind of result ("run", "compare", "sweep", "figures", "report", …);
  /// an existing result of another kind is never replaced. Nil: any kind (scratch output).
  public let kind: String?
  /// Replace a result of ours with other files beside it, a file not written
  /// by reentry, or a shipped result (`--force`).
  public let force: Bool
  /// Where to tell what was cleaned up or removed (standard error in the CLI).
  public let note: @Sendable (String) -> Void

  public init(kind: String?, force: Bool = false, note: @escaping @Sendable (String) -> Void = { _ in }) {
    self.kind = kind
    self.force = force
    self.note = note
  }

  /// The directory at `path`, resolved, checked and locked until the result is written (or it is released).
  package func claimDirectory(_ path: String) throws(OutputError) -> OutputDirectory {
    var directory = OutputDirectory(ResolvedPath.of(path, followingLast: true), policy: self)
    try directory.checkReplaceable()
    try directory.checkWritable()
    directory.lock = try OutputLock(directory.path)
    // Checked again under the lock: another writer may have finished meanwhile.
    try directory.checkReplaceable()
    return directory
  }

  /// The single file at `path`, resolved (a link in the last place is not
  /// followed but refused), checked and locked; an existing regular file is
  /// ours when its first bytes carry `signature`.
  package func claimFile(_ path: String, signature: String) throws(OutputError) -> OutputFile {
    var file = OutputFile(ResolvedPath.of(path, followingLast: false), policy: self, signature: signature)
    try file.check()
    try file.checkWritable()
    file.lock = try OutputLock(file.path)
    try file.check()
    return file
  }
}
