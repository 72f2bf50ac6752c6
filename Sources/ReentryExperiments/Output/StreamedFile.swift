import Foundation
import SimKernel

/// A file written in pieces and hashed on the way, so its manifest digest is
/// known without reading it back or holding it whole in memory.
///
/// Plain POSIX `open`/`write`/`close` on the bytes as given: no copy into
/// `Data`, no temporary file and no `fsync` per file. All-or-nothing comes
/// from the staging directory it lives in, which is swapped in whole.
package final class StreamedFile {
  let name: String
  private let path: String
  private var descriptor: Int32
  private var hasher = SHA256Hasher()

  /// Creates (or truncates) the file at `path`; `name` is what the manifest calls it.
  init(_ name: String, at path: String) throws(OutputError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw OutputError("\(path): cannot create \(name): \(Self.reason())") }
    self.name = name
    self.path = path
    self.descriptor = descriptor
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Appends `bytes` to the file and to its digest.
  package func append(_ bytes: [UInt8]) throws(OutputError) {
    hasher.update(bytes)
    let failure: String? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return Self.reason()
        }
        offset += written
      }
      return nil
    }
    if let failure { throw OutputError("\(path): cannot write \(name): \(failure)") }
  }

  /// Closes the file and returns the SHA-256 of everything appended, as hex.
  package func finish() throws(OutputError) -> String {
    let result = close(descriptor)
    descriptor = -1
    guard result == 0 else { throw OutputError("\(path): cannot write \(name): \(Self.reason())") }
    return SHA256.lowercaseHex(hasher.finalize())
  }

  private static func reason() -> String { String(cString: strerror(errno)) }
}
