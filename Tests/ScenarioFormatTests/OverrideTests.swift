import Testing

@testable import ScenarioFormat

/// `path=value` overrides: parsing, schema checks and messages.
struct OverrideTests {
  static let parsed: [(String, String, JSONValue)] = [
    ("a.b=3", "a.b", .number(3)),
    ("a.c=true", "a.c", .bool(true)),
    ("a.d=fixedStaff", "a.d", .string("fixedStaff")),
    (#"a.e="quoted""#, "a.e", .string("quoted")),
    ("a.f=[0.2, 0.8]", "a.f", .array([.number(0.2), .number(0.8)])),
    ("a.g=null", "a.g", .null),
    ("a.h=1e400", "a.h", .string("1e400")),
    ("a.i=x=y", "a.i", .string("x=y")),
    (" a.j = 2", "a.j", .number(2)),
  ]

  @Test(arguments: parsed)
  func parsesOverride(_ testCase: (String, String, JSONValue)) throws {
    let result = try ScenarioLoader.parseOverride(testCase.0)
    #expect(result.path == testCase.1)
    #expect(result.value == testCase.2)
  }

  static let malformed: [(String, String)] = [
    ("x=", #"command line: "x=" has no value after '='; allowed: path=value, e.g. group.parameter=3"#),
    ("x", #"command line: "x" is not of the form path=value; allowed: path=value, e.g. group.parameter=3"#),
    ("=3", #"command line: "=3" has no parameter path before '='; allowed: path=value, e.g. group.parameter=3"#),
  ]

  @Test(arguments: malformed)
  func rejectsMalformedOverride(_ testCase: (String, String)) {
    #expect(throws: ScenarioIssue.self) { try ScenarioLoader.parseOverride(testCase.0) }
    do {
      _ = try ScenarioLoader.parseOverride(testCase.0)
    } catch {
      #expect(error.description == testCase.1)
      #expect(error.category == .badOverride)
    }
  }

  static let rejected: [(String, String)] = [
    (
      "casemanagers.casloadNorm=3",
      #"command line: casemanagers.casloadNorm: unknown parameter; did you mean "casemanagers.caseloadNorm"? "#
        + "allowed: keys of casemanagers: caseloadNorm, hoursPerWeek, staffing, enabled"
    ),
    (
      "casemanagers.caseloadNorm.x=3",
      #"command line: casemanagers.caseloadNorm.x: "casemanagers.caseloadNorm" is a parameter, not a group; allowed: a path ending at a parameter"#
    ),
    (
      "extends=a.json",
      #"command line: extends: extends cannot be overridden; allowed: parameters, name or description"#
    ),
    ("a..b=1", "command line: a..b: malformed parameter path; allowed: a dotted path such as group.parameter"),
    (
      "casemanagers.caseloadNorm=0",
      "command line: casemanagers.caseloadNorm: 0 is out of range; allowed: an integer in 1…200"
    ),
    (
      "casemanagers.staffing=fixed",
      #"command line: casemanagers.staffing: "fixed" is not one of the choices; allowed: one of "staffedToNorm", "fixedStaff""#
    ),
    (
      "casemanagers=3",
      "command line: casemanagers: 3 is a number; allowed: an object with keys caseloadNorm, hoursPerWeek, staffing, enabled"
    ),
  ]

  @Test(arguments: rejected)
  func rejectsBadOverride(_ testCase: (String, String)) throws {
    let dir = try TempDir()
    let path = try dir.write("s.json", "{}")
    let errors = try #require(loadErrors(path, overrides: [testCase.0]))
    #expect(errors.issues.map(\.description) == [testCase.1])
    #expect(!errors.topLevelFileUnreadable)
  }

  @Test func unknownOverridePathIsBadOverride() throws {
    let dir = try TempDir()
    let path = try dir.write("s.json", "{}")
    let issue = try #require(loadErrors(path, overrides: ["casemanagers.casloadNorm=3"])?.issues.first)
    #expect(issue.category == .badOverride)
    #expect(issue.file == "command line")
    #expect(issue.path == "casemanagers.casloadNorm")
  }

  @Test func laterOverridesWin() throws {
    let dir = try TempDir()
    let path = try dir.write("s.json", #"{"casemanagers": {"enabled": true}}"#)
    let scenario = try TestSchema.loader.load(
      file: path,
      overrides: [
        "casemanagers.enabled=false", "casemanagers.caseloadNorm=3", "casemanagers.caseloadNorm=4",
        #"casemanagers={"hoursPerWeek": 20}"#, "name=renamed", "label=some text",
      ])
    #expect(!scenario.bool("casemanagers.enabled"))
    #expect(scenario.int("casemanagers.caseloadNorm") == 4)
    #expect(scenario.double("casemanagers.hoursPerWeek") == 20)
    #expect(scenario.origin("casemanagers.hoursPerWeek") == .commandLine)
    #expect(scenario.name == "renamed")
    #expect(scenario.string("label") == "some text")
  }
}
