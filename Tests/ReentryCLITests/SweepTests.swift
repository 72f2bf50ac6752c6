import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// `reentry sweep`: output independent of --jobs, failing points kept apart,
/// the directory rules, and agreement with `reentry run`.
@Suite("Sweep")
struct SweepTests {
  @Test func jobsDoNotChangeTheOutput() async throws {
    let reference = try await SweepReference.shared.value
    let out = reference.world.path("jobs-1")
    let r = await reentry(["sweep", reference.sweepFile, "--out", out, "--jobs", "1"])
    #expect(r.code == 0, "\(r.err)")
    let tree = deterministicTree(out)
    #expect(
      tree.keys.sorted() == [
        "manifest.json", "points/000000.csv", "points/000001.csv", "points/000002.csv", "points/000003.csv",
        "sweep.csv", "sweep.json",
      ])
    #expect(tree == deterministicTree(reference.out))
  }

  @Test func theTableIsThePointFilesInPointOrder() async throws {
    let reference = try await SweepReference.shared.value
    let table = try #require(readText(reference.out + "/sweep.csv"))
    var expected = "casemanagers.caseloadNorm,information.sharedSystem,metric,group,mean,sd,ci_low,ci_high,n\n"
    for point in 0..<4 {
      let text = try #require(readText(reference.out + "/" + SweepPointFile.name(point)))
      expected += text.split(separator: "\n", maxSplits: 1)[1]
    }
    #expect(table == expected)
    #expect(table.contains("\n15,false,release_ready,all,"))
    #expect(table.contains("\n30,true,release_ready,all,"))
    let manifest = try JSONParser.parse(try #require(readText(reference.out + "/manifest.json")))
    #expect(manifest.value(forKey: "kind") == .string("sweep"))
    #expect(!FileManager.default.fileExists(atPath: reference.out + "/sweep-state.json"))
  }

  /// A point is exactly a run of the base with the point's values set.
  @Test func aPointEqualsARunWithThoseValues() async throws {
    let reference = try await SweepReference.shared.value
    let out = reference.world.path("run-30-true")
    let r = await reentry([
      "run", reference.world.path("small.json"), "--seed", "7", "--replications", "2", "--jobs", "2",
      "--set", "casemanagers.caseloadNorm=30", "--set", "information.sharedSystem=true", "--out", out,
    ])
    #expect(r.code == 0, "\(r.err)")
    let summary = try #require(readText(out + "/summary.csv")).split(separator: "\n").dropFirst()
    let point = try #require(readText(reference.out + "/points/000003.csv")).split(separator: "\n").dropFirst()
    #expect(point.map(String.init) == summary.map { "30,true," + $0 })
  }

  @Test func aFailingPointIsReportedAndTheOthersKept() async throws {
    let reference = try await SweepReference.shared.value
    let definition = try SweepFile.load(reference.sweepFile)
    let directory = SweepDirectory(path: reference.world.path("failing"))
    try directory.prepare(definition.plan, shard: .whole, resume: false)
    var runner = SweepRunner(definition: definition, directory: directory, shard: .whole, jobs: 2)
    runner.replicate = { parameters, replication in
      if parameters.casemanagers.caseloadNorm == 30 && parameters.information.sharedSystem {
        throw PlannedFailure()
      }
      return try await Replication.run(parameters, replication: replication)
    }
    let reported = ReportedFailures()
    let outcome = try await runner.run(failed: { reported.add($0) })
    #expect(outcome.failures.map(\.point) == [3])
    #expect(reported.all.map(\.parameters) == ["casemanagers.caseloadNorm=30, information.sharedSystem=true"])
    let failures = try #require(readText(directory.file("failures.csv")))
    #expect(failures.hasPrefix("point,casemanagers.caseloadNorm,information.sharedSystem,error\n3,30,true,"))
    for point in 0..<3 {
      let name = SweepPointFile.name(point)
      #expect(readText(directory.file(name)) == readText(reference.out + "/" + name))
    }
    #expect(pointFileCount(directory.path) == 3)
    #expect(!FileManager.default.fileExists(atPath: directory.file("manifest.json")))

    // Once the cause is gone, --resume runs only the failed point and ends as if nothing had failed.
    let r = await reentry(["sweep", reference.sweepFile, "--out", directory.path, "--resume"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("1 points run, 3 already done"))
    #expect(deterministicTree(directory.path) == deterministicTree(reference.out))
  }

  @Test func anUnfinishedOrForeignDirectoryIsNotOverwritten() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write("grid.json", ExperimentWorld.gridSweep())
    world.write("foreign/notes.txt", "keep me")
    let r = await reentry(["sweep", file, "--out", world.path("foreign")])
    #expect(r.code == 73)
    #expect(readText(world.path("foreign/notes.txt")) == "keep me")

    let unfinished = SweepDirectory(path: world.path("unfinished"))
    try unfinished.prepare(try SweepFile.load(file).plan, shard: .whole, resume: false)
    let before = deterministicTree(unfinished.path)
    let r2 = await reentry(["sweep", file, "--out", unfinished.path])
    #expect(r2.code == 73)
    #expect(r2.err.contains("--resume"))
    #expect(deterministicTree(unfinished.path) == before)
  }

  @Test func aFinishedResultOfOursIsReplaced() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "one.json", #"{"base": "small.json", "vary": [{"path": "casemanagers.caseloadNorm", "values": [20]}]}"#)
    // A sweep of ours (a run's result is of another kind and never replaced by a sweep).
    world.write(
      "old/manifest.json", #"{"tool": "reentry", "version": "0.1.0", "kind": "sweep", "files": {"sweep.csv": "0"}}"#)
    world.write("old/sweep.csv", "metric\n")
    let r = await reentry(["sweep", file, "--out", world.path("old"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(
      deterministicTree(world.path("old")).keys.sorted() == [
        "manifest.json", "points/000000.csv", "sweep.csv", "sweep.json",
      ])
  }
}

/// The error a test replication throws on purpose.
struct PlannedFailure: Error, CustomStringConvertible {
  var description: String { "planned failure" }
}

/// Failures reported while a sweep runs, collected from any task.
final class ReportedFailures: @unchecked Sendable {
  private let lock = NSLock()
  private var failures: [SweepFailure] = []
  func add(_ failure: SweepFailure) { lock.withLock { failures.append(failure) } }
  var all: [SweepFailure] { lock.withLock { failures } }
}
