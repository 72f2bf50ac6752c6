import Testing

@testable import ScenarioFormat

/// The helpers behind suggestions, key lists and displayed paths.
struct SupportTests {
  @Test func levenshteinIsCaseInsensitive() {
    #expect(NearestMatch.distance("casloadNorm", "caseloadNorm") == 1)
    #expect(NearestMatch.distance("CASELOADNORM", "caseloadNorm") == 0)
    #expect(NearestMatch.distance("", "abc") == 3)
    #expect(NearestMatch.distance("kitten", "sitting") == 3)
  }

  @Test func suggestsWithinThreshold() {
    let keys = ["caseloadNorm", "hoursPerWeek", "staffing"]
    #expect(NearestMatch.suggestion(for: "casloadNorm", among: keys) == "caseloadNorm")
    #expect(NearestMatch.suggestion(for: "hoursperweek", among: keys) == "hoursPerWeek")
    #expect(NearestMatch.suggestion(for: "staff", among: keys) == nil)
    #expect(NearestMatch.suggestion(for: "ab", among: ["xy"]) == "xy")
    #expect(NearestMatch.suggestion(for: "abc", among: ["xyz"]) == nil)
    #expect(NearestMatch.suggestion(for: "staffing", among: keys) == nil)
  }

  @Test func truncatesKeyLists() {
    #expect(KeyList.format(["a", "b"]) == "a, b")
    #expect(KeyList.format(["a", "b", "c", "d", "e", "f", "g", "h"]) == "a, b, c, d, e, f, …")
  }

  @Test func allowedKeysAreTruncatedInMessages() {
    let specs = (1...8).map { ParameterSpec(path: "g.k\($0)", kind: .boolean, defaultValue: .bool(false)) }
    let schema = ParameterSchema(specs)
    let issues = schema.documentIssues(.object([("g", .object([("zzzzzz", .null)]))]), file: "f.json")
    #expect(
      issues.map(\.description) == ["f.json: g.zzzzzz: unknown key; allowed: keys of g: k1, k2, k3, k4, k5, k6, …"])
  }

  static let normalized: [(String, String)] = [
    ("Scenarios/variants/../baseline.json", "Scenarios/baseline.json"),
    ("./a/./b.json", "a/b.json"),
    ("../x/../../y.json", "../../y.json"),
    ("/tmp/../a.json", "/a.json"),
    ("/../a.json", "/a.json"),
    ("a//b.json", "a/b.json"),
    ("a/..", "."),
  ]

  @Test(arguments: normalized)
  func normalizesPaths(_ testCase: (String, String)) {
    #expect(PathText.normalize(testCase.0) == testCase.1)
  }

  @Test func joinsAndSplitsPaths() {
    #expect(PathText.directory(of: "Scenarios/x.json") == "Scenarios")
    #expect(PathText.directory(of: "x.json") == "")
    #expect(PathText.directory(of: "/x.json") == "/")
    #expect(PathText.join("", "base.json") == "base.json")
    #expect(PathText.join("Scenarios", "base.json") == "Scenarios/base.json")
    #expect(PathText.join("Scenarios", "/abs/base.json") == "/abs/base.json")
    #expect(PathText.join("/", "base.json") == "/base.json")
    #expect(PathText.baseName(of: "Scenarios/lever-a.json") == "lever-a")
    #expect(PathText.baseName(of: "notes") == "notes")
  }
}
