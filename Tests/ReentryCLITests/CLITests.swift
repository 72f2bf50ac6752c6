import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The command-line contract: help, usage errors (64), `describe` and `verify`.
@Suite("CLI")
struct CLITests {
  static let commands = ["run", "validate", "describe", "verify"]

  // MARK: help and usage errors

  @Test func topLevelHelpPrintsUsage() async {
    for flag in ["--help", "-h", "help"] {
      let r = await reentry([flag])
      #expect(r.code == 0, "\(flag)")
      #expect(r.out.contains("Usage: reentry <command>"), "\(flag)")
      for command in Self.commands { #expect(r.out.contains("  \(command) "), "\(flag) lists \(command)") }
      #expect(r.err == "")
    }
  }

  @Test(arguments: commands)
  func subcommandHelpPrintsUsage(_ command: String) async {
    let r = await reentry([command, "--help"])
    #expect(r.code == 0)
    #expect(r.out.hasPrefix("Usage: reentry \(command)"))
    #expect(r.err == "")
    // --help wins over anything else on the line, even bad arguments.
    let r2 = await reentry([command, "--bogus", "-h"])
    #expect(r2.code == 0)
    #expect(r2.out == r.out)
  }

  @Test func runHelpListsItsOptions() async {
    let r = await reentry(["run", "--help"])
    for option in ["--seed", "--replications", "--jobs", "--out", "--set", "--progress"] {
      #expect(r.out.contains(option), "run --help mentions \(option)")
    }
  }

  @Test func versionPrintsVersion() async {
    let r = await reentry(["--version"])
    #expect(r.code == 0)
    #expect(r.out == "reentry \(ReentryVersion.current)\n")
  }

  @Test func noArgumentsIsUsageError() async {
    let r = await reentry([])
    #expect(r.code == 64)
    #expect(r.out == "")
    #expect(r.err.contains("Usage: reentry <command>"))
  }

  @Test func misspeltCommandSuggestsNearest() async {
    let r = await reentry(["rnu", "x.json"])
    #expect(r.code == 64)
    #expect(r.out == "")
    #expect(r.err.hasPrefix("reentry: unknown command 'rnu' (did you mean 'run'?)"))
    #expect(r.err.contains("Usage: reentry <command>"))

    let r2 = await reentry(["valdiate"])
    #expect(r2.code == 64)
    #expect(r2.err.contains("did you mean 'validate'?"))
  }

  @Test func unrelatedCommandHasNoSuggestion() async {
    let r = await reentry(["frobnicate"])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("reentry: unknown command 'frobnicate'\n"))
    #expect(!r.err.contains("did you mean"))
  }

  @Test func unknownOptionSuggestsNearest() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("out").path
    let r = await reentry(["run", file, "--replicatons", "3", "--out", out])
    #expect(r.code == 64)
    #expect(r.out == "")
    let first = r.errLines.first ?? ""
    #expect(first.hasPrefix("unknown option --replicatons; did you mean --replications?"))
    #expect(first.contains("allowed: "))
    #expect(first.contains("--jobs"))
    #expect(r.err.contains("Run 'reentry run --help' for usage."))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: [
    (["--jobs", "0"], "jobs", "0", "1…1024"),
    (["--jobs=0"], "jobs", "0", "1…1024"),
    (["--seed", "-1"], "seed", "-1", "0…"),
    (["--replications", "abc"], "replications", "abc", "1…"),
    (["--replications", "0"], "replications", "0", "1…"),
  ])
  func badIntegerOptionIsUsageError(_ option: [String], _ name: String, _ value: String, _ range: String) async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("out").path
    let r = await reentry(["run", file, "--out", out] + option)
    #expect(r.code == 64)
    #expect(r.out == "")
    let first = r.errLines.first ?? ""
    #expect(first.hasPrefix("option --\(name): \"\(value)\" is not allowed; allowed: an integer in \(range)"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func flagGivenAValueIsUsageError() async {
    let r = await reentry(["run", "x.json", "--progress=yes"])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --progress takes no value"))
  }

  @Test func optionWithoutValueIsUsageError() async {
    let r = await reentry(["run", "x.json", "--out"])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --out needs a value"))
  }

  @Test func wrongNumberOfScenarioFilesIsUsageError() async {
    for arguments in [["run"], ["run", "a.json", "b.json"], ["describe"], ["describe", "a.json", "b.json"]] {
      let r = await reentry(arguments)
      #expect(r.code == 64, "\(arguments)")
      #expect(r.err.contains("exactly one scenario file"), "\(arguments)")
    }
    let r = await reentry(["verify", "a.json", "b.json"])
    #expect(r.code == 64)
  }

  // MARK: describe

  /// The line of `describe` output that shows `path`, or nil.
  static func describeLine(_ output: String, _ path: String) -> String? {
    output.split(separator: "\n").map(String.init).first { $0.hasPrefix(path + " ") && $0.contains(" = ") }
  }

  @Test func describeShowsEveryParameterWithItsOrigin() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(
      dir, "standalone.json",
      #"{"name": "standalone", "casemanagers": {"caseloadNorm": 25}, "population": {"lvbShare": 0.25}}"#)
    let r = await reentry(["describe", file, "--set", "casemanagers.caseloadNorm=20"])
    #expect(r.code == 0)
    #expect(r.err == "")
    #expect(r.out.hasPrefix("scenario: standalone\n"))
    #expect(r.out.contains("files: \(file)\n"))

    let specs = ParameterCatalog.schema.specs
    #expect(!specs.isEmpty)
    var origins: [String: String] = [:]
    for spec in specs {
      let line = try #require(Self.describeLine(r.out, spec.path), "describe omits \(spec.path)")
      let from = try #require(line.range(of: "[from: "), "no origin for \(spec.path)")
      let rest = line[from.upperBound...]
      origins[spec.path] = String(rest.prefix { $0 != ";" })
      let count = r.out.split(separator: "\n").filter { $0.hasPrefix(spec.path + " ") }.count
      #expect(count == 1, "\(spec.path) is listed \(count) times")
    }
    #expect(origins["casemanagers.caseloadNorm"] == "command line")
    #expect(Self.describeLine(r.out, "casemanagers.caseloadNorm")?.contains("= 20 ") == true)
    #expect(origins["population.lvbShare"] == file)
    #expect(Self.describeLine(r.out, "population.lvbShare")?.contains("= 0.25 ") == true)
    #expect(origins["run.seed"] == "default")
    let defaults = origins.values.filter { $0 == "default" }.count
    #expect(defaults == specs.count - 2)
  }

  /// Below an assumption: its plausible range and rationale, or why it is held.
  @Test func describeShowsPlausibleRanges() async throws {
    let r = await reentry(["describe", PackagePaths.baseline])
    #expect(r.code == 0)
    let lines = r.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let hours = try #require(lines.firstIndex { $0.hasPrefix("casemanagers.hoursPerWeek ") })
    #expect(lines[hours + 2].hasPrefix("plausible: 10…20 hours/week — seed 003"))
    let norm = try #require(lines.firstIndex { $0.hasPrefix("casemanagers.caseloadNorm ") })
    #expect(!lines[norm + 2].hasPrefix("plausible") && !lines[norm + 2].hasPrefix("held"))
    #expect(lines.contains { $0.hasPrefix("held: run setting") })
  }

  @Test func describeShowsWhichFileOfTheChainSetEachValue() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let baselineText = try #require(readText(PackagePaths.baseline))
    let parent = writeFile(dir, "Scenarios/baseline.json", baselineText)
    let child = writeFile(dir, "Scenarios/variants/small.json", ScenarioText.small(extends: "../baseline.json"))
    let r = await reentry(["describe", child])
    #expect(r.code == 0)
    #expect(r.out.contains("files: \(parent) <- \(child)\n"))
    #expect(Self.describeLine(r.out, "population.releasesPerYear")?.contains("[from: \(child);") == true)
    #expect(Self.describeLine(r.out, "run.replications")?.contains("[from: \(child);") == true)
    #expect(Self.describeLine(r.out, "casemanagers.caseloadNorm")?.contains("[from: \(parent);") == true)
    #expect(!r.out.contains("[from: default;"), "the baseline sets every parameter")
  }

  @Test func describeJSONOfBaselineEqualsBaseline() async throws {
    let r = await reentry(["describe", PackagePaths.baseline, "--json"])
    #expect(r.code == 0)
    #expect(r.err == "")
    let described = try JSONParser.parse(r.out)
    let baseline = try JSONParser.parse(try #require(readText(PackagePaths.baseline)))
    #expect(described == baseline)
  }

  @Test func describeJSONIncludesOverridesAndNoExtends() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let r = await reentry(["describe", file, "--json", "--set", "casemanagers.caseloadNorm=20", "--seed", "7"])
    #expect(r.code == 0)
    let json = try JSONParser.parse(r.out)
    #expect(json.value(forKey: "extends") == nil)
    #expect(json.value(forKey: "name") == .string("small"))
    #expect(json.value(forKey: "casemanagers")?.value(forKey: "caseloadNorm") == .number(20))
    #expect(json.value(forKey: "run")?.value(forKey: "seed") == .number(7))
    #expect(json.value(forKey: "run")?.value(forKey: "replications") == .number(2))
    #expect(json.value(forKey: "population")?.value(forKey: "releasesPerYear") == .number(2000))
  }

  // MARK: verify

  static func digestsText(_ scenario: String, _ digest: String) -> String {
    """
    {
      "seed": 20231,
      "replications": 2,
      "scenarios": {
        "\(scenario)": "\(digest)"
      }
    }

    """
  }

  @Test func verifyFailsOnWrongDigestUpdatesThenPasses() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "small.json", ScenarioText.small())
    let wrong = String(repeating: "0", count: 64)
    let digests = writeFile(dir, "digests.json", Self.digestsText(scenario, wrong))

    let first = await reentry(["verify", digests, "--jobs", "2"])
    #expect(first.code == 1)
    #expect(first.out.contains("DIFFERS  \(scenario)"))
    #expect(first.out.contains("pinned  \(wrong)"))
    #expect(first.err.contains("digest differs for \(scenario)"))
    #expect(first.out.hasSuffix("0 of 1 pinned digests ok\n"))
    #expect(readText(digests) == Self.digestsText(scenario, wrong), "verify without --update leaves the file alone")

    let update = await reentry(["verify", digests, "--update"])
    #expect(update.code == 0)
    #expect(update.out.contains("updated \(digests)"))
    let pinned = try JSONParser.parse(try #require(readText(digests)))
    #expect(pinned.value(forKey: "seed") == .number(20231))
    #expect(pinned.value(forKey: "replications") == .number(2))
    guard case .string(let digest)? = pinned.value(forKey: "scenarios")?.value(forKey: scenario) else {
      Issue.record("digests file lost its scenario: \(readText(digests) ?? "")")
      return
    }
    #expect(digest != wrong)
    #expect(digest.count == 64 && digest.allSatisfy(\.isHexDigit))
    #expect(first.out.contains("now     \(digest)"), "the digest shown on failure is the one --update pins")

    let again = await reentry(["verify", digests, "--jobs", "1"])
    #expect(again.code == 0)
    #expect(again.out == "ok       \(scenario)\n1 of 1 pinned digests ok\n")
    #expect(again.err == "")
  }

  @Test func verifyWithMissingDigestsFileIsNoInput() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let missing = dir.appendingPathComponent("digests.json").path
    let r = await reentry(["verify", missing])
    #expect(r.code == 66)
    #expect(r.err.hasPrefix("\(missing): cannot read"))
  }

  @Test func verifyWithMalformedDigestsFileIsDataError() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let broken = writeFile(dir, "broken.json", "{\"seed\": 1,")
    let r = await reentry(["verify", broken])
    #expect(r.code == 65)
    #expect(r.err.hasPrefix("\(broken): malformed JSON"))
    let noSeed = writeFile(dir, "noseed.json", #"{"replications": 2, "scenarios": {}}"#)
    let r2 = await reentry(["verify", noSeed])
    #expect(r2.code == 65)
    #expect(r2.err.hasPrefix("\(noSeed): seed"))
  }

  @Test func verifyWithBadScenarioIsDataError() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "bad.json", #"{"casemanagers": {"caseloadNorm": 0}}"#)
    let digests = writeFile(dir, "digests.json", Self.digestsText(scenario, String(repeating: "0", count: 64)))
    let r = await reentry(["verify", digests])
    #expect(r.code == 65)
    #expect(r.err.hasPrefix("\(scenario): casemanagers.caseloadNorm: 0 is out of range"))
  }
}
