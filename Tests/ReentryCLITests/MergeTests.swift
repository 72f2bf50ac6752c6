import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments

/// `--shard K/N` and `reentry merge`: shards partition the points, and merged
/// they give the unsharded sweep byte for byte; bad merges name what is wrong.
@Suite("Merge")
struct MergeTests {
  /// Shards 1/3, 2/3 and 3/3 of the reference sweep, each in its own directory.
  static let shards = Task<[String], any Error> {
    let reference = try await SweepReference.shared.value
    var directories: [String] = []
    for k in 1...3 {
      let out = reference.world.path("shard-\(k)")
      let r = await reentry(["sweep", reference.sweepFile, "--shard", "\(k)/3", "--out", out, "--jobs", "2"])
      guard r.code == 0 else { throw SweepReference.ReferenceFailure(message: r.err) }
      directories.append(out)
    }
    return directories
  }

  @Test func shardsHoldOnlyTheirPoints() async throws {
    let shards = try await Self.shards.value
    let expected = [[0, 3], [1], [2]]
    for (k, directory) in shards.enumerated() {
      let tree = deterministicTree(directory)
      #expect(tree.keys.sorted() == ["manifest.json"] + expected[k].map(SweepPointFile.name) + ["sweep.json"])
      let manifest = try JSONParser.parse(try #require(tree["manifest.json"]))
      #expect(manifest.value(forKey: "kind") == .string("sweep-shard"))
      #expect(manifest.value(forKey: "shard") == .string("\(k + 1)/3"))
    }
  }

  @Test func mergedShardsEqualTheUnshardedSweep() async throws {
    let reference = try await SweepReference.shared.value
    let shards = try await Self.shards.value
    let out = reference.world.path("merged")
    let r = await reentry(["merge", shards[2], shards[0], shards[1], "--out", out])
    #expect(r.code == 0, "\(r.err)")
    let merged = deterministicTree(out)
    let unsharded = deterministicTree(reference.out)
    #expect(merged["sweep.csv"] == unsharded["sweep.csv"])
    #expect(merged["manifest.json"] == unsharded["manifest.json"])
    #expect(merged == unsharded)
  }

  @Test func aMissingShardIsNamed() async throws {
    let reference = try await SweepReference.shared.value
    let shards = try await Self.shards.value
    let out = reference.world.path("merged-incomplete")
    let r = await reentry(["merge", shards[0], shards[2], "--out", out])
    #expect(r.code == 65)
    #expect(r.err.contains("missing shard 2/3 (points 1)"))
    #expect(!FileManager.default.fileExists(atPath: out))

    let twice = await reentry(["merge", shards[0], shards[1], shards[2], shards[0], "--out", out])
    #expect(twice.code == 65)
    #expect(twice.err.contains("shard 1/3 is given twice"))
    #expect(await reentry(["merge", shards[0], shards[1], "--out", shards[1]]).code == 64)
  }

  @Test func shardsOfAnotherSweepAreRefused() async throws {
    let reference = try await SweepReference.shared.value
    let shards = try await Self.shards.value
    // A copy of shard 2/3 whose sweep.json (and so its digest) says another seed.
    let foreign = reference.world.path("foreign-shard")
    try? FileManager.default.removeItem(atPath: foreign)
    try FileManager.default.copyItem(atPath: shards[1], toPath: foreign)
    let bytes = try #require(FileManager.default.contents(atPath: shards[1] + "/sweep.json"))
    let plan = try #require(SweepPlan(fileBytes: Array(bytes)))
    let other = SweepPlan(
      name: plan.name, mode: plan.mode, dimensions: plan.dimensions, replications: plan.replications,
      seed: plan.seed + 1,
      baseParameters: plan.baseParameters)
    _ = try SweepAssembly.finish(SweepDirectory(path: foreign), plan: other, shard: SweepShard(k: 2, n: 3))
    try Data(other.fileBytes).write(to: URL(fileURLWithPath: foreign + "/sweep.json"))
    let r = await reentry(["merge", shards[0], foreign, shards[2], "--out", reference.world.path("merged-foreign")])
    #expect(r.code == 65)
    #expect(r.err.contains("\(foreign) belongs to sweep grid"))
    #expect(r.err.contains("merge only shards of one sweep"))
  }
}
