import Testing

@testable import ScenarioFormat

/// The writer's output is part of the determinism contract, so it is pinned exactly.
struct JSONWriterTests {
  static let numbers: [(Double, String)] = [
    (30, "30"), (-2, "-2"), (0, "0"), (-0.0, "0"), (0.2, "0.2"), (1.5, "1.5"), (-0.25, "-0.25"),
    (1e-7, "1e-07"), (1e300, "1e+300"), (0x1p53 - 1, "9007199254740991"),
    (0x1p53, "9007199254740992.0"), (-0x1p53, "-9007199254740992.0"), (123456.789, "123456.789"),
    (.leastNonzeroMagnitude, "5e-324"), (.nan, "null"), (.infinity, "null"),
  ]

  @Test(arguments: numbers)
  func formatsNumber(_ testCase: (Double, String)) {
    #expect(JSONWriter.formatNumber(testCase.0) == testCase.1)
  }

  @Test func writesCompact() {
    let value = JSONValue.object([
      ("b", .number(1)), ("a", .array([.bool(true), .null, .string("x")])), ("e", .object([])), ("f", .array([])),
    ])
    #expect(JSONWriter.write(value, pretty: false) == #"{"b":1,"a":[true,null,"x"],"e":{},"f":[]}"#)
  }

  @Test func writesPretty() {
    let value = JSONValue.object([
      ("name", .string("base")),
      ("casemanagers", .object([("caseloadNorm", .number(30)), ("share", .number(0.25))])),
      ("weights", .array([.number(0.5), .number(0.3), .number(0.2)])),
      ("rows", .array([.object([("a", .number(1))]), .array([])])),
      ("empty", .object([])),
    ])
    let expected = """
      {
        "name": "base",
        "casemanagers": {
          "caseloadNorm": 30,
          "share": 0.25
        },
        "weights": [0.5, 0.3, 0.2],
        "rows": [
          {
            "a": 1
          },
          []
        ],
        "empty": {}
      }

      """
    #expect(JSONWriter.write(value, pretty: true) == expected)
  }

  @Test func prettyScalarEndsWithNewline() {
    #expect(JSONWriter.write(.number(3), pretty: true) == "3\n")
  }

  @Test func escapesStrings() {
    let value = JSONValue.string("q\"b\\n\nr\rt\tc\u{1}\u{1F}\u{8}é😀/\u{7F}")
    #expect(JSONWriter.write(value, pretty: false) == #""q\"b\\n\nr\rt\tc\u0001\u001f\u0008é😀/"# + "\u{7F}\"")
  }

  @Test func compactTextTruncates() {
    let long = JSONValue.string(String(repeating: "x", count: 100))
    #expect(long.compactText.count == 60)
    #expect(long.compactText.hasSuffix("…"))
    #expect(long.compactText.hasPrefix("\"xxx"))
    #expect(JSONValue.array([.number(1), .string("a")]).compactText == #"[1,"a"]"#)
    #expect(JSONValue.number(0).compactText == "0")
  }
}
