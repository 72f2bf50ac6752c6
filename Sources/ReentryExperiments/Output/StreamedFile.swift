import Foundation
import SimKernel

/// A file written in pieces and hashed on the way, so its manifest digest is
/// known without reading it back or holding it whole in memory.
package final class StreamedFile {
  let name: String
  private let path: String
  private let handle: FileHandle
  private var hasher = SHA256Hasher()

  /// Creates (or truncates) the file at `path`; `name` is what the manifest calls it.
  init(_ name: String, at path: String) throws(OutputError) {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw OutputError("\(path): cannot create \(name)") }
    self.name = name
    self.path = path
    self.handle = handle
  }

  deinit { try? handle.close() }

  /// Appends `bytes` to the file and to its digest.
  package func append(_ bytes: [UInt8]) throws(OutputError) {
    hasher.update(bytes)
    do { try handle.write(contentsOf: Data(bytes)) } catch {
      throw OutputError("\(path): cannot write \(name): \(error.localizedDescription)")
    }
  }

  /// Closes the file and returns the SHA-256 of everything appended, as hex.
  package func finish() throws(OutputError) -> String {
    do { try handle.close() } catch {
      throw OutputError("\(path): cannot write \(name): \(error.localizedDescription)")
    }
    return SHA256.lowercaseHex(hasher.finalize())
  }
}
