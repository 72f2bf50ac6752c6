import Foundation
import ReentryTestSupport
import ScenarioFormat
import Synchronization
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// Shards of a calibration evaluate their share of each round and read the rest from each other; joined,
/// they give the particles and digest of a run in one go and the join evaluates nothing again.
@Suite("Calibration shards")
struct CalibrationShardTests {
  /// A runner for `shard` of the calibration in `path`, its directory prepared as the command does.
  static func runner(
    _ plan: CalibrationPlan, _ base: ResolvedScenario, path: String, shard: SweepShard, follow: Bool = false
  ) throws -> CalibrationRunner {
    let place = CalibrationShards(path: path)
    let directory = PointDirectory<CalibrationPlan>(path: shard.isWhole ? path : place.directory(of: shard))
    try directory.prepare(plan, shard: shard, resume: true)
    var runner = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: 2)
    runner.shard = shard
    runner.siblings = shard.isWhole ? place.existing() : place.siblings(of: shard)
    runner.follow = follow
    return runner
  }

  /// The join of the shards in `path`: its generations, digest and the replications it ran itself.
  static func join(_ plan: CalibrationPlan, _ base: ResolvedScenario, path: String) async throws
    -> ([ABCGeneration], String, Int)
  {
    let calls = Atomic<Int>(0)
    var joining = try runner(plan, base, path: path, shard: .whole)
    joining.replicate = { parameters, replication in
      calls.add(1, ordering: .relaxed)
      return try await Replication.run(parameters, replication: replication)
    }
    let joined = try await joining.run()
    let digest = try CalibrationFiles.finish(joining.directory, plan: plan, generations: joined)
    return (joined, digest, calls.load(ordering: .relaxed))
  }

  @Test func shardsRunInTurnJoinToTheWholeRun() async throws {
    let (plan, base, whole) = try await CalibrationResumeTests.prepared()
    let reference = try await CalibrationRunner(plan: plan, base: base, directory: whole, jobs: 2).run()
    let referenceDigest = try CalibrationFiles.finish(whole, plan: plan, generations: reference)

    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    var finished: [Int: [ABCGeneration]] = [:]
    var waits = 0
    // Without --follow a shard stops where it needs the other's evaluations; run in turn, both reach the end.
    for turn in 0..<40 where finished.count < 2 {
      let shard = SweepShard(k: 1 + turn % 2, n: 2)
      guard finished[shard.k] == nil else { continue }
      do {
        finished[shard.k] = try await Self.runner(plan, base, path: path, shard: shard).run()
      } catch let waiting as ABCSampler.Waiting {
        #expect(waiting.missing > 0)
        waits += 1
      }
    }
    #expect(finished.count == 2 && waits > 0)
    #expect(finished.values.allSatisfy { $0 == reference })
    let (joined, digest, ran) = try await Self.join(plan, base, path: path)
    #expect(joined == reference)
    #expect(digest == referenceDigest)
    #expect(ran == 0)
  }

  @Test func followingShardsRunTogetherToTheWholeRun() async throws {
    let (plan, base, whole) = try await CalibrationResumeTests.prepared()
    let reference = try await CalibrationRunner(plan: plan, base: base, directory: whole, jobs: 2).run()
    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let first = try Self.runner(plan, base, path: path, shard: SweepShard(k: 1, n: 3), follow: true)
    let second = try Self.runner(plan, base, path: path, shard: SweepShard(k: 2, n: 3), follow: true)
    let third = try Self.runner(plan, base, path: path, shard: SweepShard(k: 3, n: 3), follow: true)
    async let a = first.run()
    async let b = second.run()
    async let c = third.run()
    let results = try await [a, b, c]
    #expect(results.allSatisfy { $0 == reference })
    let (joined, _, ran) = try await Self.join(plan, base, path: path)
    #expect(joined == reference && ran == 0)
  }

  @Test func aShardOfAnotherPlanIsNotRead() async throws {
    let (plan, base, whole) = try await CalibrationResumeTests.prepared()
    let reference = try await CalibrationRunner(plan: plan, base: base, directory: whole, jobs: 2).run()
    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let other = CalibrationPlan(
      name: "tiny", particles: 4, generations: 2, replications: 1, seed: 4,
      pilot: try await CalibrationRunner.pilot(base, replications: 2, jobs: 2), base: base)
    let stale = try Self.runner(other, base, path: path, shard: SweepShard(k: 2, n: 2))
    await #expect(throws: ABCSampler.Waiting.self) { try await stale.run() }
    let mine = try Self.runner(plan, base, path: path, shard: SweepShard(k: 1, n: 2))
    await #expect(throws: ABCSampler.Waiting.self) { try await mine.run() }
    let (joined, _, ran) = try await Self.join(plan, base, path: path)
    // The join runs the other half of generation 0 itself and everything after: nothing came from the stale shard.
    #expect(joined == reference && ran > 0)
  }
}
