import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `reentry merge` of one whole sweep, which the script of
/// `sweep --slurm --shards 1` runs, and what a failed merge leaves (issue 17.2).
@Suite("Merge of a whole sweep")
struct WholeSweepMergeTests {
  /// Entries of `dir` whose names start with `prefix`, hidden ones included.
  static func entries(_ dir: URL, _ prefix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
  }

  @Test func anUnshardedSweepMergesToTheSameBytes() async throws {
    let reference = try await SweepReference.shared.value
    let out = reference.world.path("merged-whole")
    let r = await reentry(["merge", reference.out, "--out", out])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("merged 1 shards of grid (4 points)"))
    #expect(deterministicTree(out) == deterministicTree(reference.out))
  }

  @Test func shardOneOfOneMergesToTheSameBytes() async throws {
    let reference = try await SweepReference.shared.value
    let shard = reference.world.path("shard-1-of-1")
    let ran = await reentry(["sweep", reference.sweepFile, "--shard", "1/1", "--out", shard, "--jobs", "2"])
    #expect(ran.code == 0, "\(ran.err)")
    let out = reference.world.path("merged-1-of-1")
    let r = await reentry(["merge", shard, "--out", out])
    #expect(r.code == 0, "\(r.err)")
    #expect(deterministicTree(out) == deterministicTree(reference.out))
  }

  @Test func aFailedMergeLeavesNothing() async throws {
    let reference = try await SweepReference.shared.value
    let broken = reference.world.path("broken-whole")
    try FileManager.default.copyItem(atPath: reference.out, toPath: broken)
    try FileManager.default.removeItem(atPath: broken + "/" + SweepPointFile.name(2))
    let parent = reference.world.dir.appendingPathComponent("failed-merge")
    let out = parent.appendingPathComponent("merged").path
    let r = await reentry(["merge", broken, "--out", out])
    #expect(r.code == 65)
    #expect(r.err.contains("\(broken): points/000002.csv is missing or incomplete"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(Self.entries(parent, "").isEmpty, "nothing beside the output either")
  }

  @Test func aWholeSweepWhosePointsDifferFromItsManifestIsRefused() async throws {
    let reference = try await SweepReference.shared.value
    let altered = reference.world.path("altered-whole")
    try FileManager.default.copyItem(atPath: reference.out, toPath: altered)
    // A whole point file whose numbers are not those sweep.csv was made of.
    let point = altered + "/" + SweepPointFile.name(1)
    let text = try String(contentsOfFile: point, encoding: .utf8)
    let range = try #require(text.range(of: ",0."))
    try Data(text.replacingCharacters(in: range, with: ",1.").utf8).write(to: URL(fileURLWithPath: point))
    let out = reference.world.path("merged-altered")
    let r = await reentry(["merge", altered, "--out", out])
    #expect(r.code == 65)
    #expect(r.err.contains("\(altered): its point files do not give the sweep.csv"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(Self.entries(reference.world.dir, ".merged-altered").isEmpty)
  }
}
