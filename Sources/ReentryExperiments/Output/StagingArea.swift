import Foundation
import ScenarioFormat

/// The hidden folder `.NAME.tmp-PID` beside an output `NAME` in which a new
/// result is built (`result`) and the previous one is set aside (`previous`)
/// while the two are swapped.
///
/// Its marker file is written first, before anything else goes in, and
/// names the tool, the process and the target. Clean-up after a killed
/// writer touches only folders whose marker says so: a user's
/// `.thesis.tmp-99998` or `.photos.old-99999` merely looks like ours.
struct StagingArea {
  static let markerName = "reentry-staging.json"

  /// The output this area belongs to.
  let target: URL
  /// `.NAME.tmp-PID`.
  let url: URL

  /// The new result (a directory or a file), renamed onto the target by the swap.
  var result: URL { url.appendingPathComponent("result") }
  /// The replaced result, kept here until the new one is in place.
  var previous: URL { url.appendingPathComponent("previous") }

  init(for target: URL, pid: Int32 = ProcessInfo.processInfo.processIdentifier) {
    self.target = target
    url = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
  }

  /// Creates the area with its marker (replacing one that this process id left before).
  static func create(for target: URL) throws(OutputError) -> StagingArea {
    let area = StagingArea(for: target)
    if let marker = StagingArea.marker(at: area.url), marker.target == target.lastPathComponent {
      try? FileManager.default.removeItem(at: area.url)
    }
    guard mkdir(area.url.path, 0o700) == 0 else {
      throw OutputError.system(target.path, "create the staging folder \(area.url.path)")
    }
    let marker = JSONValue.object([
      ("tool", .string(ResultManifest.tool)), ("target", .string(target.lastPathComponent)),
      ("pid", .number(Double(ProcessInfo.processInfo.processIdentifier))),
    ])
    guard
      FileManager.default.createFile(
        atPath: area.url.appendingPathComponent(markerName).path,
        contents: Data(JSONWriter.write(marker, pretty: true).utf8))
    else {
      rmdir(area.url.path)
      throw OutputError("\(target.path): cannot write the marker of the staging folder \(area.url.path)")
    }
    return area
  }

  /// Removes the area and everything in it.
  func remove() { try? FileManager.default.removeItem(at: url) }

  /// The target and process of the area at `url` if it is ours: its marker
  /// names reentry, the target and the process, and its name matches them.
  static func marker(at url: URL) -> (target: String, pid: Int32)? {
    guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(markerName).path),
      let json = try? JSONParser.parse(Array(data)), json.value(forKey: "tool") == .string(ResultManifest.tool),
      case .string(let target)? = json.value(forKey: "target"), case .number(let pid)? = json.value(forKey: "pid"),
      let id = Int32(exactly: pid), url.lastPathComponent == ".\(target).tmp-\(id)"
    else { return nil }
    return (target, id)
  }

  /// Cleans up after writers of ours that were killed, in `parent`: an area
  /// whose process no longer runs and whose target nobody holds locked is
  /// removed, and if the kill came between the two renames (the previous
  /// result set aside, the new one not yet in place) the previous result is
  /// put back. Each step is told through `note`.
  static func recover(in parent: URL, note: (String) -> Void) {
    let fm = FileManager.default
    guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in entries.sorted() where entry.hasPrefix(".") && entry.contains(".tmp-") {
      let url = parent.appendingPathComponent(entry)
      guard let (name, pid) = marker(at: url), !isRunning(pid) else { continue }
      let area = StagingArea(for: parent.appendingPathComponent(name), pid: pid)
      guard !OutputLock.isHeld(area.target.path) else { continue }
      var target = stat()
      if lstat(area.target.path, &target) != 0, errno == ENOENT, fm.fileExists(atPath: area.previous.path),
        rename(area.previous.path, area.target.path) == 0
      {
        note("restored \(area.target.path): a write into it by process \(pid) was killed before it finished\n")
      } else {
        note("removed \(url.path), left by process \(pid) which no longer runs\n")
      }
      area.remove()
    }
  }

  /// Whether a process with this id is alive (this process counts as not running a write now).
  static func isRunning(_ pid: Int32) -> Bool {
    pid != ProcessInfo.processInfo.processIdentifier && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
