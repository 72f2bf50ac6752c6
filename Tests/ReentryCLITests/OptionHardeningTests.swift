import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// Issue 17, items 10 and 4: usage lines, repeated and misplaced options,
/// empty and out-of-range values, one wall-time format, and an output
/// directory that cannot be written refused before anything runs.
@Suite("CLI options")
struct OptionHardeningTests {
  @Test func usageLinesAreWrappedNotCut() async {
    let r = await reentry(["--help"])
    for option in ["[--slurm]", "[--script FILE]", "[--sweep-replications N]", "[--out FILE]", "[--progress]"] {
      #expect(r.out.contains(option), "top-level usage shows \(option)")
    }
    #expect(r.out.split(separator: "\n").allSatisfy { !$0.hasSuffix("[--slur") && !$0.contains("replicatio ") })
    let run = await reentry(["run", "--help"])
    let usage = run.out.components(separatedBy: "\n\n").first ?? ""
    #expect(usage.contains("[--set PATH=VALUE]..."), "run's usage names --set: \(usage)")
  }

  @Test func everyCommandsHelpListsExactlyTheOptionsItParses() async {
    for command in ReentryCLI.commands {
      let help = await reentry([command.name, "--help"]).out
      for option in command.options {
        #expect(help.contains("  \(option.usage)"), "\(command.name) --help lists \(option.usage)")
        let shown = option.isRequired ? " \(option.usage)" : "[\(option.usage)]"
        #expect(help.contains(shown), "\(command.name) usage shows \(shown)")
      }
    }
  }

  @Test func aRepeatedOptionIsAUsageError() async {
    let r = await reentry(["run", "x.json", "--seed", "1", "--seed=2"])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --seed is given twice (\"1\" and \"2\"); give it once"))
    // --set is repeatable.
    let set = await reentry([
      "describe", PackagePaths.baseline, "--set", "casemanagers.caseloadNorm=20", "--set", "run.seed=3",
    ])
    #expect(set.code == 0, "\(set.err)")
  }

  @Test(arguments: [["run", "x.json", "--force", "--force"], ["sweep", "x.json", "--resume", "--resume"]])
  func aRepeatedFlagIsAUsageError(_ arguments: [String]) async {
    let flag = arguments[2]
    let r = await reentry(arguments)
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option \(flag) is given twice; give it once"), "\(r.err)")
  }

  @Test func robustnessHelpShowsDrawsAsRequired() async {
    let help = await reentry(["robustness", "--help"]).out
    let usage = help.components(separatedBy: "\n\n").first ?? ""
    #expect(usage.contains("VARIANT.json... --draws N"), "\(usage)")
    #expect(!usage.contains("[--draws N]"), "\(usage)")
    #expect(help.contains("  --draws N") && help.contains("(required)"), "\(help)")
  }

  @Test func slurmOptionsWithoutSlurmAreUsageErrors() async {
    let world = ExperimentWorld()
    let sweep = world.write("grid.json", ExperimentWorld.gridSweep())
    let r = await reentry(["sweep", sweep, "--shards", "2", "--out", world.path("never")])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --shards is only for --slurm"))
    #expect(!FileManager.default.fileExists(atPath: world.path("never")))
  }

  @Test func anEmptyOutIsAUsageErrorNamingTheOption() async {
    let r = await reentry(["run", PackagePaths.baseline, "--out", ""])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --out: the value is empty"))
  }

  @Test func aNumberTooLargeForADoubleIsOutOfRangeNotAString() async {
    let r = await reentry(["describe", PackagePaths.baseline, "--set", "casemanagers.caseloadNorm=1e400"])
    #expect(r.code == 65)
    #expect(r.err.contains("1e400 is out of range (not a finite number)"))
    #expect(!r.err.contains("string"))
  }

  @Test func runPrintsWallTimeWithOneDecimal() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "small.json", ScenarioText.small())
    let r = await reentry(["run", scenario, "--jobs", "2", "--out", dir.appendingPathComponent("out").path])
    #expect(r.code == 0)
    let last = try #require(r.outLines.last)
    #expect(last.range(of: #", [0-9]+\.[0-9] s\)$"#, options: .regularExpression) != nil, "\(last)")
  }

  /// A place no directory can be created in, whoever runs the tests.
  static func unwritable(_ dir: URL) -> String {
    if getuid() == 0 { return "/sys/reentry-cannot-write/out" }
    let locked = dir.appendingPathComponent("locked")
    try? FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    chmod(locked.path, 0o555)
    return locked.appendingPathComponent("out").path
  }

  @Test(arguments: ["run", "compare"])
  func anUnwritableOutIsRefusedBeforeAnythingRuns(_ command: String) async {
    let world = ExperimentWorld()
    let small = world.path("small.json")
    let out = Self.unwritable(world.dir)
    let files = command == "run" ? [small] : [small, small]
    let r = await reentry([command] + files + ["--out", out, "--progress", "--set", "casemanagers.caseloadNorm=21"])
    #expect(r.code == 73)
    #expect(r.err.hasPrefix("\(out): cannot write in "), "\(r.err)")
    #expect(!r.err.contains("replications"), "simulated before checking --out: \(r.err)")
  }
}
