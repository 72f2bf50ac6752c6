import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// Sweep files: the scenario error contract (file, field, value, allowed; 65
/// for bad content, 66 unreadable) and the order in which points are enumerated.
@Suite("Sweep file")
struct SweepFileTests {
  /// Runs `reentry sweep` on a sweep file with `text` and returns the outcome;
  /// nothing may run, so no output directory may appear.
  func sweep(_ text: String) async -> (CLIOutcome, String) {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write("bad.json", text)
    let out = world.path("out")
    let r = await reentry(["sweep", file, "--out", out])
    #expect(!FileManager.default.fileExists(atPath: out))
    return (r, file)
  }

  static func vary(_ entries: String, extra: String = "") -> String {
    #"{"base": "small.json", "replications": 2, "vary": [\#(entries)]\#(extra)}"#
  }

  @Test func aSweepFileOverTheScenarioSizeCapIsRefusedUnread() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write("huge.json", Self.vary(#"{"path": "casemanagers.caseloadNorm", "values": [10]}"#))
    // Valid JSON still: the padding after the object is whitespace.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(repeating: 0x20, count: 16 << 20))
    try handle.close()
    let out = world.path("out")
    let r = await reentry(["sweep", file, "--out", out])
    #expect(r.code == 66)
    #expect(r.errLines.contains { $0.hasPrefix("\(file): cannot read file: larger than 16 MiB") }, "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func unknownKeyIsNamedWithASuggestion() async {
    let (r, file) = await sweep(
      #"{"base": "small.json", "replicatons": 2, "vary": [{"path": "casemanagers.caseloadNorm", "valeus": [10]}]}"#)
    #expect(r.code == 65)
    #expect(r.errLines.contains { $0.hasPrefix("\(file): replicatons: unknown key; did you mean \"replications\"?") })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): vary[0].valeus: unknown key; did you mean \"values\"?") })
  }

  @Test func variedPathMustBeAParameter() async {
    let (r, file) = await sweep(
      Self.vary(
        #"{"path": "casemanagers.caseloadNrom", "values": [10]}, {"path": "casemanagers", "values": [1]}, {"path": "run.seed", "values": [1]}"#
      ))
    #expect(r.code == 65)
    #expect(
      r.errLines.contains {
        $0.hasPrefix("\(file): vary[0].path: unknown parameter; did you mean \"casemanagers.caseloadNorm\"?")
      })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): vary[1].path: \"casemanagers\" is a group, not a parameter") })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): vary[2].path: \"run.seed\" is set by the sweep's own") })
  }

  @Test func valuesMustPassTheParametersValidation() async {
    let (r, file) = await sweep(
      Self.vary(
        #"{"path": "casemanagers.caseloadNorm", "values": [10, 0, 12.5]}, {"path": "information.sharedSystem", "values": [true, "yes"]}"#
      ))
    #expect(r.code == 65)
    let allowed = ParameterCatalog.schema.spec("casemanagers.caseloadNorm")!.allowedDescription
    #expect(
      r.errLines.contains(
        "\(file): vary[0].values[1]: for casemanagers.caseloadNorm, 0 is out of range; allowed: \(allowed)"))
    #expect(
      r.errLines.contains {
        $0.hasPrefix("\(file): vary[0].values[2]: for casemanagers.caseloadNorm, 12.5 is not an integer")
      })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): vary[1].values[1]: for information.sharedSystem,") })
    #expect(r.errLines.count == 3)
  }

  @Test func rangeValuesArePinnedOnTheFieldThatCausesThem() async {
    let (r, file) = await sweep(
      Self.vary(#"{"path": "casemanagers.caseloadNorm", "from": 10, "to": 9000, "step": 10}"#))
    #expect(r.code == 65)
    #expect(
      r.errLines.contains {
        $0.hasPrefix("\(file): vary[0].to: for casemanagers.caseloadNorm,") && $0.contains("out of range")
      })
    let (r2, file2) = await sweep(
      Self.vary(#"{"path": "casemanagers.caseloadNorm", "from": 10, "to": 20, "step": 2.5}"#))
    #expect(
      r2.errLines.contains {
        $0.hasPrefix("\(file2): vary[0].step: for casemanagers.caseloadNorm, 12.5 is not an integer")
      })
  }

  @Test func stepMustBePositiveAndRangesBounded() async {
    let (r, file) = await sweep(Self.vary(#"{"path": "casemanagers.caseloadNorm", "from": 10, "to": 40, "step": 0}"#))
    #expect(r.code == 65)
    #expect(r.errLines == ["\(file): vary[0].step: 0 is out of range; allowed: a number > 0"])
    let (r2, file2) = await sweep(
      Self.vary(#"{"path": "information.requestDelayDays", "from": 0, "to": 1, "step": 0.00001}"#))
    #expect(r2.code == 65)
    #expect(r2.errLines.contains { $0.hasPrefix("\(file2): vary[0].step: ") && $0.contains("at most 10000 points") })
  }

  @Test func zipNeedsListsOfEqualLength() async {
    let (r, file) = await sweep(
      Self.vary(
        #"{"path": "casemanagers.caseloadNorm", "values": [10, 20, 30]}, {"path": "information.sharedSystem", "values": [false, true]}"#,
        extra: #", "mode": "zip""#))
    #expect(r.code == 65)
    #expect(
      r.errLines.contains {
        $0.hasPrefix("\(file): vary[1]: has 2 values but vary[0] has 3; mode \"zip\" needs lists of equal length")
      })
  }

  @Test func badModeBaseAndShapeAreReported() async {
    let (r, file) = await sweep(#"{"base": "nowhere.json", "mode": "grdi", "vary": []}"#)
    #expect(r.code == 65)
    #expect(
      r.errLines.contains { $0.hasPrefix("\(file): mode: \"grdi\" is not one of the choices; did you mean \"grid\"?") })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): base: \"nowhere.json\" not found") })
    #expect(r.errLines.contains { $0.hasPrefix("\(file): vary: [] is not allowed") })
  }

  @Test func unreadableAndMalformedFiles() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let missing = world.path("missing.json")
    let r = await reentry(["sweep", missing])
    #expect(r.code == 66)
    #expect(r.err.hasPrefix("\(missing): cannot read file: file not found"))
    let malformed = world.write("malformed.json", "{\"base\": \"small.json\",\n  \"vary\": [}\n")
    let r2 = await reentry(["sweep", malformed])
    #expect(r2.code == 65)
    #expect(r2.err.hasPrefix("\(malformed):2:"))
    #expect(await reentry(["sweep", malformed, "--shard", "4/3"]).code == 64)
    #expect(await reentry(["sweep", malformed, "--shard", "0/3"]).code == 64)
  }

  @Test func gridPointsVaryTheFirstParameterSlowest() throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let plan = try SweepFile.load(world.write("grid.json", ExperimentWorld.gridSweep())).plan
    #expect(plan.pointCount == 4)
    let points = (0..<4).map { plan.assignments(ofPoint: $0).map(\.value) }
    #expect(points == [[15, false], [15, true], [30, false], [30, true]])
    #expect(
      SweepPointFile.header(plan)
        == "casemanagers.caseloadNorm,information.sharedSystem,metric,group,mean,sd,ci_low,ci_high,n")
  }

  @Test func zipAndRangesGiveExactValues() throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let file = world.write(
      "zip.json",
      Self.vary(
        #"{"path": "information.gdprRefusalProbability", "from": 0.1, "to": 0.5, "step": 0.1}, {"path": "casemanagers.caseloadNorm", "from": 10, "to": 30, "step": 5}"#,
        extra: #", "mode": "zip", "seed": 3"#))
    let definition = try SweepFile.load(file)
    #expect(definition.plan.pointCount == 5)
    #expect(definition.plan.dimensions[0].values == [0.1, 0.2, 0.3, 0.4, 0.5])
    #expect(definition.plan.assignments(ofPoint: 2).map(\.value) == [0.3, 20])
    #expect(definition.plan.seed == 3 && definition.plan.replications == 2)
    let point = try definition.scenario(ofPoint: 2)
    #expect(point.int("casemanagers.caseloadNorm") == 20)
    #expect(point.int("run.seed") == 3)
    // sweep.json reads back as the same plan, so merge needs no scenario files.
    #expect(SweepPlan(fileBytes: definition.plan.fileBytes)?.digest == definition.plan.digest)
  }
}
