import Foundation

/// A result directory written piece by piece, for outputs too large to hold
/// in memory, with the same all-or-nothing rule as `OutputDirectory.write`.
///
/// Files go into the staging area of ours beside the target (see
/// `StagingArea`, which a later writer cleans up after a killed one) and the
/// directory is swapped in by `commit()`. Dropped without a commit (the run
/// failed or was cancelled), the staging area is removed and the previous result stays.
package final class StagingDirectory {
  let target: OutputDirectory
  private let staging: URL
  private var committed = false

  /// Checks that the target may be replaced and creates the staging directory.
  package init(_ target: OutputDirectory) throws(OutputError) {
    try target.checkReplaceable()
    self.target = target
    staging = URL(fileURLWithPath: try target.makeStaging())
  }

  deinit {
    if !committed { StagingArea(for: URL(fileURLWithPath: target.path)).remove() }
  }

  /// A file of the result, to be written in pieces.
  package func create(_ name: String) throws(OutputError) -> StreamedFile {
    try StreamedFile(name, at: staging.appendingPathComponent(name).path)
  }

  /// A file of the result, written whole; returns its SHA-256 as hex.
  @discardableResult
  package func write(_ name: String, _ bytes: [UInt8]) throws(OutputError) -> String {
    let file = try create(name)
    try file.append(bytes)
    return try file.finish()
  }

  /// Swaps the staged files in for the target directory, by the target's own
  /// rules (checked again, since the directory may have changed while the
  /// replications ran; the user's files and a `report.html` are handled as
  /// for any other result).
  package func commit() throws(OutputError) {
    committed = true
    try target.commit(staging.path)
  }
}
