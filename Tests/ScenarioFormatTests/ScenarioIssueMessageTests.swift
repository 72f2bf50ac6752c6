import Testing

@testable import ScenarioFormat

/// Each validation problem, pinned to its exact one-line message.
struct ScenarioIssueMessageTests {
  /// (file contents, expected message after "FILE: ", expected category)
  static let cases: [(String, String, ScenarioIssue.Category)] = [
    (
      #"{"casemanagers": {"caseloadNorm": 0}}"#,
      "casemanagers.caseloadNorm: 0 is out of range; allowed: an integer in 1…200", .outOfRange
    ),
    (
      #"{"casemanagers": {"caseloadNorm": "ten"}}"#,
      #"casemanagers.caseloadNorm: "ten" is a string; allowed: an integer in 1…200"#, .wrongType
    ),
    (
      #"{"casemanagers": {"caseloadNorm": 2.5}}"#,
      "casemanagers.caseloadNorm: 2.5 is not an integer; allowed: an integer in 1…200", .wrongType
    ),
    (
      #"{"casemanagers": {"caseloadNorm": {"a": 1}}}"#,
      #"casemanagers.caseloadNorm: {"a":1} is an object; allowed: an integer in 1…200"#, .wrongType
    ),
    (
      #"{"casemanagers": 5}"#,
      "casemanagers: 5 is a number; allowed: an object with keys caseloadNorm, hoursPerWeek, staffing, enabled",
      .wrongType
    ),
    (
      #"{"casemanagers": {"casloadNorm": 30}}"#,
      #"casemanagers.casloadNorm: unknown key; did you mean "caseloadNorm"? "#
        + "allowed: keys of casemanagers: caseloadNorm, hoursPerWeek, staffing, enabled",
      .unknownKey
    ),
    (
      #"{"zzzzzzzz": 1}"#,
      "zzzzzzzz: unknown key; allowed: top-level keys: extends, name, description, casemanagers, population, label",
      .unknownKey
    ),
    (
      #"{"Label": "x"}"#,
      #"Label: unknown key; did you mean "label"? allowed: top-level keys: extends, name, description, casemanagers, population, label"#,
      .unknownKey
    ),
    (
      #"{"casemanagers.caseloadNorm": 3}"#,
      "casemanagers.caseloadNorm: unknown key; dotted keys are not expanded, nest objects instead; "
        + "allowed: top-level keys: extends, name, description, casemanagers, population, label",
      .unknownKey
    ),
    (
      #"{"casemanagers": {"enabled": null}}"#,
      "casemanagers.enabled: null is not allowed; allowed: true or false", .wrongType
    ),
    (
      #"{"casemanagers": {"staffing": "fixedstaff"}}"#,
      #"casemanagers.staffing: "fixedstaff" is not one of the choices; did you mean "fixedStaff"? "#
        + #"allowed: one of "staffedToNorm", "fixedStaff""#,
      .outOfRange
    ),
    (
      #"{"population": {"sentenceWeights": [0.5, 0.5]}}"#,
      "population.sentenceWeights: [0.5,0.5] has 2 elements; allowed: a list of 3 numbers, each in 0…1", .outOfRange
    ),
    (
      #"{"population": {"sentenceWeights": [0.5, 1.5, 0]}}"#,
      "population.sentenceWeights[1]: 1.5 is out of range; allowed: a number in 0…1", .outOfRange
    ),
    (
      #"{"population": {"sentenceWeights": "0.5"}}"#,
      #"population.sentenceWeights: "0.5" is a string; allowed: a list of 3 numbers, each in 0…1"#, .wrongType
    ),
    (
      #"{"population": {"arrivals": {"perWeek": -1}}}"#,
      "population.arrivals.perWeek: -1 is out of range; allowed: a number ≥ 0", .outOfRange
    ),
    (#"{"name": 3}"#, "name: 3 is a number; allowed: a string", .wrongType),
    (
      #"{"extends": true}"#, "extends: true is a boolean; allowed: a relative path to the parent scenario file",
      .wrongType
    ),
    (
      #"{"extends": ""}"#, #"extends: "" is empty; allowed: a relative path to the parent scenario file"#,
      .outOfRange
    ),
    ("[1]", "[1] is an array; allowed: a JSON object", .wrongType),
    ("{\n  \"label\": \"a\"\n  \"name\": \"b\"\n}", "malformed JSON: expected ',' or '}'", .malformed),
  ]

  @Test(arguments: cases)
  func reportsExactMessage(_ testCase: (String, String, ScenarioIssue.Category)) throws {
    let dir = try TempDir()
    let path = try dir.write("x.json", testCase.0)
    let errors = try #require(loadErrors(path))
    #expect(errors.issues.count == 1)
    let issue = try #require(errors.issues.first)
    #expect(issue.category == testCase.2)
    if issue.category == .malformed {
      #expect(issue.description == "\(path):3:3: " + testCase.1)
      #expect(issue.line == 3 && issue.column == 3)
    } else {
      #expect(issue.description == "\(path): " + testCase.1)
    }
    #expect(!errors.topLevelFileUnreadable)
  }

  @Test func issueFieldsAreStructured() throws {
    let dir = try TempDir()
    let path = try dir.write("x.json", #"{"casemanagers": {"caseloadNorm": 0}}"#)
    let issue = try #require(loadErrors(path)?.issues.first)
    #expect(
      issue
        == ScenarioIssue(
          file: path, path: "casemanagers.caseloadNorm", value: "0", allowed: "an integer in 1…200",
          category: .outOfRange, message: "0 is out of range"))
  }

  @Test func reportsSeveralProblemsAcrossTheChain() throws {
    let dir = try TempDir()
    let base = try dir.write(
      "base.json", #"{"casemanagers": {"hoursPerWeek": 99}, "population": {"sentenceWeights": [2, 0, 3]}}"#)
    let child = try dir.write(
      "child.json", #"{"extends": "base.json", "casemanagers": {"casloadNorm": 3, "enabled": "yes"}, "label": 1}"#)
    let errors = try #require(loadErrors(child, overrides: ["population.lvbShare=2", "zzzz=1"]))
    #expect(
      errors.issues.map(\.description) == [
        #"\#(child): casemanagers.casloadNorm: unknown key; did you mean "caseloadNorm"? allowed: keys of casemanagers: caseloadNorm, hoursPerWeek, staffing, enabled"#,
        #"\#(child): casemanagers.enabled: "yes" is a string; allowed: true or false"#,
        "\(child): label: 1 is a number; allowed: a string",
        "\(base): casemanagers.hoursPerWeek: 99 is out of range; allowed: a number in 1…60",
        "\(base): population.sentenceWeights[0]: 2 is out of range; allowed: a number in 0…1",
        "\(base): population.sentenceWeights[2]: 3 is out of range; allowed: a number in 0…1",
        "command line: population.lvbShare: 2 is out of range; allowed: a number in 0…1",
        "command line: zzzz: unknown parameter; allowed: top-level keys: name, description, casemanagers, population, label",
      ])
    #expect(!errors.topLevelFileUnreadable)
    #expect(errors.description == errors.issues.map(\.description).joined(separator: "\n"))
    #expect(TestSchema.loader.check(file: child).count == 6)
  }
}
