import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// `--seed` and `--replications` win over `--set run.seed` and `--set run.replications`,
/// whatever their order, in every command that takes them, as the help says.
@Suite("Seed and replications precedence")
struct SeedPrecedenceTests {
  /// The value `describe` prints for `path`, e.g. "7" for `run.seed = 7 …`.
  static func described(_ path: String, in text: String) -> String? {
    let line = text.split(separator: "\n").first { $0.hasPrefix(path + " ") }
    return line?.split(separator: "=", maxSplits: 1).last?.split(separator: " ").first.map(String.init)
  }

  @Test(arguments: [["--seed", "7", "--set", "run.seed=9"], ["--set", "run.seed=9", "--seed", "7"]])
  func describeTakesTheSeedFlagOverSet(_ options: [String]) async throws {
    let r = await reentry(["describe", PackagePaths.baseline] + options)
    #expect(r.code == 0, "\(r.err)")
    #expect(Self.described("run.seed", in: r.out) == "7")
  }

  @Test func describeTakesTheReplicationsFlagOverSet() async throws {
    let r = await reentry(
      ["describe", PackagePaths.baseline, "--replications", "3", "--set", "run.replications=5"])
    #expect(r.code == 0, "\(r.err)")
    #expect(Self.described("run.replications", in: r.out) == "3")
  }

  @Test func runTakesBothFlagsOverSet() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let r = await reentry([
      "run", world.path("small.json"), "--set", "run.seed=9", "--set", "run.replications=2", "--seed", "7",
      "--replications", "1", "--out", world.path("out"),
    ])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("small: 1 replications, seed 7"), "\(r.out)")
  }

  @Test func compareTakesBothFlagsOverSet() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let variant = world.write("variant.json", ExperimentWorld.smallScenario(name: "variant"))
    let r = await reentry([
      "compare", world.path("small.json"), variant, "--seed", "7", "--set", "run.seed=9", "--replications", "2",
      "--set", "run.replications=3", "--out", world.path("out"),
    ])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("variant vs small: 2 paired replications, seed 7"), "\(r.out)")
  }

  @Test(arguments: ["run", "describe", "compare", "sensitivity", "robustness", "validate-model"])
  func helpStatesThePrecedence(_ command: String) async {
    let help = await reentry([command, "--help"]).out
    #expect(help.contains("wins over --set run.seed"), "\(command) --help: \(help)")
  }
}
