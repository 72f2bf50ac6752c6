import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryModel
@testable import ReentryReport

/// `reentry validate` (and scenario errors seen through other commands):
/// exit codes 0/65/66 and one line per problem naming file, field and what is allowed.
@Suite("Scenario errors")
struct ScenarioErrorTests {
  /// What the catalog allows for a parameter, e.g. "an integer in 1…500".
  static func allowed(_ path: String) -> String {
    guard let spec = ParameterCatalog.schema.spec(path) else {
      Issue.record("no parameter \(path) in the catalog")
      return "?"
    }
    return spec.allowedDescription
  }

  /// A scenario extending the baseline (absolutely) with `body` as extra members.
  static func variant(_ body: String) -> String {
    "{\n  \"extends\": \"\(PackagePaths.baseline)\",\n\(body)\n}\n"
  }

  // MARK: valid files

  @Test func validScenarioWithAbsoluteExtendsIsOK() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "v.json", Self.variant(#"  "casemanagers": {"caseloadNorm": 20}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 0)
    #expect(r.out == "\(file): ok\n")
    #expect(r.err == "")
  }

  @Test func validScenarioWithRelativeExtendsIsOK() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let baselineText = try #require(readText(PackagePaths.baseline))
    writeFile(dir, "Scenarios/baseline.json", baselineText)
    let file = writeFile(
      dir, "Scenarios/variants/lower.json",
      #"{"extends": "../baseline.json", "casemanagers": {"caseloadNorm": 20}}"#)
    let r = await reentry(["validate", file])
    #expect(r.code == 0)
    #expect(r.out == "\(file): ok\n")
    #expect(r.err == "")
  }

  @Test func baselineItselfIsValid() async {
    let r = await reentry(["validate", PackagePaths.baseline])
    #expect(r.code == 0)
    #expect(r.out == "\(PackagePaths.baseline): ok\n")
  }

  // MARK: one problem each

  /// One invalid input: the files written into a fresh directory, the command
  /// line, and what must come out. `{dir}` stands for that directory.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [String: String]
    let arguments: [String]
    let code: Int32
    /// The error lines exactly, when the whole message is pinned.
    var lines: [String]? = nil
    /// Otherwise: how many error lines, and text each must contain somewhere.
    var lineCount = 1
    var fragments: [String] = []
    var testDescription: String { name }
  }

  static let allowedNorm = allowed("casemanagers.caseloadNorm")

  static let cases: [Case] = [
    Case(
      name: "an unknown key suggests the nearest key",
      files: ["typo.json": variant(#"  "casemanagers": {"casloadNorm": 20}"#)],
      arguments: ["validate", "{dir}/typo.json"], code: 65,
      fragments: [
        "{dir}/typo.json: casemanagers.casloadNorm: unknown key", #"did you mean "caseloadNorm"?"#,
        "allowed: keys of casemanagers: caseloadNorm",
      ]),
    Case(
      name: "an unknown group suggests the nearest group",
      files: ["typo.json": variant(#"  "casemanager": {"caseloadNorm": 20}"#)],
      arguments: ["validate", "{dir}/typo.json"], code: 65,
      fragments: ["{dir}/typo.json: casemanager: unknown key", #"did you mean "casemanagers"?"#]),
    Case(
      name: "a wrong type names the value and what is allowed",
      files: ["type.json": variant(#"  "casemanagers": {"caseloadNorm": "thirty"}"#)],
      arguments: ["validate", "{dir}/type.json"], code: 65,
      lines: [#"{dir}/type.json: casemanagers.caseloadNorm: "thirty" is a string; allowed: "# + allowedNorm]),
    Case(
      name: "a caseload norm of 0 is out of range",
      files: ["zero.json": variant(#"  "casemanagers": {"caseloadNorm": 0}"#)],
      arguments: ["validate", "{dir}/zero.json"], code: 65,
      lines: ["{dir}/zero.json: casemanagers.caseloadNorm: 0 is out of range; allowed: " + allowedNorm]),
    Case(
      name: "a probability above 1 is out of range", files: ["p.json": variant(#"  "population": {"lvbShare": 1.5}"#)],
      arguments: ["validate", "{dir}/p.json"], code: 65,
      lines: ["{dir}/p.json: population.lvbShare: 1.5 is out of range; allowed: a number in 0…1"]),
    Case(
      name: "a fraction for an integer parameter", files: ["int.json": variant(#"  "run": {"replications": 2.5}"#)],
      arguments: ["validate", "{dir}/int.json"], code: 65,
      lines: ["{dir}/int.json: run.replications: 2.5 is not an integer; allowed: " + allowed("run.replications")]),
    Case(
      name: "malformed JSON gives line and column", files: ["broken.json": "{\n  \"name\": \"x\",\n  \"run\": }\n"],
      arguments: ["validate", "{dir}/broken.json"], code: 65, fragments: ["{dir}/broken.json:3:10: malformed JSON"]),
    Case(
      name: "a missing extends target is no input, naming child and parent",
      files: ["orphan.json": #"{"extends": "nope.json"}"#], arguments: ["validate", "{dir}/orphan.json"], code: 66,
      fragments: [#"{dir}/orphan.json: extends: "nope.json" not found"#, "(looked for {dir}/nope.json)"]),
    Case(
      name: "an extends cycle", files: ["a.json": #"{"extends": "b.json"}"#, "b.json": #"{"extends": "a.json"}"#],
      arguments: ["validate", "{dir}/a.json"], code: 65,
      fragments: ["{dir}/b.json: extends: cycle", "{dir}/a.json → {dir}/b.json → {dir}/a.json"]),
    Case(
      name: "a file extending itself is a cycle", files: ["self.json": #"{"extends": "self.json"}"#],
      arguments: ["validate", "{dir}/self.json"], code: 65, fragments: ["{dir}/self.json: extends: cycle"]),
    Case(
      name: "a problem in a parent names the parent file",
      files: [
        "parent.json": variant(#"  "population": {"lvbShare": -0.1}"#),
        "child.json": #"{"extends": "parent.json", "casemanagers": {"caseloadNorm": 0}}"#,
      ],
      arguments: ["validate", "{dir}/child.json"], code: 65, lineCount: 2,
      fragments: [
        "{dir}/child.json: casemanagers.caseloadNorm: 0 is out of range",
        "{dir}/parent.json: population.lvbShare: -0.1 is out of range",
      ]),
    Case(
      name: "a directory given as the scenario is no input", files: [:], arguments: ["validate", "{dir}"], code: 66,
      fragments: ["{dir}: cannot read file: is a directory"]),
    Case(
      name: "an unknown override path suggests the parameter", files: ["small.json": ScenarioText.small()],
      arguments: ["run", "{dir}/small.json", "--set", "casemanagers.casloadNorm=20", "--out", "{dir}/out"], code: 65,
      fragments: [
        "command line: casemanagers.casloadNorm: unknown parameter", #"did you mean "casemanagers.caseloadNorm"?"#,
        "allowed: keys of casemanagers",
      ]),
    Case(
      name: "a bad override value is reported like a file value", files: ["small.json": ScenarioText.small()],
      arguments: [
        "describe", "{dir}/small.json", "--set", "casemanagers.caseloadNorm=0", "--set", "population.lvbShare=x",
      ],
      code: 65,
      lines: [
        "command line: casemanagers.caseloadNorm: 0 is out of range; allowed: " + allowedNorm,
        #"command line: population.lvbShare: "x" is a string; allowed: a number in 0…1"#,
      ]),
    Case(
      name: "an override without = is invalid data", files: ["small.json": ScenarioText.small()],
      arguments: ["describe", "{dir}/small.json", "--set", "casemanagers.caseloadNorm"], code: 65,
      fragments: ["command line: ", "path=value"]),
    Case(
      name: "file and override problems are reported together",
      files: ["bad.json": variant(#"  "population": {"lvbShare": 2}"#)],
      arguments: ["describe", "{dir}/bad.json", "--set", "run.replicatons=3"], code: 65, lineCount: 2,
      fragments: ["{dir}/bad.json: population.lvbShare: 2 is out of range", #"did you mean "run.replications"?"#]),
  ]

  /// Each case fails with its exit code and messages, prints nothing on stdout and writes no result.
  @Test(arguments: cases)
  func oneProblem(_ c: Case) async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    for (name, text) in c.files { writeFile(dir, name, text) }
    let fill = { (text: String) in text.replacingOccurrences(of: "{dir}", with: dir.path) }
    let r = await reentry(c.arguments.map(fill))
    #expect(r.code == c.code)
    #expect(r.out == "")
    if let lines = c.lines {
      #expect(r.errLines == lines.map(fill))
    } else {
      #expect(r.errLines.count == c.lineCount, "\(r.err)")
      for fragment in c.fragments.map(fill) { #expect(r.err.contains(fragment), "\(r.err)") }
    }
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
  }

  // MARK: several problems, several files, missing files

  @Test func severalProblemsAreAllReported() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(
      dir, "many.json",
      Self.variant(
        """
          "casemanagers": {"casloadNorm": 3, "hoursPerWeek": "twenty", "contactHours": -1},
          "population": {"lvbShare": 1.5},
          "run": {"replications": 2.5, "seed": -3}
        """))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.out == "")
    let lines = r.errLines
    #expect(lines.count == 6, "one line per problem, got:\n\(r.err)")
    for line in lines { #expect(line.hasPrefix("\(file): "), "every line names the file: \(line)") }
    for path in [
      "casemanagers.casloadNorm", "casemanagers.hoursPerWeek", "casemanagers.contactHours",
      "population.lvbShare", "run.replications", "run.seed",
    ] {
      #expect(lines.contains { $0.hasPrefix("\(file): \(path): ") }, "no line for \(path)")
    }
    #expect(lines.filter { $0.contains("allowed: ") }.count == 6)
  }

  @Test func everyFileIsCheckedAndTheWorstCodeWins() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let good = writeFile(dir, "good.json", Self.variant(#"  "name": "good""#))
    let bad = writeFile(dir, "bad.json", Self.variant(#"  "casemanagers": {"caseloadNorm": 0}"#))
    let r = await reentry(["validate", good, bad])
    #expect(r.code == 65)
    #expect(r.out == "\(good): ok\n")
    #expect(r.errLines.count == 1)
    #expect(r.err.hasPrefix("\(bad): casemanagers.caseloadNorm"))

    let missing = dir.appendingPathComponent("missing.json").path
    let r2 = await reentry(["validate", bad, missing, good])
    #expect(r2.code == 66)
    #expect(r2.out == "\(good): ok\n")
    #expect(r2.errLines.count == 2)
  }

  @Test func missingTopLevelFileIsNoInput() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let missing = dir.appendingPathComponent("absent.json").path
    let out = dir.appendingPathComponent("out").path
    for arguments in [["validate", missing], ["describe", missing], ["run", missing, "--out", out]] {
      let r = await reentry(arguments)
      let command = arguments[0]
      #expect(r.code == 66, "\(command)")
      #expect(r.err.hasPrefix("\(missing): cannot read file"), "\(command): \(r.err)")
    }
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func unreadableExtendsTargetIsNoInputNamingChildAndParent() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let parent = dir.appendingPathComponent("parent.json").path
    try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let file = writeFile(dir, "child.json", #"{"extends": "parent.json"}"#)
    for command in ["validate", "run", "describe"] {
      let r = await reentry([command, file])
      #expect(r.code == 66, "\(command)")
      #expect(r.errLines == ["\(parent): cannot read file: is a directory (extended by \(file))"], "\(command)")
    }
  }

  @Test func validateWithoutFilesIsUsageError() async {
    let r = await reentry(["validate"])
    #expect(r.code == 64)
    #expect(r.err.contains("validate needs at least one scenario or sweep file"))
  }
}
