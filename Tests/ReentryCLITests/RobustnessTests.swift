import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `reentry robustness` keeps the sweep contracts: the same bytes for any
/// `--jobs`, merged shards equal one run, a killed run resumes to the same
/// bytes, `--slurm` prints the array script, bad input is refused.
@Suite("Robustness")
struct RobustnessTests {
  /// A tiny world (600 releases a year, short windows, 2 regional PIs), base and two variants, 4 draws.
  static let tiny = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ].flatMap { ["--set", $0] }

  static func arguments(out: String, jobs: Int = 2, filter: String = "none", draws: Int = 4) -> [String] {
    [
      "robustness", PackagePaths.baseline, ModelFixture.path("Scenarios/caseload-20.json"),
      ModelFixture.path("Scenarios/may-share.json"), "--draws", "\(draws)", "--filter", filter, "--jobs", "\(jobs)",
      "--out", out,
    ] + tiny
  }

  /// The analysis run once with `--jobs 2`, the bytes every other way must reproduce.
  static let reference = Task<String, any Error> {
    let out = makeTempDirectory().appendingPathComponent("reference").path
    let r = await reentry(arguments(out: out))
    guard r.code == 0 else { throw SweepReference.ReferenceFailure(message: r.err) }
    return out
  }

  @Test func writesTheTidyTableAndTheSummary() async throws {
    let out = try await Self.reference.value
    let csv = try #require(readText(out + "/robustness.csv"))
    let header = try #require(csv.split(separator: "\n").first)
    #expect(header.hasPrefix("draw,population.lvbShare,"))
    #expect(header.hasSuffix(",casemanagers.hoursPerWeek") == false)
    #expect(
      header.hasSuffix(
        ",kept,rejected_by,scenario,metric,group,value,difference,seed,value_r0,value_r1,difference_r0,difference_r1"))
    #expect(csv.contains(",true,,may-share,release_ready,all,"))
    let summary = try #require(readText(out + "/robustness.json"))
    #expect(summary.contains("\"kept\": 4") && summary.contains("\"probabilityBest\""))
    // may-share takes a decision (held) and sets no assumption about the world.
    #expect(summary.contains("\"levers\": []"))
    #expect(pointFileCount(out) == 4)
    #expect(!FileManager.default.fileExists(atPath: out + "/robustness-state.json"))
  }

  @Test func jobsNeverChangeTheBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("one").path
    let r = await reentry(Self.arguments(out: out, jobs: 1))
    #expect(r.code == 0, "\(r.err)")
    #expect(deterministicTree(out) == deterministicTree(reference))
  }

  @Test func mergedShardsEqualOneRun() async throws {
    let reference = try await Self.reference.value
    let dir = makeTempDirectory()
    var shards: [String] = []
    for k in 1...3 {
      let out = dir.appendingPathComponent("shard-\(k)").path
      let r = await reentry(Self.arguments(out: out) + ["--shard", "\(k)/3"])
      #expect(r.code == 0, "\(r.err)")
      shards.append(out)
    }
    let incomplete = await reentry(["merge"] + shards.dropLast() + ["--out", dir.appendingPathComponent("x").path])
    #expect(incomplete.code == 65 && incomplete.err.contains("missing shard 3/3"))
    let merged = dir.appendingPathComponent("merged").path
    let r = await reentry(["merge"] + shards + ["--out", merged])
    #expect(r.code == 0, "\(r.err)")
    #expect(deterministicTree(merged) == deterministicTree(reference))
  }

  /// A real SIGKILL of the built executable when it is there and current, else the state a kill leaves.
  @Test func aKilledRunResumesToTheSameBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("killed").path
    var killed = false
    if let executable = ReentryExecutable.path {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = Array(Self.arguments(out: out, jobs: 1).dropFirst(0))
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = Date.now.addingTimeInterval(60)
      while process.isRunning, Date.now < deadline, pointFileCount(out) < 2 {
        try await Task.sleep(for: .milliseconds(2))
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let files = (0..<4).map(RobustnessPlan.pointFile).filter {
        FileManager.default.fileExists(atPath: out + "/" + $0)
      }
      killed =
        process.terminationReason == .uncaughtSignal && files.count < 4
        && files.allSatisfy { readText(out + "/" + $0) == readText(reference + "/" + $0) }
    }
    if !killed {
      try? FileManager.default.removeItem(atPath: out)
      try FileManager.default.copyItem(atPath: reference, toPath: out)
      for name in ["robustness.csv", "robustness.json", "manifest.json", "points/000002.csv", "points/000003.csv"] {
        try? FileManager.default.removeItem(atPath: out + "/" + name)
      }
      let plan = try #require(
        RobustnessPlan(fileBytes: Array(try Data(contentsOf: URL(fileURLWithPath: out + "/design.json")))))
      try PointDirectory<RobustnessPlan>(path: out).markUnfinished(plan, shard: .whole)
    }
    let refused = await reentry(Self.arguments(out: out))
    #expect(refused.code == 73 && refused.err.contains("holds an unfinished robustness"))
    let r = await reentry(Self.arguments(out: out) + ["--resume"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("already done"))
    #expect(deterministicTree(out) == deterministicTree(reference))
    print("robustness resume test: \(killed ? "real SIGKILL" : "simulated kill")")
  }

  @Test func filteringRecordsWhichFiguresRejected() async throws {
    let out = makeTempDirectory().appendingPathComponent("filtered").path
    let r = await reentry(Self.arguments(out: out, filter: "patterns", draws: 3))
    #expect(r.code == 0, "\(r.err)")
    let summary = try #require(readText(out + "/robustness.json"))
    let csv = try #require(readText(out + "/robustness.csv"))
    let rows = csv.split(separator: "\n").dropFirst()
    let rejected = Set(rows.filter { $0.contains(",false,") }.map { $0.prefix { $0 != "," } })
    #expect(summary.contains("\"rejected\": \(rejected.count)"))
    // A rejected draw has only base rows: its variants are not run.
    #expect(!rows.contains { $0.contains(",false,") && $0.contains(",caseload-20,") })
    if !rejected.isEmpty { #expect(summary.contains("\"figure\": \"")) }
  }

  @Test func slurmPrintsTheArrayScript() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let r = await reentry(
      Self.arguments(out: dir.appendingPathComponent("rob-slurm").path) + ["--slurm", "--shards", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("--array=0-1"))
    #expect(r.out.contains(") robustness $(printf '%q ' \"${arguments[@]}\")--shard \"\\$shard/2\""))
    #expect(r.out.contains("'--draws' '4'") && r.out.contains("'--set' 'population.releasesPerYear=600'"))
    #expect(r.out.contains("merge shards/shard-1 shards/shard-2 --out merged"))
  }

  @Test func badInputIsRefusedWithFileAndField() async throws {
    let dir = makeTempDirectory()
    let bad = writeFile(
      dir, "bad.json", #"{"extends": "\#(PackagePaths.baseline)", "casemanagers": {"hoursPerWeek": -1}}"#)
    let r = await reentry(["robustness", PackagePaths.baseline, bad, "--draws", "2"])
    #expect(r.code == 65 && r.err.contains("\(bad): casemanagers.hoursPerWeek"))
    let missing = await reentry([
      "robustness", PackagePaths.baseline, dir.appendingPathComponent("no.json").path, "--draws", "2",
    ])
    #expect(missing.code == 66)
    let noDraws = await reentry(["robustness", PackagePaths.baseline, PackagePaths.baseline])
    #expect(noDraws.code == 64 && noDraws.err.contains("--draws"))
    let filter = await reentry(["robustness", PackagePaths.baseline, bad, "--draws", "2", "--filter", "some"])
    #expect(filter.code == 64 && filter.err.contains("allowed: patterns or none"))
    let one = await reentry(["robustness", PackagePaths.baseline, "--draws", "2"])
    #expect(one.code == 64)
  }
}
