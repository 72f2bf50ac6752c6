import Foundation
import ScenarioFormat

/// A result directory written piece by piece, for outputs too large to hold
/// in memory, with the same all-or-nothing rule as `OutputDirectory.write`.
///
/// Files go into the hidden sibling `.NAME.tmp-PID` (the name
/// `OutputDirectory` cleans up after a killed writer) and the directory is
/// swapped in by `commit()`. Dropped without a commit (the run failed or was
/// cancelled), the staging directory is removed and the previous result stays.
package final class StagingDirectory {
  let target: OutputDirectory
  private let staging: URL
  private var committed = false

  /// Checks that the target may be replaced and creates the staging directory.
  package init(_ target: OutputDirectory) throws(OutputError) {
    try target.checkReplaceable()
    let url = URL(fileURLWithPath: target.path)
    let parent = url.deletingLastPathComponent()
    let pid = ProcessInfo.processInfo.processIdentifier
    self.target = target
    staging = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)")
    let fm = FileManager.default
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw OutputError("\(target.path): cannot create the output directory: \(error.localizedDescription)")
    }
  }

  deinit {
    if !committed { try? FileManager.default.removeItem(at: staging) }
  }

  /// A file of the result, to be written in pieces.
  package func create(_ name: String) throws(OutputError) -> StreamedFile {
    try StreamedFile(name, at: staging.appendingPathComponent(name).path)
  }

  /// A file of the result, written whole.
  package func write(_ name: String, _ bytes: [UInt8]) throws(OutputError) {
    guard FileManager.default.createFile(atPath: staging.appendingPathComponent(name).path, contents: Data(bytes))
    else { throw OutputError("\(target.path): cannot write \(name)") }
  }

  /// Swaps the staged files in for the target directory.
  ///
  /// The target is checked again, since it may have changed while the
  /// replications ran; not through `checkReplaceable()`, whose clean-up
  /// would take this process's own staging directory for a dead writer's.
  package func commit() throws(OutputError) {
    try checkStillReplaceable()
    let fm = FileManager.default
    let url = URL(fileURLWithPath: target.path)
    let pid = ProcessInfo.processInfo.processIdentifier
    let previous = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).old-\(pid)")
    do {
      var movedAside = false
      if fm.fileExists(atPath: target.path) {
        try? fm.removeItem(at: previous)
        try fm.moveItem(at: url, to: previous)
        movedAside = true
      }
      do {
        try fm.moveItem(at: staging, to: url)
      } catch {
        // Put the previous result back rather than leave nothing.
        if movedAside { try? fm.moveItem(at: previous, to: url) }
        throw error
      }
      committed = true
      try? fm.removeItem(at: previous)
    } catch {
      throw OutputError("\(target.path): cannot create the output directory: \(error.localizedDescription)")
    }
  }

  /// The target is absent, empty, or holds a result of ours (as `checkReplaceable()` requires).
  private func checkStillReplaceable() throws(OutputError) {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw OutputError("\(target.path): exists and is not a directory; choose another --out")
    }
    if ((try? fm.contentsOfDirectory(atPath: target.path)) ?? []).isEmpty { return }
    let manifest = (target.path as NSString).appendingPathComponent("manifest.json")
    guard let data = fm.contents(atPath: manifest), let json = try? JSONParser.parse(Array(data)),
      json.value(forKey: "tool") == .string(Manifest.tool)
    else {
      throw OutputError(
        "\(target.path): exists and does not hold a previous result of reentry (no manifest.json of ours); "
          + "refusing to overwrite it, choose another --out or remove it")
    }
  }
}
