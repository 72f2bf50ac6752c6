import ScenarioFormat
import SimKernel

/// Turns valid scenario and sweep texts into hostile ones, from a fixed seed.
///
/// Byte-level mutations (truncation, flipped and deleted bytes, inserted
/// tokens such as `1e400`, `NaN` or half a surrogate pair) find parser
/// crashes; tree-level ones (a value of the wrong type, huge or tiny
/// numbers, unicode and duplicate keys) get past the parser and find
/// validation crashes; deep nesting and random bytes find the limits.
struct FuzzMutator {
  private var stream: RandomStream

  init(seed: UInt64, chunk: Int) {
    stream = RandomStream(
      seed: seed, replication: UInt64(chunk), kind: StreamLabel("fuzz"), entity: 0, purpose: StreamLabel("mutate"))
  }

  mutating func below(_ n: Int) -> Int { Int(stream.bounded(UInt64(max(1, n)))) }
  mutating func chance(_ p: Double) -> Bool { stream.nextDouble() < p }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  static let tokens: [String] = [
    "1e308", "1e400", "-1e400", "1e-400", "-0", "4.9e-324",
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531706082715",
    "NaN", "nan", "Infinity", "-Infinity", "inf", "0x1F", "01", "1.", ".5", "+1", "1e", "-", "9007199254740993",
    "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\x41\"", "\"é\"", "\"😀\"", "\"\u{202E}evil\"", "\"\\\"",
    "null", "true", "false", "tru", "nul", "[", "]", "{", "}", ",", ":", "\"", "\\", "//", "/*", "\t", "\r\n",
    "\u{FEFF}",
    "\"extends\": \"fuzz.json\",", "\"extends\": \"missing.json\",", "\"extends\": \"/mem\",", "\"extends\": 7,",
    "\"run\": {\"replications\": 1e400},", "\"casemanagers\": {\"caseloadNorm\": NaN},", "[[[[[[[[[[", "{\"a\":{\"a\":",
  ]

  static let leaves: [String] = [
    "null", "true", "false", "0", "-1", "0.5", "1e308", "-1e308", "4.9e-324", "1e400", "NaN", "Infinity",
    "\"\"", "\"text\"", "\"fixedStaff\"", "[]", "{}", "[1, 2, 3]", "[\"a\"]", "{\"x\": 1}", "[1e308, -1e308]",
    "9007199254740993", "123456789012345678901234567890",
  ]

  static let keys: [String] = [
    "", "é", "ключ", "键", "🔑", "\u{0301}", "a\u{0000}b", "caseloadNorm", "extends", "name", "run", "__proto__",
    "casemanagers.caseloadNorm", " casemanagers", "Casemanagers", String(repeating: "k", count: 40),
  ]

  /// One to four byte-level edits.
  mutating func bytes(_ original: [UInt8]) -> [UInt8] {
    var b = original
    for _ in 0...(chance(0.6) ? 0 : below(4)) {
      let at = below(b.count + 1)
      switch below(6) {
      case 0: b.removeSubrange(at...)
      case 1 where at < b.count: b[at] = UInt8(below(256))
      case 2 where at < b.count: b.removeSubrange(at..<min(b.count, at + 1 + below(20)))
      case 3 where at < b.count:
        let end = min(b.count, at + 1 + below(40))
        b.insert(contentsOf: Array(b[at..<end]), at: at)
      default: b.insert(contentsOf: Array(pick(Self.tokens).utf8), at: at)
      }
    }
    return b
  }

  /// The document written back with one subtree replaced, keys renamed or duplicated.
  mutating func tree(_ value: JSONValue) -> [UInt8] {
    Array(write(value, depth: 0).utf8)
  }

  private mutating func write(_ value: JSONValue, depth: Int) -> String {
    if depth > 0, chance(0.03) { return pick(Self.leaves) }
    switch value {
    case .object(let members):
      var parts: [String] = []
      for (key, member) in members {
        let name = chance(0.02) ? pick(Self.keys) : key
        let part = "\(quote(name)): \(write(member, depth: depth + 1))"
        parts.append(part)
        if chance(0.02) { parts.append("\(quote(name)): \(pick(Self.leaves))") }
      }
      if chance(0.03) { parts.append("\(quote(pick(Self.keys))): \(pick(Self.leaves))") }
      return "{" + parts.joined(separator: ", ") + "}"
    case .array(let items):
      var parts = items.map { write($0, depth: depth + 1) }
      if chance(0.05) { parts.append(pick(Self.leaves)) }
      if chance(0.05), !parts.isEmpty { parts.removeLast() }
      return "[" + parts.joined(separator: ", ") + "]"
    case .number(let x) where chance(0.1):
      // A nearby value: often still valid, so validation is exercised past the parser.
      return JSONWriter.write(.number(x * pick([0.5, 0.999, 1.001, 2, -1])), pretty: false)
    default:
      return JSONWriter.write(value, pretty: false)
    }
  }

  private func quote(_ key: String) -> String { JSONWriter.write(.string(key), pretty: false) }

  /// Arrays or objects nested `depth` deep, closed or not.
  mutating func nesting(depth: Int) -> [UInt8] {
    let object = chance(0.5)
    let open = object ? "{\"a\":" : "["
    var text = "{\"name\": \"deep\", \"casemanagers\": " + String(repeating: open, count: depth) + "1"
    if chance(0.7) { text += String(repeating: object ? "}" : "]", count: depth) + "}" }
    return Array(text.utf8)
  }

  /// Bytes with no structure at all.
  mutating func noise() -> [UInt8] {
    (0..<below(300)).map { _ in UInt8(below(256)) }
  }
}
