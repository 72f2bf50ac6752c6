import Foundation
import ReentryExperiments
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// `reentry bench`'s options are checked before anything is timed: a bad
/// value is a usage error (64) naming the option, and nothing is written.
@Suite("bench options")
struct BenchOptionTests {
  @Test(arguments: ["0", "-3", "x", ""])
  func drawsBelowOneIsAUsageErrorBeforeAnythingRuns(_ draws: String) async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("bench.json").path
    let r = await reentry(["bench", PackagePaths.baseline, "--workloads", "d", "--draws", draws, "--out", out])
    #expect(r.code == 64)
    if draws.isEmpty {
      #expect(r.err.hasPrefix("option --draws: the value is empty"), "\(r.err)")
    } else {
      #expect(
        r.err.hasPrefix("option --draws: \"\(draws)\" is not allowed; allowed: an integer in 1…10000"), "\(r.err)")
    }
    #expect(!r.err.contains("d-robustness"), "ran before checking --draws: \(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func anUnknownWorkloadNamesTheAllowedOnes() async {
    let r = await reentry(["bench", PackagePaths.baseline, "--workloads", "a,x"])
    #expect(r.code == 64)
    #expect(r.err.hasPrefix("option --workloads: allowed: a comma-separated list of a, b, c, d, e, o"), "\(r.err)")
  }

  /// Workload d's variants are the files beside the base, loaded before anything is timed.
  @Test func theVariantsAreLoadedFromBesideTheBase() throws {
    let base = try ScenarioInput.load(PackagePaths.baseline, overrides: [])
    let variants = try BenchCommand.robustnessVariants(beside: PackagePaths.baseline, base: base)
    #expect(variants.map(\.name) == RobustnessBench.shippedVariants)
    #expect(variants.allSatisfy { $0.int("run.seed") == base.int("run.seed") })
  }

  @Test func aBaseWithoutTheVariantsBesideItFailsBeforeAnythingRuns() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let text = try #require(FileManager.default.contents(atPath: PackagePaths.baseline))
    let base = writeFile(dir, "baseline.json", String(decoding: text, as: UTF8.self))
    let out = dir.appendingPathComponent("bench.json").path
    let r = await reentry(["bench", base, "--workloads", "a,d", "--draws", "1", "--out", out])
    #expect(r.code == 66, "\(r.err)")
    #expect(r.err.contains("caseload-20.json"), "\(r.err)")
    #expect(!r.err.contains("a-national"), "timed before loading the variants: \(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
