import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `reentry robustness --worlds POSTERIOR` on a tiny hand-written posterior in
/// a tiny world: worlds take their particle's values, the same bytes for any
/// `--jobs` and from merged shards, the spread split printed, bad posteriors refused.
@Suite("Robustness over a posterior")
struct RobustnessPosteriorCLITests {
  static let tinyWorld = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ]

  /// The posterior's parameters (two world assumptions) and its two particles, inside their ranges.
  static func posterior(_ dir: URL) throws -> (folder: String, paths: [String], rows: [[Double]]) {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", tinyWorld)
    let factors = Array(RobustnessDefinition.worldFactors(in: base.schema).filter { !$0.isInteger }.prefix(2))
    let rows = [0.2, 0.8].map { u in
      factors.map { RobustnessFactor.significant($0.low + u * ($0.high - $0.low), digits: 4) }
    }
    let paths = factors.map(\.path)
    return (TinyPosterior.write(dir, paths: paths, rows: rows, weights: [0.7, 0.3]), paths, rows)
  }

  static func arguments(worlds: String, out: String, jobs: Int) -> [String] {
    [
      "robustness", PackagePaths.baseline, ModelFixture.path("Scenarios/caseload-20.json"), "--worlds", worlds,
      "--draws", "3", "--jobs", "\(jobs)", "--out", out,
    ] + tinyWorld.flatMap { ["--set", $0] }
  }

  @Test func worldsComeFromTheParticlesAndTheBytesFromNothingElse() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let (folder, paths, rows) = try Self.posterior(dir)
    let out = dir.appendingPathComponent("two").path
    let r = await reentry(Self.arguments(worlds: folder, out: out, jobs: 2))
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("assumption uncertainty (between worlds) SD"))
    // Weights 0.7 and 0.3: an effective sample of 1 / (0.49 + 0.09), about 1.7 particles.
    #expect(r.err.contains("effective sample size is 1.7 of 2 particles"), "\(r.err)")
    #expect(r.out.contains("simulation noise (between replications of one world) SD"))
    let table = try CSVTable(try #require(readText(out + "/robustness.csv")), file: "robustness.csv")
    let columns = try paths.map { try table.column($0) }
    for record in table.records {
      let values = columns.map { Double(record.fields[$0])! }
      #expect(rows.contains(values), "line \(record.line): \(values) is no particle's")
    }
    let seeds = Set(table.records.map { record in record.fields[try! table.column("seed")] })
    #expect(seeds.count == 3, "one seed per world: \(seeds)")
    let summary = try #require(readText(out + "/robustness.json"))
    #expect(summary.contains("\"filter\": \"none\"") && summary.contains("\"assumptionSD\""))
    #expect(try #require(readText(out + "/design.json")).contains("\"source\": \"posterior\""))
    let html = dir.appendingPathComponent("report-\(UUID().uuidString).html").path
    let report = await reentry(["report", out, "--out", html])
    #expect(report.code == 0, "\(report.err)")
    let page = try #require(readText(html))
    #expect(page.contains("drawn by weight from the particles of generation 1 of a calibration"))
    #expect(page.contains("Simulation noise: SD between replications of one world"))

    let one = dir.appendingPathComponent("one").path
    let single = await reentry(Self.arguments(worlds: folder + "/particles.csv", out: one, jobs: 1))
    #expect(single.code == 0, "\(single.err)")
    #expect(deterministicTree(one) == deterministicTree(out))

    var shards: [String] = []
    for k in 1...2 {
      let shard = dir.appendingPathComponent("shard-\(k)").path
      let s = await reentry(Self.arguments(worlds: folder, out: shard, jobs: 1) + ["--shard", "\(k)/2"])
      #expect(s.code == 0, "\(s.err)")
      shards.append(shard)
    }
    let merged = dir.appendingPathComponent("merged").path
    let m = await reentry(["merge"] + shards + ["--out", merged])
    #expect(m.code == 0, "\(m.err)")
    #expect(deterministicTree(merged) == deterministicTree(out))
  }

  @Test func slurmTasksReadTheSamePosterior() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let (folder, _, _) = try Self.posterior(dir)
    let out = dir.appendingPathComponent("rob-slurm").path
    let r = await reentry(Self.arguments(worlds: folder, out: out, jobs: 1) + ["--slurm", "--shards", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("'--worlds' '\(folder)'") && r.out.contains("'--filter' 'none'"), "\(r.out)")
  }

  @Test func aMissingOrMalformedPosteriorIsRefused() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let missing = dir.appendingPathComponent("no-calibration").path
    let none = await reentry(Self.arguments(worlds: missing, out: dir.appendingPathComponent("a").path, jobs: 1))
    #expect(none.code == 66 && none.err.contains(missing) && none.err.contains("reentry calibrate"))

    let (folder, _, _) = try Self.posterior(dir)
    let file = folder + "/particles.csv"
    let text = try #require(readText(file))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var fields = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    fields[3] = "heavy"
    let edited = (lines.prefix(3) + [Substring(fields.joined(separator: ","))] + lines.dropFirst(4))
      .joined(separator: "\n")
    try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
    let bad = await reentry(Self.arguments(worlds: folder, out: dir.appendingPathComponent("b").path, jobs: 1))
    #expect(bad.code == 65, "\(bad.err)")
    #expect(bad.err.contains(file) && bad.err.contains("line 4, column weight") && bad.err.contains("allowed:"))
  }
}
