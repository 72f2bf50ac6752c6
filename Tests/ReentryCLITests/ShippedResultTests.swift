import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI
@testable import ReentryExperiments

/// Results shipped with the repository (listed in `Results/shipped.txt`)
/// are replaced only with `--force`, so following the README cannot
/// overwrite them; `bench` writes under `Results/`, not into the current directory.
@Suite("Shipped results")
struct ShippedResultTests {
  /// A copy of the layout: `Results/shipped.txt` naming `validation.csv` and `sens`.
  static func shippedWorld() -> (ExperimentWorld, String) {
    let world = ExperimentWorld()
    let results = world.dir.appendingPathComponent("Results")
    _ = writeFile(results, "shipped.txt", "# shipped\nvalidation.csv\nsens\n")
    return (world, results.path)
  }

  @Test func validateModelRefusesAShippedFileWithoutForce() async throws {
    let (world, results) = Self.shippedWorld()
    defer { removeTempDirectory(world.dir) }
    let out = results + "/validation.csv"
    let r = await reentry(["validate-model", world.path("small.json"), "--out", out])
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.hasPrefix("\(out): "), "\(r.err)")
    #expect(r.err.contains("shipped") && r.err.contains("--force"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func sensitivityRefusesAShippedDirectoryWithoutForce() async throws {
    let (world, results) = Self.shippedWorld()
    defer { removeTempDirectory(world.dir) }
    let out = results + "/sens"
    let r = await reentry(["sensitivity", world.path("small.json"), "--small", "--trajectories", "1", "--out", out])
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.contains("shipped"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: [
    "Results/validation.csv", "Results/sensitivity-baseline", "Results/robustness-recommendations",
    "Results/robustness-recommendations/report.html",
  ])
  func theRepositorysShippedResultsAreRecognised(_ relative: String) {
    #expect(ShippedResults.containing(ModelFixture.path(relative)) != nil)
  }

  @Test func anOrdinaryResultUnderResultsIsNotShipped() {
    #expect(ShippedResults.containing(ModelFixture.path("Results/baseline")) == nil)
  }

  @Test func benchWritesUnderResultsByDefault() {
    #expect(BenchCommand.defaultOut == "Results/bench.json")
  }
}
