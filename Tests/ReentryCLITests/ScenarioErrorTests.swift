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

  // MARK: one problem each (exit 65)

  @Test func unknownKeySuggestsNearestKey() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "typo.json", Self.variant(#"  "casemanagers": {"casloadNorm": 20}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.out == "")
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("\(file): casemanagers.casloadNorm: unknown key"))
    #expect(line.contains(#"did you mean "caseloadNorm"?"#))
    #expect(line.contains("allowed: keys of casemanagers: caseloadNorm"))
  }

  @Test func unknownTopLevelGroupSuggestsNearestGroup() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "typo.json", Self.variant(#"  "casemanager": {"caseloadNorm": 20}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("\(file): casemanager: unknown key"))
    #expect(line.contains(#"did you mean "casemanagers"?"#))
  }

  @Test func wrongTypeNamesValueAndAllowed() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "type.json", Self.variant(#"  "casemanagers": {"caseloadNorm": "thirty"}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(
      r.errLines == [
        "\(file): casemanagers.caseloadNorm: \"thirty\" is a string; allowed: \(Self.allowed("casemanagers.caseloadNorm"))"
      ])
    #expect(r.err.contains("an integer in 1…"))
  }

  @Test func zeroCaseloadNormIsOutOfRange() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "zero.json", Self.variant(#"  "casemanagers": {"caseloadNorm": 0}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(
      r.errLines == [
        "\(file): casemanagers.caseloadNorm: 0 is out of range; allowed: \(Self.allowed("casemanagers.caseloadNorm"))"
      ])
  }

  @Test func probabilityAboveOneIsOutOfRange() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "p.json", Self.variant(#"  "population": {"lvbShare": 1.5}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.errLines == ["\(file): population.lvbShare: 1.5 is out of range; allowed: a number in 0…1"])
  }

  @Test func nonIntegerForIntegerParameter() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "int.json", Self.variant(#"  "run": {"replications": 2.5}"#))
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(
      r.errLines == [
        "\(file): run.replications: 2.5 is not an integer; allowed: \(Self.allowed("run.replications"))"
      ])
  }

  @Test func malformedJSONGivesLineAndColumn() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "broken.json", "{\n  \"name\": \"x\",\n  \"run\": }\n")
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("\(file):3:10: malformed JSON"))
  }

  @Test func missingExtendsTargetIsNoInputNamingChildAndParent() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "orphan.json", #"{"extends": "nope.json"}"#)
    let r = await reentry(["validate", file])
    #expect(r.code == 66)
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("\(file): extends: \"nope.json\" not found"))
    #expect(line.contains(dir.appendingPathComponent("nope.json").path))
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

  @Test func extendsCycleIsDataError() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let a = writeFile(dir, "a.json", #"{"extends": "b.json"}"#)
    let b = writeFile(dir, "b.json", #"{"extends": "a.json"}"#)
    let r = await reentry(["validate", a])
    #expect(r.code == 65)
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("\(b): extends: cycle"))
    #expect(line.contains("\(a) → \(b) → \(a)"))
  }

  @Test func selfExtendsIsACycle() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let a = writeFile(dir, "self.json", #"{"extends": "self.json"}"#)
    let r = await reentry(["validate", a])
    #expect(r.code == 65)
    #expect(r.errLines.count == 1)
    #expect(r.err.hasPrefix("\(a): extends: cycle"))
  }

  @Test func problemInParentNamesTheParentFile() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let parent = writeFile(
      dir, "parent.json", Self.variant(#"  "population": {"lvbShare": -0.1}"#))
    let child = writeFile(dir, "child.json", #"{"extends": "parent.json", "casemanagers": {"caseloadNorm": 0}}"#)
    let r = await reentry(["validate", child])
    #expect(r.code == 65)
    #expect(r.errLines.count == 2)
    #expect(r.errLines.contains { $0.hasPrefix("\(child): casemanagers.caseloadNorm: 0 is out of range") })
    #expect(r.errLines.contains { $0.hasPrefix("\(parent): population.lvbShare: -0.1 is out of range") })
  }

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

  // MARK: missing file (exit 66)

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

  @Test func directoryGivenAsScenarioIsNoInput() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let r = await reentry(["validate", dir.path])
    #expect(r.code == 66)
    #expect(r.err.contains("is a directory"))
  }

  @Test func validateWithoutFilesIsUsageError() async {
    let r = await reentry(["validate"])
    #expect(r.code == 64)
    #expect(r.err.contains("validate needs at least one scenario or sweep file"))
  }

  // MARK: command-line overrides

  @Test func unknownOverridePathSuggestsParameter() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("out").path
    let r = await reentry(["run", file, "--set", "casemanagers.casloadNorm=20", "--out", out])
    #expect(r.code == 65)
    #expect(r.errLines.count == 1)
    let line = r.errLines.first ?? ""
    #expect(line.hasPrefix("command line: casemanagers.casloadNorm: unknown parameter"))
    #expect(line.contains(#"did you mean "casemanagers.caseloadNorm"?"#))
    #expect(line.contains("allowed: keys of casemanagers"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func badOverrideValueIsReportedLikeAFileValue() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let r = await reentry(["describe", file, "--set", "casemanagers.caseloadNorm=0", "--set", "population.lvbShare=x"])
    #expect(r.code == 65)
    #expect(r.out == "")
    #expect(
      r.errLines == [
        "command line: casemanagers.caseloadNorm: 0 is out of range; allowed: \(Self.allowed("casemanagers.caseloadNorm"))",
        "command line: population.lvbShare: \"x\" is a string; allowed: a number in 0…1",
      ])
  }

  @Test func overrideWithoutEqualsIsDataError() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "small.json", ScenarioText.small())
    let r = await reentry(["describe", file, "--set", "casemanagers.caseloadNorm"])
    #expect(r.code == 65)
    #expect(r.err.hasPrefix("command line: "))
    #expect(r.err.contains("path=value"))
  }

  @Test func fileAndOverrideProblemsAreReportedTogether() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "bad.json", Self.variant(#"  "population": {"lvbShare": 2}"#))
    let r = await reentry(["describe", file, "--set", "run.replicatons=3"])
    #expect(r.code == 65)
    #expect(r.errLines.count == 2)
    #expect(r.errLines.first?.hasPrefix("\(file): population.lvbShare: 2 is out of range") == true)
    #expect(r.errLines.last?.contains(#"did you mean "run.replications"?"#) == true)
  }
}
