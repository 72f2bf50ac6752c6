import Testing

@testable import ScenarioFormat

/// Valid documents must parse to exactly the value they denote.
struct JSONParserAcceptTests {
  static let cases: [(String, JSONValue)] = [
    ("null", .null),
    ("true", .bool(true)),
    ("false", .bool(false)),
    ("0", .number(0)),
    ("-0", .number(-0.0)),
    ("42", .number(42)),
    ("-17", .number(-17)),
    ("1.5", .number(1.5)),
    ("0.1", .number(0.1)),
    ("1e3", .number(1000)),
    ("1E+3", .number(1000)),
    ("25e-2", .number(0.25)),
    ("-0.0e0", .number(0)),
    ("1e-400", .number(0)),
    ("1.7976931348623157e308", .number(Double.greatestFiniteMagnitude)),
    ("123456789012345678901234567890", .number(1.2345678901234568e29)),
    ("\"\"", .string("")),
    ("\"plain\"", .string("plain")),
    (#""a\"b\\c\/d""#, .string("a\"b\\c/d")),
    (#""\b\f\n\r\t""#, .string("\u{8}\u{C}\n\r\t")),
    (#""\u00e9\u00C9""#, .string("éÉ")),
    (#""\uD83D\uDE00""#, .string("😀")),
    ("\"é日本😀\"", .string("é日本😀")),
    ("\"\u{7F}\"", .string("\u{7F}")),
    ("[]", .array([])),
    ("{}", .object([])),
    ("[1,[2,[3]]]", .array([.number(1), .array([.number(2), .array([.number(3)])])])),
    (" \t\r\n[ 1 , 2 ]\n ", .array([.number(1), .number(2)])),
    (
      #"{"b":1,"a":{"c":[true,null]}}"#,
      .object([("b", .number(1)), ("a", .object([("c", .array([.bool(true), .null]))]))])
    ),
    (
      #"{"a":{"x":1},"b":{"x":2}}"#,
      .object([("a", .object([("x", .number(1))])), ("b", .object([("x", .number(2))]))])
    ),
    (#"{"":0}"#, .object([("", .number(0))])),
  ]

  @Test(arguments: cases)
  func parsesValidDocument(_ testCase: (String, JSONValue)) throws {
    #expect(try JSONParser.parse(testCase.0) == testCase.1)
  }

  @Test func keepsKeyOrder() throws {
    let value = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mid":3}"#)
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.0) == ["zeta", "alpha", "mid"])
    #expect(value.value(forKey: "alpha") == .number(2))
    #expect(value.value(forKey: "missing") == nil)
  }

  @Test func skipsByteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
  }

  @Test func acceptsSixtyFourLevels() throws {
    let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try JSONParser.parse(text) }
    let objects = String(repeating: #"{"a":"#, count: 64) + "1" + String(repeating: "}", count: 64)
    #expect(throws: Never.self) { try JSONParser.parse(objects) }
  }

  @Test func typeNames() throws {
    let names = try JSONParser.parse(#"[null,true,1,"s",[],{}]"#)
    guard case .array(let values) = names else {
      Issue.record("parsed as \(names), not an array")
      return
    }
    #expect(values.map(\.typeName) == ["null", "boolean", "number", "string", "array", "object"])
  }
}

/// Literal syntax builds the same values the parser does.
struct JSONValueLiteralTests {
  @Test func literalsMatchParsedValues() throws {
    let literal: JSONValue = ["b": 1, "a": [true, nil, "x", 0.5, -2], "o": [:]]
    #expect(try JSONParser.parse(#"{"b":1,"a":[true,null,"x",0.5,-2],"o":{}}"#) == literal)
  }
}
