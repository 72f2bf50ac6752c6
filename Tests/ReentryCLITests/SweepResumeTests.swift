import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `--resume`: a sweep killed halfway finishes byte-identical to an
/// uninterrupted one, and a directory is never resumed with another sweep.
@Suite("Sweep resume")
struct SweepResumeTests {
  /// Kills a real `reentry sweep` with SIGKILL once some points are on disk;
  /// true if it died leaving the sweep unfinished, with point files equal to
  /// the reference's (a stale executable, built from older sources, does not count).
  static func killHalfway(_ executable: String, sweep: String, out: String, reference: String) async throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["sweep", sweep, "--out", out, "--jobs", "1"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date.now.addingTimeInterval(120)
    while process.isRunning, Date.now < deadline, pointFileCount(out) < 2 {
      try await Task.sleep(for: .milliseconds(5))
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let finished = (0..<4).map(SweepPointFile.name).filter { FileManager.default.fileExists(atPath: out + "/" + $0) }
    return process.terminationReason == .uncaughtSignal && finished.count < 4
      && !FileManager.default.fileExists(atPath: out + "/manifest.json")
      && finished.allSatisfy { readText(out + "/" + $0) == readText(reference + "/" + $0) }
  }

  /// The state a kill after two points leaves, made from a finished run
  /// (used only when the executable is missing or stale: run `swift build` before `swift test`).
  static func simulateKill(_ reference: String, out: String, plan: SweepPlan) throws {
    let fm = FileManager.default
    try fm.copyItem(atPath: reference, toPath: out)
    for name in ["sweep.csv", "manifest.json", "run-info.json", "points/000002.csv", "points/000003.csv"] {
      try? fm.removeItem(atPath: out + "/" + name)
    }
    let directory = SweepDirectory(path: out)
    try directory.markUnfinished(plan, shard: .whole)
    // A killed sweep had recorded the checksums of the points it wrote, which `--resume` checks.
    try fm.createDirectory(atPath: directory.file(SweepDirectory.checksums), withIntermediateDirectories: true)
    for point in 0..<2 {
      try directory.writePoint(
        point, Array(try #require(fm.contents(atPath: directory.file(SweepPointFile.name(point))))))
    }
    try Data("partial".utf8).write(to: URL(fileURLWithPath: out + "/points/.tmp-1234abcd-000002.csv"))
  }

  @Test func aSweepKilledHalfwayResumesToTheSameBytes() async throws {
    let reference = try await SweepReference.shared.value
    let plan = try SweepFile.load(reference.sweepFile).plan
    let out = reference.world.path("killed")
    var killed = false
    if let executable = ReentryExecutable.path {
      killed = try await Self.killHalfway(executable, sweep: reference.sweepFile, out: out, reference: reference.out)
    }
    if !killed {
      try? FileManager.default.removeItem(atPath: out)
      try Self.simulateKill(reference.out, out: out, plan: plan)
    }
    #expect(FileManager.default.fileExists(atPath: out + "/sweep-state.json"))
    let finished = pointFileCount(out)
    #expect(finished < 4)

    let r = await reentry(["sweep", reference.sweepFile, "--out", out, "--resume", "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("\(4 - finished) points run, \(finished) already done"))
    #expect(deterministicTree(out) == deterministicTree(reference.out))
    print("resume test: \(killed ? "real SIGKILL" : "simulated kill") after \(finished) of 4 points")
  }

  @Test func resumingWithAnotherSweepFileIsRefused() async throws {
    let reference = try await SweepReference.shared.value
    let plan = try SweepFile.load(reference.sweepFile).plan
    let out = reference.world.path("resume-other")
    try? FileManager.default.removeItem(atPath: out)
    try Self.simulateKill(reference.out, out: out, plan: plan)
    let before = deterministicTree(out)
    let other = reference.world.write("grid-seed-8.json", ExperimentWorld.gridSweep(seed: 8))
    let r = await reentry(["sweep", other, "--out", out, "--resume"])
    #expect(r.code == 65)
    #expect(r.err.hasPrefix("\(out): was started with a different sweep (grid, digest \(plan.digest.prefix(12))…)"))
    #expect(deterministicTree(out) == before)

    let shard = await reentry(["sweep", reference.sweepFile, "--out", out, "--resume", "--shard", "1/2"])
    #expect(shard.code == 65)
    #expect(shard.err.contains("holds shard 1/1 of this sweep, not 1/2"))

    let finished = await reentry(["sweep", other, "--out", reference.out, "--resume"])
    #expect(finished.code == 65)
    #expect(finished.err.contains("was started with a different sweep"))
  }
}
