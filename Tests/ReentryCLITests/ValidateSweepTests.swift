import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// `reentry validate` checks a sweep file as fully as `sweep` does before
/// running (every value, every point's cross-field rules) without running it.
@Suite("Validate sweep files")
struct ValidateSweepTests {
  @Test func aValidSweepFileIsOK() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let sweep = world.write("grid.json", ExperimentWorld.gridSweep())
    let r = await reentry(["validate", sweep, world.path("small.json")])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.outLines == ["\(sweep): ok (sweep, 4 points)", "\(world.path("small.json")): ok"])
    #expect(r.err == "")
    #expect(!FileManager.default.fileExists(atPath: world.path("Results")))
  }

  @Test func everyShippedSweepFileIsValid() async throws {
    let directory = PackagePaths.root.appendingPathComponent("Scenarios/sweeps")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
    try #require(!files.isEmpty)
    let r = await reentry(["validate"] + files.sorted().map { directory.appendingPathComponent($0).path })
    #expect(r.code == 0, "\(r.err)")
    #expect(r.outLines.count == files.count)
  }

  @Test func anInvalidPointIsNamed() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "sweep.json",
      #"{"base": "small.json", "replications": 1, "vary": ["#
        + #"{"path": "conditions.benefitDecisionMeanDays", "values": [40, 57]}, "#
        + #"{"path": "conditions.benefitDecisionMaxDays", "values": [56, 60]}]}"#)
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(
      r.errLines == [
        "\(file): vary: point 2 (conditions.benefitDecisionMeanDays=57, conditions.benefitDecisionMaxDays=56): "
          + "conditions.benefitDecisionMeanDays: 57 is above conditions.benefitDecisionMaxDays (56); "
          + "allowed: at most conditions.benefitDecisionMaxDays (56)"
      ])
    #expect(r.out == "")
  }

  @Test func aBadValueAndAMissingBaseAreReportedLikeForSweep() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "sweep.json",
      #"{"base": "nope.json", "vary": [{"path": "casemanagers.caseloadNorm", "values": [0]}]}"#)
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.errLines.contains { $0.hasPrefix("\(file): base: \"nope.json\" not found") }, "\(r.err)")
    #expect(r.errLines.contains { $0.contains("casemanagers.caseloadNorm") && $0.contains("0") }, "\(r.err)")
    #expect(!r.err.contains("unknown key"), "\(r.err)")
  }
}
