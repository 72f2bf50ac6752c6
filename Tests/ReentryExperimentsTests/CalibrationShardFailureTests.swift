import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// A shard that stops with an error marks itself failed, and a shard that follows its evaluations stops
/// with `ShardFailure` instead of waiting for them.
@Suite("Calibration shard failures")
struct CalibrationShardFailureTests {
  struct Broken: Error, CustomStringConvertible {
    var description: String { "the disk broke" }
  }

  @Test func aFailingShardMarksItselfAndStopsTheOneFollowingIt() async throws {
    let (plan, base, _) = try await CalibrationResumeTests.prepared()
    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let place = CalibrationShards(path: path)
    var failing = try CalibrationShardTests.runner(plan, base, path: path, shard: SweepShard(k: 2, n: 2), follow: true)
    failing.place = place
    failing.replicate = { _, _ in throw Broken() }
    var following = try CalibrationShardTests.runner(
      plan, base, path: path, shard: SweepShard(k: 1, n: 2), follow: true)
    following.place = place
    let broken = Task { [failing] in try await failing.run() }
    let waiting = Task { [following] in try await following.run() }
    // Only a guard against a hang: the following shard evaluates its own share before it looks at
    // the other's, which took over a minute on a loaded 2-core machine during the whole suite.
    let watchdog = Task {
      try await Task.sleep(for: .seconds(900))
      broken.cancel()
      waiting.cancel()
    }
    defer { watchdog.cancel() }
    await #expect(throws: (any Error).self) { try await broken.value }
    #expect(readText(place.failureMark(of: SweepShard(k: 2, n: 2))) == "the disk broke\n")
    let stopped = await #expect(throws: ShardFailure.self) { try await waiting.value }
    #expect(stopped?.shard == SweepShard(k: 2, n: 2) && stopped?.reason == "the disk broke")
    let own = try #require(readText(place.failureMark(of: SweepShard(k: 1, n: 2))))
    #expect(own.hasPrefix("stopped: shard 2/2 failed (the disk broke)"), "\(own)")
  }
}
