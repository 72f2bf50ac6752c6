import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments

/// Issue 17: values valid one by one that break a cross-field rule are
/// rejected by every command with exit 65 and the field named, never
/// accepted by `validate` and then failed by `run` as an internal error.
@Suite("Cross-field rules")
struct CrossFieldRuleCLITests {
  /// One broken rule: the parameter set, its value, and the issue expected.
  struct Case: Sendable, CustomStringConvertible {
    let path: String
    let value: String
    /// `FIELD: MESSAGE; allowed: ALLOWED` as printed after the file.
    let detail: String
    var description: String { "\(path)=\(value)" }
    var group: String { String(path.split(separator: ".")[0]) }
    var key: String { String(path.split(separator: ".")[1]) }
  }

  static let cases: [Case] = [
    Case(
      path: "population.sentenceLengthWeights", value: "[0.5,0.5]",
      detail:
        "population.sentenceLengthWeights: 2 weights for 10 edges; allowed: one weight per interval between edges (9)"
    ),
    Case(
      path: "population.sentenceLengthWeights", value: "[0,0,0,0,0,0,0,0,0]",
      detail: "population.sentenceLengthWeights: all 9 weights are 0; allowed: at least one weight above 0"),
    Case(
      path: "population.sentenceLengthEdgesDays", value: "[1,14,30,20,91,182,365,730,1461,3652]",
      detail: "population.sentenceLengthEdgesDays: 20 at [3] is not above 30 at [2]; allowed: strictly increasing edges"
    ),
    Case(
      path: "municipalities.smallBelowPopulation", value: "200000",
      detail:
        "municipalities.smallBelowPopulation: 200000 is above municipalities.largeFromPopulation (100000); "
        + "allowed: at most municipalities.largeFromPopulation (100000), so the size classes stay in order"),
    Case(
      path: "conditions.benefitDecisionMeanDays", value: "70",
      detail:
        "conditions.benefitDecisionMeanDays: 70 is above conditions.benefitDecisionMaxDays (56); "
        + "allowed: at most conditions.benefitDecisionMaxDays (56)"),
  ]

  /// The small scenario with the case's value set in the file itself.
  static func write(_ c: Case, in world: ExperimentWorld) -> String {
    world.write("bad.json", #"{"extends": "small.json", "\#(c.group)": {"\#(c.key)": \#(c.value)}}"#)
  }

  @Test(arguments: cases) func validateRejectsTheCombination(_ c: Case) async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = Self.write(c, in: world)
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.out == "")
    #expect(r.errLines == ["\(file): \(c.detail)"])
  }

  @Test(arguments: cases) func runRejectsTheFileBeforeRunning(_ c: Case) async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = Self.write(c, in: world)
    let out = world.path("out")
    let r = await reentry(["run", file, "--out", out])
    #expect(r.code == 65)
    #expect(r.errLines.contains("\(file): \(c.detail)"))
    #expect(!r.err.contains("internal error"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: cases) func runRejectsTheOverride(_ c: Case) async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let out = world.path("out")
    let r = await reentry(["run", world.path("small.json"), "--set", "\(c.path)=\(c.value)", "--out", out])
    #expect(r.code == 65)
    #expect(r.errLines.contains("command line: \(c.detail)"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: cases) func compareRejectsTheVariant(_ c: Case) async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = Self.write(c, in: world)
    let out = world.path("out")
    let r = await reentry(["compare", world.path("small.json"), file, "--out", out])
    #expect(r.code == 65)
    #expect(r.errLines.contains("\(file): \(c.detail)"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  /// Every point varies the value, so before issue 17 every point failed with exit 70.
  @Test(arguments: cases) func sweepIsRejectedBeforeAnyPointRuns(_ c: Case) async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "sweep.json",
      #"{"base": "small.json", "replications": 1, "vary": [{"path": "\#(c.path)", "values": [\#(c.value)]}]}"#)
    let out = world.path("out")
    let r = await reentry(["sweep", file, "--out", out])
    let value = JSONWriter.write(try! JSONParser.parse(c.value), pretty: false)
    #expect(r.code == 65)
    #expect(r.errLines == ["\(file): vary: point 0 (\(c.path)=\(value)): \(c.detail)"])
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  /// A sweep whose invalid points are only some of the grid is refused whole,
  /// naming each invalid point; a combination made valid by varying both
  /// lists together (zip) is accepted.
  @Test func sweepNamesOnlyTheInvalidPoints() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "sweep.json",
      #"{"base": "small.json", "replications": 1, "vary": ["#
        + #"{"path": "conditions.benefitDecisionMeanDays", "values": [40, 56, 57]}, "#
        + #"{"path": "conditions.benefitDecisionMaxDays", "values": [56, 60]}]}"#)
    let r = await reentry(["sweep", file, "--out", world.path("out")])
    #expect(r.code == 65)
    #expect(
      r.errLines == [
        "\(file): vary: point 4 (conditions.benefitDecisionMeanDays=57, conditions.benefitDecisionMaxDays=56): "
          + "conditions.benefitDecisionMeanDays: 57 is above conditions.benefitDecisionMaxDays (56); "
          + "allowed: at most conditions.benefitDecisionMaxDays (56)"
      ])

    let zip = world.write(
      "zip.json",
      #"{"base": "small.json", "replications": 1, "mode": "zip", "vary": ["#
        + #"{"path": "population.sentenceLengthEdgesDays", "values": [[1, 30, 3652]]}, "#
        + #"{"path": "population.sentenceLengthWeights", "values": [[0.5, 0.5]]}]}"#)
    let definition = try SweepFile.load(zip)
    #expect(definition.plan.pointCount == 1)
    #expect(try definition.parameters(ofPoint: 0).population.sentenceLengthWeights == [0.5, 0.5])
  }

  /// A grid wrong everywhere reports a bounded number of points.
  @Test func sweepReportsAtMostTenPoints() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "sweep.json",
      #"{"base": "small.json", "replications": 1, "vary": ["#
        + #"{"path": "conditions.benefitDecisionMeanDays", "from": 100, "to": 129, "step": 1}]}"#)
    let r = await reentry(["sweep", file, "--out", world.path("out")])
    #expect(r.code == 65)
    #expect(r.errLines.count == 11)
    #expect(r.errLines.last == "\(file): vary: 20 more of the 30 points are invalid")
  }
}
