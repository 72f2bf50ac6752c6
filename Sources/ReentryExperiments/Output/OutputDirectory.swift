import Foundation
import ReentryModel
import ScenarioFormat

/// Writes a run's files so that a directory holds a complete result or nothing.
///
/// Files are written into a hidden sibling directory and renamed into place
/// at the end. An existing directory is replaced only if it holds a
/// `manifest.json` written by this tool (or is empty); anything else is
/// refused before the run starts, so user files are never overwritten.
public struct OutputDirectory: Sendable {
  public let path: String

  public init(_ path: String) { self.path = path }

  /// A scenario name made safe as one directory name: no separators, no leading dot.
  public static func safeName(_ name: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    var safe = String(name.map { allowed.contains($0) ? $0 : "_" })
    while safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
    return safe.isEmpty ? "scenario" : safe
  }

  /// Refuses a directory (or file) that is not ours to replace.
  public func checkReplaceable() throws(OutputError) {
    recoverFromKilledWrites()
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
      try checkParentCanHoldDirectories()
      return
    }
    guard isDirectory.boolValue else {
      throw OutputError("\(path): exists and is not a directory; choose another --out")
    }
    let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
    if contents.isEmpty { return }
    let manifest = (path as NSString).appendingPathComponent("manifest.json")
    guard let data = fm.contents(atPath: manifest),
      let json = try? JSONParser.parse(Array(data)),
      json.value(forKey: "tool") == .string(Manifest.tool)
    else {
      throw OutputError(
        "\(path): exists and does not hold a previous result of reentry (no manifest.json of ours); "
          + "refusing to overwrite it, choose another --out or remove it")
    }
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
    let probe = url.appendingPathComponent(".reentry-probe-\(ProcessInfo.processInfo.processIdentifier)").path
    guard mkdir(probe, 0o700) == 0 else {
      let reason = String(cString: strerror(errno))
      throw OutputError("\(path): cannot write in \(url.path): \(reason); choose another --out")
    }
    rmdir(probe)
  }

  /// Cleans up after a writer that was killed: a staging or set-aside
  /// directory of a process that no longer runs is removed, and if the kill
  /// came between the two renames (the result set aside, the new one not yet
  /// in place) the previous result is put back.
  func recoverFromKilledWrites() {
    let fm = FileManager.default
    let url = URL(fileURLWithPath: path)
    let parent = url.deletingLastPathComponent()
    let name = url.lastPathComponent
    guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in entries.sorted() {
      for kind in ["old", "tmp"] {
        let prefix = ".\(name).\(kind)-"
        guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !Self.isRunning(pid) else {
          continue
        }
        let stale = parent.appendingPathComponent(entry)
        if kind == "old", !fm.fileExists(atPath: path) {
          try? fm.moveItem(at: stale, to: url)
        } else {
          try? fm.removeItem(at: stale)
        }
      }
    }
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

  /// Writes `files` and swaps them in; on any error nothing is left behind.
  public func write(_ files: [(name: String, bytes: [UInt8])]) throws(OutputError) {
    try checkReplaceable()
    let fm = FileManager.default
    let url = URL(fileURLWithPath: path)
    let parent = url.deletingLastPathComponent()
    let name = url.lastPathComponent
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(".\(name).tmp-\(pid)")
    let previous = parent.appendingPathComponent(".\(name).old-\(pid)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
      for file in files {
        let target = staging.appendingPathComponent(file.name)
        guard fm.createFile(atPath: target.path, contents: Data(file.bytes)) else {
          throw OutputError("\(path): cannot write \(file.name)")
        }
      }
      var movedAside = false
      if fm.fileExists(atPath: path) {
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
      try? fm.removeItem(at: previous)
    } catch let error as OutputError {
      try? fm.removeItem(at: staging)
      throw error
    } catch {
      try? fm.removeItem(at: staging)
      throw OutputError("\(path): cannot create the output directory: \(error.localizedDescription)")
    }
  }
}

/// An output directory that cannot be created or may not be replaced (exit 73).
public struct OutputError: Error, CustomStringConvertible, Sendable {
  public let description: String
  public init(_ description: String) { self.description = description }
}
