import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// Commands run concurrently in one process (as the tests run them) do not
/// collide on names of their own scratch files.
@Suite("Concurrent commands")
struct ConcurrentCommandTests {
  /// The writability probe of another command of this process, still in place, does not fail this one.
  @Test func anotherCommandsWritabilityProbeIsNoObstacle() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "small.json", ScenarioText.small())
    let busy = dir.appendingPathComponent(".reentry-probe-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: busy, withIntermediateDirectories: false)
    let run = await reentry(["run", scenario, "--out", dir.appendingPathComponent("out").path])
    #expect(run.code == 0, "\(run.err)")
  }
}
