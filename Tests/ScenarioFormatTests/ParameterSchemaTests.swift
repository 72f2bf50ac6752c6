import Testing

@testable import ScenarioFormat

/// The schema's wording and checks are what users see, so they are pinned.
struct ParameterSchemaTests {
  static let descriptions: [(ParameterKind, String)] = [
    (.number(min: 0, max: 1), "a number in 0…1"),
    (.number(min: 0.5, max: .infinity), "a number ≥ 0.5"),
    (.number(min: -.infinity, max: 3), "a number ≤ 3"),
    (.number(min: -.infinity, max: .infinity), "a finite number"),
    (.integer(min: 1, max: 1000), "an integer in 1…1000"),
    (.integer(min: 0, max: .max), "an integer ≥ 0"),
    (.probability, "a number in 0…1"),
    (.boolean, "true or false"),
    (.choice(["staffedToNorm", "fixedStaff"]), #"one of "staffedToNorm", "fixedStaff""#),
    (.text, "a string"),
    (.numberList(min: 0, max: 1, minCount: 3, maxCount: 3), "a list of 3 numbers, each in 0…1"),
    (.numberList(min: 0, max: .infinity, minCount: 1, maxCount: 5), "a list of 1…5 numbers, each ≥ 0"),
    (.numberList(min: 0, max: 2, minCount: 1, maxCount: .max), "a list of at least 1 number, each in 0…2"),
  ]

  @Test(arguments: descriptions)
  func describesAllowedValues(_ testCase: (ParameterKind, String)) {
    let spec = ParameterSpec(path: "p", kind: testCase.0, defaultValue: .null)
    #expect(spec.allowedDescription == testCase.1)
  }

  @Test func findsSpecsAndGroups() {
    let schema = TestSchema.schema
    #expect(schema.specs.count == 8)
    #expect(schema.spec("casemanagers.caseloadNorm")?.unit == "cases")
    #expect(schema.spec("casemanagers") == nil)
    #expect(schema.isGroup("casemanagers"))
    #expect(schema.isGroup("population.arrivals"))
    #expect(!schema.isGroup("label"))
    #expect(schema.children[""] == ["casemanagers", "population", "label"])
  }

  static let validations: [(String, JSONValue, String?)] = [
    ("casemanagers.caseloadNorm", .number(30), nil),
    ("casemanagers.caseloadNorm", .number(0), "0 is out of range; allowed: an integer in 1…200"),
    ("casemanagers.caseloadNorm", .number(2.5), "2.5 is not an integer; allowed: an integer in 1…200"),
    ("casemanagers.caseloadNorm", .number(1e30), "1e+30 is out of range; allowed: an integer in 1…200"),
    ("casemanagers.caseloadNorm", .string("ten"), #""ten" is a string; allowed: an integer in 1…200"#),
    ("casemanagers.enabled", .null, "null is not allowed; allowed: true or false"),
    ("population.lvbShare", .number(1.5), "1.5 is out of range; allowed: a number in 0…1"),
    ("population.lvbShare", .number(.nan), "nan is not a finite number; allowed: a number in 0…1"),
    ("population.arrivals.perWeek", .number(1e9), nil),
    (
      "population.sentenceWeights", .array([.number(0.5), .number(2), .bool(true)]),
      "population.sentenceWeights[1]: 2 is out of range; allowed: a number in 0…1; "
        + "population.sentenceWeights[2]: true is a boolean; allowed: a number in 0…1"
    ),
    ("casemanagers", .object([("enabled", .bool(false))]), nil),
    (
      "casemanagers", .number(1),
      "1 is a number; allowed: an object with keys caseloadNorm, hoursPerWeek, staffing, enabled"
    ),
    ("nope", .number(1), "unknown parameter \"nope\""),
  ]

  @Test(arguments: validations)
  func validatesValues(_ testCase: (String, JSONValue, String?)) {
    #expect(TestSchema.schema.validate(testCase.1, at: testCase.0) == testCase.2)
  }
}
