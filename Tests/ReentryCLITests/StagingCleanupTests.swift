import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// Staging folders left by killed writers are cleaned by any later run in
/// the same parent directory, not only by one into the same `--out`; only
/// folders with our marker are touched.
@Suite("Staging clean-up")
struct StagingCleanupTests {
  /// A process id that no process has: a child that has exited and been reaped.
  static func deadPID() throws -> Int32 {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    return child.processIdentifier
  }

  /// A staging area as a writer of ours leaves it: marker first, then `entry` holding `file`.
  static func leftArea(_ parent: URL, target: String, pid: Int32, entry: String, file: String) -> URL {
    let area = parent.appendingPathComponent(".\(target).tmp-\(pid)")
    _ = writeFile(area, StagingArea.markerName, #"{"tool": "reentry", "target": "\#(target)", "pid": \#(pid)}"#)
    _ = writeFile(area.appendingPathComponent(entry), file, "half\n")
    return area
  }

  @Test func staleStagingOfAnotherOutputIsRemovedAndSaid() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let dead = try Self.deadPID()
    let stale = Self.leftArea(world.dir, target: "res", pid: dead, entry: "result", file: "summary.csv")
    let live = Self.leftArea(world.dir, target: "other", pid: getppid(), entry: "result", file: "summary.csv")
    let lookalike = writeFile(world.dir.appendingPathComponent(".notes.tmp-draft"), "x.txt", "mine\n")
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("elsewhere"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("removed \(stale.path), left by process \(dead)"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: live.path), "a running process's staging is kept")
    #expect(FileManager.default.fileExists(atPath: lookalike), "only .NAME.tmp-PID is ours")
  }

  @Test func aResultSetAsideByAKilledWriterIsPutBack() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let dead = try Self.deadPID()
    let area = Self.leftArea(world.dir, target: "res", pid: dead, entry: "previous", file: "manifest.json")
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("elsewhere"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("restored \(world.path("res"))"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: area.path))
    #expect(FileManager.default.fileExists(atPath: world.path("res/manifest.json")))
  }

  /// A marker naming another target or process than the folder's name is not ours.
  @Test func aMarkerThatDoesNotMatchItsFolderIsNotOurs() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let dead = try Self.deadPID()
    let area = Self.leftArea(world.dir, target: "res", pid: dead, entry: "result", file: "summary.csv")
    let renamed = world.dir.appendingPathComponent(".thesis.tmp-\(dead)")
    try FileManager.default.moveItem(at: area, to: renamed)
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("elsewhere"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(FileManager.default.fileExists(atPath: renamed.path))
  }
}
