import Foundation
import Testing

@testable import ReentryExperiments

/// Resume and merge at the library level: however a sweep is split up or
/// interrupted, its directory ends byte-identical to a run in one go.
@Suite struct PointStoreTests {
  /// Collects the notes a directory gives.
  final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: String { lock.withLock { lines.joined() } }
  }

  @Test func aSweepResumedHalfwayEqualsOneRun() async throws {
    let sweep = try TinySweep()
    defer { sweep.remove() }
    let reference = sweep.directory("one-go")
    let (_, digest) = try await sweep.run(into: reference)
    let resumed = sweep.directory("resumed")
    try await sweep.killed(resumed, keeping: 2)
    let (outcome, resumedDigest) = try await sweep.run(into: resumed, resume: true)
    #expect(outcome.skipped == 2)
    #expect(resumedDigest == digest)
    #expect(sweep.bytes(resumed, "sweep.csv") == sweep.bytes(reference, "sweep.csv"))
    #expect(!FileManager.default.fileExists(atPath: resumed.file(SweepDirectory.checksums)))
  }

  @Test func twoShardsMergeToOneRun() async throws {
    let sweep = try TinySweep()
    defer { sweep.remove() }
    let (_, digest) = try await sweep.run(into: sweep.directory("one-go"))
    var shards: [String] = []
    for k in 1...2 {
      let shard = try #require(SweepShard("\(k)/2"))
      let directory = sweep.directory("shard-\(k)")
      let (outcome, _) = try await sweep.run(into: directory, shard: shard)
      #expect(outcome.points == 2)
      shards.append(directory.path)
    }
    let merged = try SweepMerge.merge(shards, out: sweep.directory("merged").path, policy: OutputPolicy(kind: "sweep"))
    #expect(merged.digest == digest)
    #expect(sweep.bytes(merged.directory, "sweep.csv") == sweep.bytes(sweep.directory("one-go"), "sweep.csv"))
  }

  /// A point file edited while the sweep was stopped is computed again, not sealed into the digest.
  @Test func aHandEditedPointIsComputedAgainOnResume() async throws {
    let sweep = try TinySweep()
    defer { sweep.remove() }
    let (_, digest) = try await sweep.run(into: sweep.directory("one-go"))
    let resumed = sweep.directory("edited")
    try await sweep.killed(resumed, keeping: 3)
    try Self.edit(resumed.file(SweepPointFile.name(1)))
    let notes = Notes()
    let (outcome, resumedDigest) = try await sweep.run(into: resumed, resume: true, note: notes.add)
    #expect(outcome.skipped == 2, "points 0 and 2 are reused, the edited point 1 is run again")
    #expect(resumedDigest == digest)
    #expect(notes.all.contains("points/000001.csv differs from what was written there"), "\(notes.all)")
  }

  /// The same for a finished sweep given `--resume`: its manifest vouches for the points.
  @Test func aHandEditedPointOfAFinishedSweepIsComputedAgainOnResume() async throws {
    let sweep = try TinySweep()
    defer { sweep.remove() }
    let directory = sweep.directory("finished")
    let (_, digest) = try await sweep.run(into: directory)
    let (untouched, sameDigest) = try await sweep.run(into: directory, resume: true)
    #expect(untouched.skipped == 4, "a finished sweep resumed as it is runs nothing")
    #expect(sameDigest == digest)
    try Self.edit(directory.file(SweepPointFile.name(2)))
    let notes = Notes()
    let (outcome, resumedDigest) = try await sweep.run(into: directory, resume: true, note: notes.add)
    #expect(outcome.skipped == 0, "the table no longer matches its manifest, so no point is trusted")
    #expect(resumedDigest == digest)
    #expect(notes.all.contains("no longer give the sweep.csv its manifest.json records"), "\(notes.all)")
  }

  /// A finished shard resumed reruns only its point that no longer has the digest its manifest records.
  @Test func aHandEditedPointOfAFinishedShardIsTheOnlyOneComputedAgain() async throws {
    let sweep = try TinySweep()
    defer { sweep.remove() }
    let shard = try #require(SweepShard("2/2"))
    let directory = sweep.directory("shard")
    let (_, digest) = try await sweep.run(into: directory, shard: shard)
    try Self.edit(directory.file(SweepPointFile.name(3)))
    let notes = Notes()
    let (outcome, resumedDigest) = try await sweep.run(into: directory, shard: shard, resume: true, note: notes.add)
    #expect(outcome.points == 2 && outcome.skipped == 1)
    #expect(resumedDigest == digest)
    #expect(notes.all.contains("points/000003.csv differs"), "\(notes.all)")
  }

  /// Changes one value of a point file's first row, keeping it a whole point file.
  static func edit(_ path: String) throws {
    var lines = try #require(readLines(path))
    var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let mean = cells.count - 5
    cells[mean] = cells[mean] == "0.5" ? "0.25" : "0.5"
    lines[1] = cells.joined(separator: ",")
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
  }

  static func readLines(_ path: String) -> [String]? {
    FileManager.default.contents(atPath: path).map {
      String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
  }
}
