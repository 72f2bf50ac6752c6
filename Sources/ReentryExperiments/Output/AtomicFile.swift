import Foundation
import SimKernel

/// Writes one file so that it exists complete or not at all: the bytes go
/// to a temporary file in the same directory, which is then renamed over
/// the target (rename is atomic within a file system).
///
/// A sweep writes every point this way, so `kill -9` at any moment leaves
/// each point file whole or absent, and `--resume` can trust what it finds.
package enum AtomicFile {
  /// Temporary files start with this, so a resumed sweep can clear those a kill left behind.
  static let temporaryPrefix = ".tmp-"

  package static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
    var file = try Streaming(path)
    try file.append(bytes)
    _ = try file.commit()
  }

  /// Removes temporary files left in `directory` by an interrupted writer.
  static func removeTemporaries(in directory: String) {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(temporaryPrefix) {
      try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
    }
  }

  /// A file written piece by piece and digested on the way, renamed into place by `commit`.
  struct Streaming {
    let path: String
    let temporary: String
    private let handle: FileHandle
    private var hasher = SHA256Hasher()

    init(_ path: String) throws(OutputError) {
      self.path = path
      let url = URL(fileURLWithPath: path)
      temporary =
        url.deletingLastPathComponent()
        .appendingPathComponent("\(AtomicFile.temporaryPrefix)\(UUID().uuidString.prefix(8))-\(url.lastPathComponent)")
        .path
      guard FileManager.default.createFile(atPath: temporary, contents: nil),
        let handle = FileHandle(forWritingAtPath: temporary)
      else { throw OutputError.system(path, "write \(temporary)") }
      self.handle = handle
    }

    mutating func append(_ bytes: [UInt8]) throws(OutputError) {
      hasher.update(bytes)
      do { try handle.write(contentsOf: bytes) } catch {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
        throw OutputError("\(path): cannot write: \(OutputError.reason(of: error))")
      }
    }

    /// Closes and renames the file into place; returns the SHA-256 of its contents.
    mutating func commit() throws(OutputError) -> String {
      do { try handle.close() } catch {
        throw OutputError("\(path): cannot write: \(OutputError.reason(of: error))")
      }
      guard rename(temporary, path) == 0 else {
        let failure = OutputError.system(path, "move the finished file into place")
        try? FileManager.default.removeItem(atPath: temporary)
        throw failure
      }
      return SHA256.lowercaseHex(hasher.finalize())
    }
  }
}
