import ReentryTestSupport
import Testing

/// Help and usage errors of `compare`, `sweep` and `merge`.
@Suite("Compare, sweep and merge on the command line")
struct CompareSweepMergeCLITests {
  @Test(arguments: ["compare", "sweep", "merge"])
  func helpPrintsUsage(_ command: String) async {
    let r = await reentry([command, "--help"])
    #expect(r.code == 0)
    #expect(r.out.hasPrefix("Usage: reentry \(command)"))
    let top = await reentry(["--help"])
    #expect(top.out.contains("  \(command) "))
  }

  @Test func helpNamesEveryOption() async {
    let compare = await reentry(["compare", "--help"]).out
    for option in ["--replications", "--seed", "--jobs", "--out", "--set", "--progress"] {
      #expect(compare.contains(option), "compare --help mentions \(option)")
    }
    let sweep = await reentry(["sweep", "--help"]).out
    for option in ["--jobs", "--out", "--shard", "--resume", "--progress", "\"grid\"", "\"zip\""] {
      #expect(sweep.contains(option), "sweep --help mentions \(option)")
    }
  }

  @Test func missingArgumentsAreUsageErrors() async {
    #expect(await reentry(["sweep"]).code == 64)
    #expect(await reentry(["sweep", "a.json", "b.json"]).code == 64)
    #expect(await reentry(["merge"]).code == 64)
    #expect(await reentry(["sweep", "a.json", "--shard", "x"]).code == 64)
    #expect(await reentry(["merge", "nowhere-shard"]).code == 66)
  }
}
