import Testing

@testable import ScenarioFormat

/// Hostile nesting must produce an error, never a stack overflow.
struct JSONParserDepthTests {
  @Test func rejectsSixtyFiveLevels() {
    let text = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(throws: JSONSyntaxError(line: 1, column: 65, message: "nesting deeper than 64 levels")) {
      try JSONParser.parse(text)
    }
  }

  @Test func rejectsHundredThousandOpenArrays() {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
  }

  @Test func rejectsHundredThousandBalancedArrays() {
    let bytes =
      [UInt8](repeating: UInt8(ascii: "["), count: 100_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
  }

  @Test func rejectsHundredThousandNestedObjects() {
    let bytes = Array(String(repeating: #"{"a":"#, count: 100_000).utf8)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
  }

  @Test func emptyContainersCountTowardsDepth() {
    let text = String(repeating: "[", count: 64) + "[]" + String(repeating: "]", count: 64)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
  }
}
