import Testing

@testable import ScenarioFormat

/// Every strictness rule of RFC 8259 (and ours) must produce an error with a
/// useful message; a few also pin the exact line and column.
struct JSONParserRejectTests {
  /// (input bytes, expected message fragment)
  static let cases: [([UInt8], String)] =
    ([
      ("", "empty document"),
      ("  \n ", "empty document"),
      ("[1,]", "trailing comma"),
      (#"{"a":1,}"#, "trailing comma"),
      ("[1 2]", "expected ',' or ']'"),
      (#"{"a" 1}"#, "expected ':' after the key"),
      (#"{"a":1 "b":2}"#, "expected ',' or '}'"),
      ("{a:1}", "expected a string key"),
      ("{'a':1}", "double quotes"),
      ("'a'", "double quotes"),
      ("// note\n1", "comments are not allowed"),
      ("/* note */ 1", "comments are not allowed"),
      ("[1 /* x */]", "expected ',' or ']'"),
      ("NaN", "NaN and Infinity"),
      ("Infinity", "NaN and Infinity"),
      ("-Infinity", "NaN and Infinity"),
      ("[NaN]", "NaN and Infinity"),
      ("01", "leading zeros"),
      ("-01", "leading zeros"),
      ("00", "leading zeros"),
      ("1.", "expected a digit after '.'"),
      (".5", "unexpected character '.'"),
      ("+1", "unexpected character '+'"),
      ("1e", "expected a digit in the exponent"),
      ("1e+", "expected a digit in the exponent"),
      ("-", "expected a digit in the number"),
      ("1e400", "number out of range"),
      ("-1e400", "number out of range"),
      ("[1e999]", "number out of range"),
      ("\"a\u{01}b\"", "control character U+0001"),
      ("\"tab\there\"", "control character U+0009"),
      ("\"line\nbreak\"", "control character U+000A"),
      (#""\x""#, "invalid escape '\\x'"),
      (#""\u12""#, "expected four hex digits"),
      (#""\uZZZZ""#, "expected four hex digits"),
      (#""\uD800""#, "lone surrogate U+D800"),
      (#""\uDC00""#, "lone surrogate U+DC00"),
      (#""\uD800\u0041""#, "lone surrogate U+D800"),
      (#""\uD800x""#, "lone surrogate U+D800"),
      (#"{"a":1,"a":2}"#, "duplicate key \"a\""),
      (#"{"a":{"x":1,"x":2}}"#, "duplicate key \"x\""),
      ("1 2", "unexpected characters after the JSON value"),
      ("{} x", "unexpected characters after the JSON value"),
      ("[]]", "unexpected characters after the JSON value"),
      ("tru", "expected 'true'"),
      ("nul", "expected 'null'"),
      ("fals", "expected 'false'"),
      ("True", "unexpected character 'T'"),
      (#"["a]"#, "unterminated string"),
      ("\"abc\\", "unterminated string"),
      ("[", "unexpected end of input"),
      ("{", "unexpected end of input"),
      (#"{"a":"#, "unexpected end of input"),
      (#"{"a":1"#, "unexpected end of input; expected ',' or '}'"),
      ("[1,2", "unexpected end of input; expected ',' or ']'"),
      (#"{"a":}"#, "unexpected character '}'; expected a value"),
    ] as [(String, String)]).map { (Array($0.0.utf8), $0.1) } + [
      ([0x22, 0xFF, 0x22], "invalid UTF-8"),
      ([0x22, 0xC3, 0x22], "invalid UTF-8"),
      ([0x22, 0xC0, 0xAF, 0x22], "invalid UTF-8 byte 0xC0"),
      ([0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8"),
      ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8"),
      ([0x22, 0xE6, 0x97], "invalid UTF-8"),
      ([0xC3, 0xA9], "unexpected byte 0xC3"),
      ([0x5B, 0x00, 0x5D], "unexpected byte 0x00"),
      ([0xEF, 0xBB, 0xBF], "empty document"),
    ]

  @Test(arguments: cases)
  func rejects(_ testCase: ([UInt8], String)) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(testCase.0) }
    do {
      _ = try JSONParser.parse(testCase.0)
    } catch {
      #expect(error.message.contains(testCase.1), "got \(error)")
    }
  }

  /// (input, line, column, exact message)
  static let positions: [(String, Int, Int, String)] = [
    ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
    ("[1,\n 2,\n ]", 3, 2, "trailing comma is not allowed"),
    (#"{"a":1,"a":2}"#, 1, 8, "duplicate key \"a\""),
    ("\"é\u{01}\"", 1, 3, "control character U+0001 must be escaped in a string"),
    ("\u{FEFF}[1,]", 1, 4, "trailing comma is not allowed"),
    ("[\n\t01]", 2, 2, "leading zeros are not allowed"),
    ("\n\n  [1e400]", 3, 4, "number out of range"),
    ("", 1, 1, "empty document; expected a JSON value"),
    ("[\"abc", 1, 2, "unterminated string"),
    ("[1,2", 1, 5, "unexpected end of input; expected ',' or ']'"),
  ]

  @Test(arguments: positions)
  func reportsLineAndColumn(_ testCase: (String, Int, Int, String)) {
    #expect(throws: JSONSyntaxError(line: testCase.1, column: testCase.2, message: testCase.3)) {
      try JSONParser.parse(testCase.0)
    }
  }

  @Test func errorDescriptionShowsPosition() {
    #expect(
      JSONSyntaxError(line: 3, column: 14, message: "expected ',' or '}'").description == "3:14: expected ',' or '}'")
  }
}
