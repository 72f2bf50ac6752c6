import Testing

@testable import ScenarioFormat

/// Cross-field rules: checked on the merged scenario (so `extends` and
/// overrides meet them), reported with the file that set the blamed value.
struct CrossFieldRuleTests {
  /// `TestSchema` plus one rule: `casemanagers.caseloadNorm` ≤ `casemanagers.hoursPerWeek`.
  static let schema = ParameterSchema(
    TestSchema.schema.specs,
    rules: [
      CrossFieldRule(
        ["casemanagers.caseloadNorm", "casemanagers.hoursPerWeek"], "caseloadNorm is at most hoursPerWeek"
      ) { scenario in
        let norm = scenario.int("casemanagers.caseloadNorm")
        let hours = scenario.double("casemanagers.hoursPerWeek")
        guard Double(norm) > hours else { return nil }
        return CrossFieldRule.Violation(
          path: "casemanagers.caseloadNorm",
          message: "\(norm) is above hoursPerWeek (\(JSONWriter.formatNumber(hours)))",
          allowed: "at most hoursPerWeek")
      }
    ])
  static let loader = ScenarioLoader(schema: schema)

  static func issues(_ path: String) -> [ScenarioIssue] {
    do {
      _ = try loader.load(file: path)
      return []
    } catch {
      return error.issues
    }
  }

  static func lines(_ path: String, overrides: [String] = []) -> [String] {
    do {
      _ = try loader.load(file: path, overrides: overrides)
      return ["loaded"]
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test func defaultsAndConsistentValuesLoad() throws {
    let dir = try TempDir()
    let path = try dir.write("ok.json", #"{"casemanagers": {"caseloadNorm": 36}}"#)
    #expect(try Self.loader.load(file: path).int("casemanagers.caseloadNorm") == 36)
  }

  @Test func brokenRuleNamesFileFieldValueAndAllowed() throws {
    let dir = try TempDir()
    let path = try dir.write("bad.json", #"{"casemanagers": {"caseloadNorm": 40}}"#)
    #expect(
      Self.lines(path) == [
        "\(path): casemanagers.caseloadNorm: 40 is above hoursPerWeek (36); allowed: at most hoursPerWeek"
      ])
    let issue = try #require(Self.issues(path).first)
    #expect(issue.category == .inconsistent)
    #expect(issue.value == "40")
  }

  /// Each file is valid on its own terms in the parent; only the merge breaks the rule.
  @Test func ruleSeesTheMergedChainAndBlamesTheFileThatSetTheValue() throws {
    let dir = try TempDir()
    let parent = try dir.write("parent.json", #"{"casemanagers": {"caseloadNorm": 30}}"#)
    let child = try dir.write("child.json", #"{"extends": "parent.json", "casemanagers": {"hoursPerWeek": 20}}"#)
    // The blamed caseloadNorm was set by the parent, though the child's hours broke the combination.
    #expect(
      Self.lines(child) == [
        "\(parent): casemanagers.caseloadNorm: 30 is above hoursPerWeek (20); allowed: at most hoursPerWeek"
      ])
  }

  /// When the blamed value is a default, the newest layer that set a value the rule reads is named.
  @Test func defaultBlamedValueNamesTheNewestLayerOfTheRule() throws {
    let dir = try TempDir()
    let path = try dir.write("hours.json", #"{"casemanagers": {"hoursPerWeek": 10}}"#)
    #expect(Self.lines(path).first?.hasPrefix("\(path): casemanagers.caseloadNorm: 30 is above") == true)
    #expect(Self.lines(path, overrides: ["casemanagers.hoursPerWeek=12"]).first?.hasPrefix("command line: ") == true)
  }

  @Test func overridesMeetTheRuleAfterMerging() throws {
    let dir = try TempDir()
    let path = try dir.write("empty.json", "{}")
    #expect(Self.lines(path, overrides: ["casemanagers.caseloadNorm=50"]).first?.hasPrefix("command line: ") == true)
    // An override that breaks the rule alone is fine when a later one mends it.
    let s = try Self.loader.load(
      file: path, overrides: ["casemanagers.caseloadNorm=50", "casemanagers.hoursPerWeek=50"])
    #expect(s.int("casemanagers.caseloadNorm") == 50)
  }

  /// A whole point is judged together; one parameter at a time is not checked against rules.
  @Test func overridingSeveralChecksTheResultOnly() throws {
    let dir = try TempDir()
    let base = try Self.loader.load(file: try dir.write("empty.json", "{}"))
    let mended = try base.overriding([("casemanagers.caseloadNorm", 50), ("casemanagers.hoursPerWeek", 50)])
    #expect(mended.int("casemanagers.caseloadNorm") == 50)
    #expect(throws: ScenarioErrors.self) { try base.overriding([("casemanagers.caseloadNorm", 50)]) }
    #expect(throws: ScenarioErrors.self) { try base.overriding([("casemanagers.caseloadNorm", 0)]) }
    #expect(try base.overriding("casemanagers.caseloadNorm", with: 50).int("casemanagers.caseloadNorm") == 50)
  }

  /// Value errors are reported first; rules only judge values that are valid one by one.
  @Test func valueErrorsComeBeforeRules() throws {
    let dir = try TempDir()
    let path = try dir.write("bad.json", #"{"casemanagers": {"caseloadNorm": 40, "hoursPerWeek": 0}}"#)
    let lines = Self.lines(path)
    #expect(lines.count == 1)
    #expect(lines.first?.contains("casemanagers.hoursPerWeek: 0 is out of range") == true)
  }
}
