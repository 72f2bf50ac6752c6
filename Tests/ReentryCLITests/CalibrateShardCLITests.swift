import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `reentry calibrate --shard K/N` run in turn, killed with SIGKILL part-way, and joined without `--shard`:
/// the same bytes as a run in one go; `--slurm` prints the array job and the join.
extension CalibrateCLITests {
  /// Runs shards 1/2 and 2/2 in turn (each stops where it needs the other) until both report every generation done.
  static func runShardsInTurn(out: String, killFirstAfter delay: Double? = nil) async throws {
    var done: Set<Int> = []
    if let delay {
      try KillTests.kill(arguments(out: out, jobs: 1) + ["--shard", "1/2"], after: delay)
    }
    for turn in 0..<40 where done.count < 2 {
      let k = 1 + turn % 2
      guard !done.contains(k) else { continue }
      let r = await reentry(arguments(out: out, jobs: 1) + ["--shard", "\(k)/2"])
      try #require(r.code == 0, "\(r.err)")
      if r.out.contains("every generation done") { done.insert(k) } else { #expect(r.out.contains("waits for")) }
    }
    #expect(done.count == 2)
  }

  @Test func shardsJoinToTheSameBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    try await Self.runShardsInTurn(out: out)
    #expect(FileManager.default.fileExists(atPath: out + "-shard-1-of-2/calibration-state.json"))
    #expect(!FileManager.default.fileExists(atPath: out))
    let joined = await reentry(Self.arguments(out: out, jobs: 2))
    #expect(joined.code == 0, "\(joined.err)")
    #expect(deterministicTree(out) == deterministicTree(reference))
  }

  @Test(.enabled(if: ReentryExecutable.path != nil, "run `swift build` first to test kills of the real executable"))
  func aShardKilledWithSigkillResumesToTheSameBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    try await Self.runShardsInTurn(out: out, killFirstAfter: 1.5)
    let joined = await reentry(Self.arguments(out: out, jobs: 2))
    #expect(joined.code == 0, "\(joined.err)")
    #expect(deterministicTree(out) == deterministicTree(reference))
  }

  @Test func slurmPrintsFollowingShardsAndAJoin() async throws {
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let r = await reentry(Self.arguments(out: out, jobs: 1) + ["--slurm", "--shards", "3"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("--array=0-2") && r.out.contains("calibrate ") && r.out.contains("'--particles' '4'"))
    #expect(r.out.contains("--follow --out") && r.out.contains("--resume --out merged"))
    #expect(!r.out.contains(" merge shards/"))
    let tooMany = await reentry(Self.arguments(out: out, jobs: 1) + ["--slurm", "--shards", "5"])
    #expect(tooMany.code == 64, "\(tooMany.err)")
    let follow = await reentry(Self.arguments(out: out, jobs: 1) + ["--follow"])
    #expect(follow.code == 64 && follow.err.contains("--follow"), "\(follow.err)")
  }
}
