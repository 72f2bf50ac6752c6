import Foundation
import ReentryTestSupport
import Testing

/// Staging directories left by killed writers are cleaned by any later run
/// in the same parent directory, not only by one into the same `--out` (issue 17.8).
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

  @Test func staleStagingOfAnotherOutputIsRemovedAndSaid() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let dead = try Self.deadPID()
    let stale = writeFile(world.dir.appendingPathComponent(".res.tmp-\(dead)"), "summary.csv", "half\n")
    let live = writeFile(world.dir.appendingPathComponent(".other.tmp-\(getppid())"), "summary.csv", "busy\n")
    let lookalike = writeFile(world.dir.appendingPathComponent(".notes.tmp-draft"), "x.txt", "mine\n")
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("elsewhere"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("removed \(world.path(".res.tmp-\(dead)")), left by process \(dead)"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live), "a running process's staging is kept")
    #expect(FileManager.default.fileExists(atPath: lookalike), "only .NAME.tmp-PID is ours")
  }

  @Test func aResultSetAsideByAKilledWriterIsPutBack() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let dead = try Self.deadPID()
    let aside = writeFile(world.dir.appendingPathComponent(".res.old-\(dead)"), "manifest.json", "{}\n")
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("elsewhere"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("restored \(world.path("res"))"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: aside))
    #expect(FileManager.default.fileExists(atPath: world.path("res/manifest.json")))
  }
}
