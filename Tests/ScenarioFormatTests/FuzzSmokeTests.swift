import Foundation
import Testing

@testable import ScenarioFormat

/// Thousands of mutated scenario files must each yield a scenario or issues,
/// never a crash or a hang.
struct FuzzSmokeTests {
  static let valid = """
    {
      "extends": "base.json",
      "name": "fuzz",
      "description": "Ünïcode ✓",
      "casemanagers": {"caseloadNorm": 30, "hoursPerWeek": 36.5, "staffing": "fixedStaff", "enabled": true},
      "population": {"lvbShare": 0.25, "sentenceWeights": [0.5, 0.3, 0.2], "arrivals": {"perWeek": 1e2}},
      "label": "a \\"quoted\\" \\u00e9 label"
    }
    """

  static let insertions: [[UInt8]] =
    [
      "[", "{", "\"", "]", "}", ",", ":", "é", "😀", "\\u", "\\uD800", "1e400", "-1e400", "NaN", "-", "0", "00",
      "null", "true", "[[[[[[[[", "{\"a\":", "\"extends\": \"fuzz.json\",", "\"extends\": \"nope.json\",",
    ].map { Array($0.utf8) } + [[0xFF], [0x00], [0xC3], [0xED, 0xA0, 0x80], [0x0A]]

  @Test func mutatedFilesNeverCrash() {
    let base = Array(#"{"label": "base"}"#.utf8)
    let original = Array(Self.valid.utf8)
    let valid = ScenarioLoader(
      schema: TestSchema.schema, files: MemoryFiles(files: ["/mem/fuzz.json": original, "/mem/base.json": base]))
    #expect(valid.check(file: "/mem/fuzz.json").isEmpty)
    var random = TestRandom(seed: 2024)
    var loaded = 0
    var failed = 0
    for _ in 0..<5_000 {
      var bytes = original
      for _ in 0...random.next(3) { mutate(&bytes, &random) }
      let loader = ScenarioLoader(
        schema: TestSchema.schema, files: MemoryFiles(files: ["/mem/fuzz.json": bytes, "/mem/base.json": base]))
      do {
        let scenario = try loader.load(file: "/mem/fuzz.json")
        #expect(scenario.files.last == "/mem/fuzz.json")
        loaded += 1
      } catch {
        #expect(!error.issues.isEmpty)
        #expect(!error.topLevelFileUnreadable)
        failed += 1
      }
    }
    #expect(loaded > 100)
    #expect(failed > 100)
  }

  @Test func mutatedFilesOnDiskNeverCrash() throws {
    let dir = try TempDir()
    try dir.write("base.json", #"{"label": "base"}"#)
    let original = Array(Self.valid.utf8)
    var random = TestRandom(seed: 99)
    for _ in 0..<200 {
      var bytes = original
      mutate(&bytes, &random)
      let path = dir.path("fuzz.json")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let issues = TestSchema.loader.check(file: path)
      #expect(issues.allSatisfy { $0.category != .unreadableFile })
    }
  }

  private func mutate(_ bytes: inout [UInt8], _ random: inout TestRandom) {
    let position = random.next(bytes.count + 1)
    switch random.next(5) {
    case 0 where position < bytes.count:
      bytes[position] = UInt8(random.next(256))
    case 1:
      bytes.removeSubrange(position...)
    case 2 where position < bytes.count:
      bytes.remove(at: position)
    case 3:
      let token = Self.insertions[random.next(Self.insertions.count)]
      bytes.insert(contentsOf: token, at: position)
    default:
      let digits = Array(String(random.next(1_000_000_000)).utf8)
      bytes.insert(contentsOf: digits + Array("e\(random.next(700))".utf8), at: position)
    }
  }
}
