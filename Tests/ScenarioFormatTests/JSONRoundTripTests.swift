import Testing

@testable import ScenarioFormat

/// Whatever the writer produces, the parser must read back to the same value.
struct JSONRoundTripTests {
  static let samples: [JSONValue] = [
    .null, .bool(false), .number(0), .number(-0.5), .number(0.1), .number(1e-7), .number(1e300),
    .number(.leastNonzeroMagnitude), .number(0x1p53 + 2), .number(-123456789.125),
    .number(Double.greatestFiniteMagnitude),
    .string(""), .string("quote \" backslash \\ slash / controls \u{0}\u{1}\u{1F}\n\r\t"),
    .string("unicode é 日本 😀 \u{FFFF} \u{10FFFF}"),
    .array([]), .object([]),
    .array([.array([.array([])]), .object([("", .null)])]),
    .object([
      ("z", .number(1)), ("a", .array([.number(0.3), .string("x"), .bool(true)])),
      ("nested", .object([("deep", .object([("list", .array([.number(-2), .number(1e21)]))])), ("b", .null)])),
    ]),
  ]

  @Test(arguments: samples)
  func roundTrips(_ value: JSONValue) throws {
    #expect(try JSONParser.parse(JSONWriter.write(value, pretty: false)) == value)
    #expect(try JSONParser.parse(JSONWriter.write(value, pretty: true)) == value)
  }

  @Test func roundTripsGeneratedValues() throws {
    var random = TestRandom(seed: 7)
    for _ in 0..<300 {
      let value = random.jsonValue(depth: 4)
      let compact = JSONWriter.write(value, pretty: false)
      #expect(try JSONParser.parse(compact) == value, "\(compact)")
      #expect(try JSONParser.parse(JSONWriter.write(value, pretty: true)) == value)
    }
  }
}

extension TestRandom {
  /// A random value with unique keys, scalars of every type and awkward strings.
  mutating func jsonValue(depth: Int) -> JSONValue {
    switch next(depth > 0 ? 8 : 6) {
    case 0: return .null
    case 1: return .bool(next(2) == 0)
    case 2: return .number(Double(Int(next(2_000_001)) - 1_000_000) / Double(1 + next(1000)))
    case 3:
      let x = Double(bitPattern: UInt64(next(1 << 30)) << 34 | UInt64(next(1 << 30)))
      return x.isFinite ? .number(x) : .null
    case 4, 5:
      let pieces = ["a", "é", "😀", "\"", "\\", "\n", "\u{1}", " ", "日"]
      return .string((0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined())
    case 6: return .array((0..<next(4)).map { _ in jsonValue(depth: depth - 1) })
    default: return .object((0..<next(4)).map { ("k\($0)", jsonValue(depth: depth - 1)) })
    }
  }
}
