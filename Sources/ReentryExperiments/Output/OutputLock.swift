import Foundation

/// An exclusive lock on an output directory, held while a command writes it.
///
/// Without it two commands given the same `--out` both ran, both printed
/// success, and the second swap silently discarded the first result. The
/// lock is a `flock` on the hidden file `.NAME.lock` beside the directory
/// (not inside it: the directory is swapped whole). `flock` is released by
/// the kernel when the holder dies, so a killed run never leaves a stale
/// lock, and two opens in one process conflict too, so in-process callers
/// are kept apart as well. The holder writes its process id into the file
/// so that the refused command can name it.
package final class OutputLock: @unchecked Sendable {
  /// The directory this lock guards.
  package let path: String
  private let lockPath: String
  private var descriptor: Int32 = -1

  /// `.NAME.lock` beside the directory `path`.
  static func lockPath(of path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
  }

  /// Takes the lock or fails at once (exit 73) naming the process that holds it.
  ///
  /// Creates the parent directory if needed, since the lock file lives there.
  package init(_ path: String) throws(OutputError) {
    self.path = path
    lockPath = Self.lockPath(of: path)
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    while true {
      let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard fd >= 0 else {
        throw OutputError(
          "\(path): cannot create the lock file \(lockPath): \(OutputError.reason(errno)); choose another --out")
      }
      guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
        let holder = Self.holder(fd)
        close(fd)
        throw OutputError(
          "\(path) is in use by process \(holder.map(String.init) ?? "(unknown)"), a reentry command writing "
            + "it now; nothing was changed. Wait for that command to finish (or stop it), or choose another --out")
      }
      // A holder that released removes the file; if it did so between our open
      // and our flock, we locked a file nobody else will see: open it anew.
      var held = stat()
      var named = stat()
      guard fstat(fd, &held) == 0, stat(lockPath, &named) == 0, held.st_ino == named.st_ino,
        held.st_dev == named.st_dev
      else {
        close(fd)
        continue
      }
      descriptor = fd
      let pid = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
      _ = ftruncate(fd, 0)
      _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
      return
    }
  }

  /// Whether some writer holds the lock of `path` now (for the clean-up of staging directories).
  static func isHeld(_ path: String) -> Bool {
    let fd = open(lockPath(of: path), O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return true }
    flock(fd, LOCK_UN)
    return false
  }

  /// The process id the holder wrote into the lock file.
  private static func holder(_ fd: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Removes the lock file and releases the lock; later calls do nothing.
  package func release() {
    guard descriptor >= 0 else { return }
    unlink(lockPath)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
