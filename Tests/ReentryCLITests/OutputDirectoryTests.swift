import Foundation
import ReentryTestSupport
import ScenarioFormat
import SimKernel
import Testing

@testable import ReentryExperiments

/// `reentry run` and the output contract: which files, which rows, the
/// manifest, and when an output directory may (not) be created or replaced.
@Suite("Output directory")
struct OutputDirectoryTests {
  static let dataFiles = ["summary.csv", "summary.json", "timeseries.csv", "releases.csv"]
  static let allFiles = Set(dataFiles + ["manifest.json", "run-info.json"])

  static let metrics = [
    "release_ready", "id_ok", "housing_ok", "income_ok", "debts_ok", "care_ok", "municipal_contact",
    "screening_on_time", "plan_on_time", "joint_conversation_on_time", "casemanager_utilisation",
    "probation_wait_days", "care_wait_days", "days_to_income", "days_without_housing",
  ]
  static let groups = [
    "all", "sentence=short", "sentence=long", "municipality=small", "municipality=medium",
    "municipality=large", "lvb=yes", "lvb=no",
  ]

  static func contents(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }

  static func bytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { Array($0) }
  }

  // MARK: refusals

  @Test func badScenarioCreatesNoOutputDirectory() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(
      dir, "bad.json", "{\"extends\": \"\(PackagePaths.baseline)\", \"casemanagers\": {\"caseloadNorm\": 0}}")
    let out = dir.appendingPathComponent("results/bad")
    let r = await reentry(["run", file, "--out", out.path])
    #expect(r.code == 65)
    #expect(r.out == "")
    #expect(r.err.hasPrefix("\(file): casemanagers.caseloadNorm: 0 is out of range"))
    #expect(Self.contents(dir) == ["bad.json"], "nothing created next to the scenario")
  }

  @Test func foreignNonEmptyDirectoryIsRefused() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("mine")
    let notes = writeFile(out, "notes.txt", "my own notes\n")
    let r = await reentry(["run", file, "--out", out.path])
    #expect(r.code == 73)
    #expect(r.out == "")
    #expect(r.err.hasPrefix("\(out.path): exists and does not hold a previous result"))
    #expect(r.err.contains("manifest.json"))
    #expect(readText(notes) == "my own notes\n")
    #expect(Self.contents(out) == ["notes.txt"])
    #expect(Self.contents(dir) == ["mine", "small.json"], "no staging directory left behind")
  }

  @Test func directoryWithSomeoneElsesManifestIsRefused() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("other")
    writeFile(out, "manifest.json", #"{"tool": "something-else", "files": {}}"#)
    let r = await reentry(["run", file, "--out", out.path])
    #expect(r.code == 73)
    #expect(readText(out.appendingPathComponent("manifest.json").path) == #"{"tool": "something-else", "files": {}}"#)

    writeFile(out, "manifest.json", "not json")
    let r2 = await reentry(["run", file, "--out", out.path])
    #expect(r2.code == 73)
    #expect(Self.contents(out) == ["manifest.json"])
  }

  @Test func danglingSymbolicLinkIsRefusedBeforeTheRun() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let link = dir.appendingPathComponent("results").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.path + "/missing")
    let r = await reentry(["run", file, "--out", link])
    #expect(r.code == 73)
    #expect(r.out == "")
    #expect(
      r.err.hasPrefix("\(link) is a symbolic link to a missing target (\(dir.path)/missing); choose another --out"),
      "\(r.err)")
    #expect(Self.contents(dir) == ["results", "small.json"], "the link is kept and nothing is left beside it")
  }

  @Test func existingRegularFileIsRefused() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let target = writeFile(dir, "results.txt", "keep me\n")
    let r = await reentry(["run", file, "--out", target])
    #expect(r.code == 73)
    #expect(r.out == "")
    #expect(r.err.hasPrefix("\(target): exists and is not a directory"))
    #expect(readText(target) == "keep me\n")
    #expect(Self.contents(dir) == ["results.txt", "small.json"])

    // A directory below a regular file cannot be created either.
    let below = target + "/sub"
    let r2 = await reentry(["run", file, "--out", below])
    #expect(r2.code == 73)
    #expect(r2.err.hasPrefix("\(below): "))
    #expect(readText(target) == "keep me\n")
    #expect(Self.contents(dir) == ["results.txt", "small.json"], "no staging directory left behind")
  }

  // MARK: a run

  @Test func runWritesTheOutputContractAndCanBeRepeated() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("results/small")

    let r = await reentry(["run", file, "--out", out.path, "--jobs", "2"])
    #expect(r.code == 0, "stderr: \(r.err)")
    #expect(r.err == "", "no progress when stderr is not a terminal")
    #expect(r.out.contains("small: 2 replications, seed 20231"))
    #expect(r.out.contains("wrote \(out.path)"))
    #expect(Set(Self.contents(out)) == Self.allFiles)

    // summary.csv: header, every metric for `all`, every group for release_ready.
    let summary = try #require(readText(out.appendingPathComponent("summary.csv").path))
    let lines = summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "metric,group,mean,sd,ci_low,ci_high,n")
    #expect(lines.last == "", "ends with a newline")
    let rows = lines.dropFirst().filter { !$0.isEmpty }.map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    for row in rows { #expect(row.count == 7, "row \(row.joined(separator: ","))") }
    let keys = Set(rows.map { "\($0[0]),\($0[1])" })
    for metric in Self.metrics { #expect(keys.contains("\(metric),all"), "summary.csv lacks \(metric),all") }
    for group in Self.groups {
      #expect(keys.contains("release_ready,\(group)"), "summary.csv lacks release_ready,\(group)")
    }
    #expect(keys.count == rows.count, "no duplicate metric × group rows")
    let readyAll = try #require(rows.first { $0[0] == "release_ready" && $0[1] == "all" })
    #expect(readyAll[6] == "2", "n is the number of replications")
    let share = try #require(Double(String(readyAll[2])))
    #expect(share >= 0 && share <= 1)

    // Other data files: headers and a parseable summary.json.
    let timeseries = try #require(readText(out.appendingPathComponent("timeseries.csv").path))
    #expect(timeseries.hasPrefix("replication,day,series,value\n"))
    let releases = try #require(readText(out.appendingPathComponent("releases.csv").path))
    #expect(releases.hasPrefix("replication,detainee,"))
    #expect(releases.split(separator: "\n").count > 1, "some releases were simulated")
    let summaryJSON = try JSONParser.parse(try #require(readText(out.appendingPathComponent("summary.json").path)))
    #expect(summaryJSON.value(forKey: "scenario") == .string("small"))
    #expect(summaryJSON.value(forKey: "parameters")?.value(forKey: "name") == .string("small"))

    // manifest.json: SHA-256 of each data file, matching the bytes on disk; run-info.json not covered.
    let manifestPath = out.appendingPathComponent("manifest.json").path
    let manifestBytes = try #require(Self.bytes(manifestPath))
    let manifest = try JSONParser.parse(manifestBytes)
    #expect(manifest.value(forKey: "tool") == .string("reentry"))
    #expect(manifest.value(forKey: "scenario") == .string("small"))
    #expect(manifest.value(forKey: "seed") == .number(20231))
    #expect(manifest.value(forKey: "replications") == .number(2))
    guard case .object(let listed)? = manifest.value(forKey: "files") else {
      Issue.record("manifest.json has no files object")
      return
    }
    #expect(listed.map(\.0) == Self.dataFiles)
    for name in Self.dataFiles {
      let onDisk = try #require(Self.bytes(out.appendingPathComponent(name).path))
      #expect(manifest.value(forKey: "files")?.value(forKey: name) == .string(SHA256.hex(onDisk)), "\(name)")
    }
    #expect(manifest.value(forKey: "files")?.value(forKey: "run-info.json") == nil)
    #expect(manifest.value(forKey: "files")?.value(forKey: "manifest.json") == nil)
    guard case .string(let digest)? = manifest.value(forKey: "digest") else {
      Issue.record("manifest.json has no digest")
      return
    }
    #expect(r.out.contains("digest \(digest.prefix(16))"))
    let runInfo = try JSONParser.parse(try #require(readText(out.appendingPathComponent("run-info.json").path)))
    #expect(runInfo.value(forKey: "jobs") == .number(2))

    // Again into the same directory (ours now), with another job count: identical results.
    let again = await reentry(["run", file, "--out", out.path, "--jobs", "1"])
    #expect(again.code == 0, "stderr: \(again.err)")
    #expect(Set(Self.contents(out)) == Self.allFiles)
    #expect(Self.bytes(manifestPath) == manifestBytes, "same scenario and seed give the same manifest")
    let runInfoAgain = try JSONParser.parse(try #require(readText(out.appendingPathComponent("run-info.json").path)))
    #expect(runInfoAgain.value(forKey: "jobs") == .number(1), "the directory was really replaced")

    // Nothing hidden left beside the output directory.
    let siblings = Self.contents(out.deletingLastPathComponent())
    #expect(siblings == ["small"], "left in the parent: \(siblings)")
    #expect(!siblings.contains { $0.contains(".tmp-") || $0.contains(".old-") })
  }

  @Test func runIntoExistingEmptyDirectoryWithOverrides() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
    let r = await reentry([
      "run", file, "--out", out.path, "--seed", "7", "--replications", "1",
      "--set", "casemanagers.caseloadNorm=20", "--progress",
    ])
    #expect(r.code == 0, "stderr: \(r.err)")
    #expect(r.err.contains("replications 1/1"), "--progress shows progress on a non-terminal stderr")
    #expect(Set(Self.contents(out)) == Self.allFiles)
    let manifest = try JSONParser.parse(try #require(readText(out.appendingPathComponent("manifest.json").path)))
    #expect(manifest.value(forKey: "seed") == .number(7))
    #expect(manifest.value(forKey: "replications") == .number(1))
    let summary = try JSONParser.parse(try #require(readText(out.appendingPathComponent("summary.json").path)))
    #expect(
      summary.value(forKey: "parameters")?.value(forKey: "casemanagers")?.value(forKey: "caseloadNorm") == .number(20))
    #expect(Self.contents(dir) == ["empty", "small.json"])
  }
}

/// Bugs found in review, kept fixed.
@Suite("Output directory rules") struct OutputDirectoryRuleTests {
  @Test func outUnderARegularFileIsRefusedBeforeRunning() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "plain.txt", "x")
    #expect(throws: OutputError.self) { try OutputDirectory(file + "/sub/deeper").checkReplaceable() }
  }

  @Test func scenarioNamesBecomeSafeDirectoryNames() {
    #expect(OutputDirectory.safeName("../../etc") == "_._.._etc")
    #expect(OutputDirectory.safeName("caseload-20") == "caseload-20")
    #expect(OutputDirectory.safeName("") == "scenario")
    #expect(!OutputDirectory.safeName("a/b").contains("/"))
  }

  @Test func verifyRejectsHugeNumbersInTheDigestsFile() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "digests.json", #"{"seed": 1e300, "replications": 2, "scenarios": {}}"#)
    let r = await reentry(["verify", file])
    #expect(r.code == 65)
    #expect(r.err.contains("seed"))
    let file2 = writeFile(dir, "digests2.json", #"{"seed": 1, "replications": 100001, "scenarios": {}}"#)
    let r2 = await reentry(["verify", file2])
    #expect(r2.code == 65)
    #expect(r2.err.hasPrefix(file2))
  }
}
