import Testing

@testable import ScenarioFormat

/// Layering: defaults, parents, the file itself and overrides, with origins.
struct ScenarioLoaderTests {
  @Test func usesDefaultsWhenFileSetsNothing() throws {
    let dir = try TempDir()
    let path = try dir.write("empty.json", "{}")
    let scenario = try TestSchema.loader.load(file: path)
    #expect(scenario.name == "empty")
    #expect(scenario.description == "")
    #expect(scenario.files == [path])
    for spec in TestSchema.schema.specs {
      #expect(scenario.value(spec.path) == spec.defaultValue)
      #expect(scenario.origin(spec.path) == .defaultValue)
    }
    #expect(scenario.int("casemanagers.caseloadNorm") == 30)
    #expect(scenario.double("casemanagers.hoursPerWeek") == 36)
    #expect(scenario.double("casemanagers.caseloadNorm") == 30)
    #expect(scenario.bool("casemanagers.enabled"))
    #expect(scenario.string("casemanagers.staffing") == "staffedToNorm")
    #expect(scenario.string("label") == "none")
    #expect(scenario.doubles("population.sentenceWeights") == [0.5, 0.3, 0.2])
  }

  @Test func childOverridesParentAndKeepsSiblings() throws {
    let dir = try TempDir()
    let base = try dir.write(
      "base.json",
      #"{"name": "base", "description": "Parent", "casemanagers": {"caseloadNorm": 40, "hoursPerWeek": 30}, "label": "p"}"#
    )
    let child = try dir.write(
      "variants/child.json",
      #"{"extends": "../base.json", "casemanagers": {"caseloadNorm": 50}, "population": {"arrivals": {"perWeek": 3}}}"#)
    let scenario = try TestSchema.loader.load(file: child)
    #expect(scenario.files == [base, child])
    #expect(scenario.name == "child")
    #expect(scenario.description == "")
    #expect(scenario.int("casemanagers.caseloadNorm") == 50)
    #expect(scenario.origin("casemanagers.caseloadNorm") == .file(child))
    #expect(scenario.double("casemanagers.hoursPerWeek") == 30)
    #expect(scenario.origin("casemanagers.hoursPerWeek") == .file(base))
    #expect(scenario.string("label") == "p")
    #expect(scenario.string("casemanagers.staffing") == "staffedToNorm")
    #expect(scenario.origin("casemanagers.staffing") == .defaultValue)
    #expect(scenario.double("population.arrivals.perWeek") == 3)
  }

  @Test func listsReplaceWhole() throws {
    let dir = try TempDir()
    try dir.write("base.json", #"{"population": {"sentenceWeights": [0.1, 0.1, 0.8], "lvbShare": 0.5}}"#)
    let child = try dir.write("child.json", #"{"extends": "base.json", "population": {"sentenceWeights": [1, 0, 0]}}"#)
    let scenario = try TestSchema.loader.load(file: child)
    #expect(scenario.doubles("population.sentenceWeights") == [1, 0, 0])
    #expect(scenario.double("population.lvbShare") == 0.5)
  }

  @Test func originsNameEachLayer() throws {
    let dir = try TempDir()
    let base = try dir.write("base.json", #"{"casemanagers": {"hoursPerWeek": 32}}"#)
    let child = try dir.write(
      "child.json", #"{"extends": "base.json", "name": "Variant A", "description": "d", "label": "c"}"#)
    let scenario = try TestSchema.loader.load(
      file: child, overrides: ["casemanagers.caseloadNorm=25", "casemanagers.staffing=fixedStaff"])
    #expect(scenario.name == "Variant A")
    #expect(scenario.description == "d")
    #expect(scenario.origin("casemanagers.caseloadNorm") == .commandLine)
    #expect(scenario.origin("casemanagers.staffing") == .commandLine)
    #expect(scenario.string("casemanagers.staffing") == "fixedStaff")
    #expect(scenario.origin("casemanagers.hoursPerWeek") == .file(base))
    #expect(scenario.origin("label") == .file(child))
    #expect(scenario.origin("population.lvbShare") == .defaultValue)
    #expect(ValueOrigin.defaultValue.description == "default")
    #expect(ValueOrigin.commandLine.description == "command line")
    #expect(scenario.origin("label").description == child)
  }

  @Test func parentNameIsNotInherited() throws {
    let dir = try TempDir()
    try dir.write("base.json", #"{"name": "Baseline", "description": "base"}"#)
    let child = try dir.write("lever.json", #"{"extends": "base.json"}"#)
    let scenario = try TestSchema.loader.load(file: child, overrides: ["description=from cli"])
    #expect(scenario.name == "lever")
    #expect(scenario.description == "from cli")
  }

  @Test func effectiveJSONFollowsSchemaOrder() throws {
    let dir = try TempDir()
    let path = try dir.write("s.json", #"{"label": "x", "name": "S", "casemanagers": {"enabled": false}}"#)
    let scenario = try TestSchema.loader.load(file: path)
    let expected =
      #"{"name":"S","description":"","casemanagers":{"caseloadNorm":30,"hoursPerWeek":36,"#
      + #""staffing":"staffedToNorm","enabled":false},"population":{"lvbShare":0.2,"#
      + #""sentenceWeights":[0.5,0.3,0.2],"arrivals":{"perWeek":12}},"label":"x"}"#
    #expect(JSONWriter.write(scenario.effectiveJSON, pretty: false) == expected)
  }

  @Test func overridingValidatesAndMarksCommandLine() throws {
    let dir = try TempDir()
    let path = try dir.write("s.json", "{}")
    let scenario = try TestSchema.loader.load(file: path)
    let changed = try scenario.overriding("population.lvbShare", with: .number(0.7))
    #expect(changed.double("population.lvbShare") == 0.7)
    #expect(changed.origin("population.lvbShare") == .commandLine)
    #expect(scenario.double("population.lvbShare") == 0.2)
    let group = try scenario.overriding("casemanagers", with: .object([("caseloadNorm", .number(9))]))
    #expect(group.int("casemanagers.caseloadNorm") == 9)
    #expect(group.origin("casemanagers.hoursPerWeek") == .defaultValue)
    #expect(throws: ScenarioErrors.self) { try scenario.overriding("population.lvbShare", with: .number(2)) }
    do {
      _ = try scenario.overriding("population.lvbshare", with: .number(0.1))
    } catch {
      #expect(error.issues.map(\.category) == [.badOverride])
      #expect(!error.topLevelFileUnreadable)
    }
  }

  @Test func acceptsByteOrderMarkAndRelativeDisplay() throws {
    let dir = try TempDir()
    try dir.write("Scenarios/baseline.json", "\u{FEFF}{\"label\": \"b\"}")
    let child = try dir.write("Scenarios/variants/x.json", #"{"extends": "./../baseline.json"}"#)
    let scenario = try TestSchema.loader.load(file: child)
    #expect(scenario.files == [dir.path("Scenarios/baseline.json"), child])
    #expect(scenario.string("label") == "b")
  }
}
