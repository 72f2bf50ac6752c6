import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryCLI
@testable import ReentryExperiments
@testable import ReentryModel
@testable import ScenarioFormat

/// A fixed-seed fuzz test: 40,000 mutated scenario files (and 800 mutated
/// sweep files, slower to load) must each give a valid result or a list of issues,
/// never a crash or a hang.
///
/// Speed is checked on the CPU time of the thread doing the work, which does
/// not grow when the machine is busy: every load under 2 s, every chunk under
/// `chunkBudget` (about ten times what a debug build needs on an idle
/// core). A wall-clock limit would count the time a chunk waits for a core
/// while the rest of the suite simulates; it is kept only as a generous
/// backstop against a hang.
@Suite(.timeLimit(.minutes(30))) struct FuzzTests {
  static let scenario = """
    {
      "extends": "base.json",
      "name": "fuzz",
      "description": "Ünïcode ✓ \\"quoted\\" \\u00e9",
      "run": {"replications": 2, "seed": 11},
      "population": {"lvbShare": 0.25, "sentenceLengthEdgesDays": [1, 30, 365], "sentenceLengthWeights": [0.7, 0.3]},
      "casemanagers": {"caseloadNorm": 20, "hoursPerWeek": 36.5, "staffingMode": "fixedStaff"},
      "information": {"fullSheet": true, "gdprRefusalProbability": 0.05},
      "municipalities": {"small": {"proactiveProbability": 0.3, "visitsInstitution": true}}
    }
    """
  static let base = #"{"name": "base", "description": "parent", "needs": {"debtsShare": 0.6}}"#
  static let chunks = 10
  static let filesPerChunk = 4_000
  static let sweepChunks = 8
  static let sweepFilesPerChunk = 100
  static let chunkBudget = Duration.seconds(60)
  static let fuzzPath = "/mem/fuzz.json", basePath = "/mem/base.json"

  /// One load; returns the issue categories (empty when it loaded), checking the outcome is well formed.
  static func load(_ files: [String: [UInt8]]) -> Set<ScenarioIssue.Category> {
    let loader = ScenarioLoader(schema: ParameterCatalog.schema, files: MemoryFiles(files: files))
    do {
      let scenario = try loader.load(file: fuzzPath)
      #expect(scenario.files.last == fuzzPath)
      _ = ModelParameters(scenario)
      return []
    } catch {
      // A parent that is missing or cannot be read is "no input" (66); anything else is invalid data (65).
      let unreadable = error.issues.contains { $0.category == .missingExtends || $0.category == .unreadableFile }
      #expect(!error.issues.isEmpty && ExitCode.of(error) == (unreadable ? .noInput : .dataError))
      #expect(error.issues.allSatisfy { !$0.description.isEmpty })
      return Set(error.issues.map(\.category))
    }
  }

  @Test(arguments: 0..<chunks)
  func scenarioFilesNeverCrash(chunk: Int) throws {
    let valid = Array(Self.scenario.utf8)
    let parent = Array(Self.base.utf8)
    let tree = try JSONParser.parse(valid)
    let parentTree = try JSONParser.parse(parent)
    #expect(Self.load([Self.fuzzPath: valid, Self.basePath: parent]).isEmpty)
    var m = FuzzMutator(seed: 2024, chunk: chunk)
    var loaded = 0
    var seen = Set<ScenarioIssue.Category>()
    var slowest = Duration.zero
    let chunkStarted = threadCPUTime()
    for _ in 0..<Self.filesPerChunk {
      var files = [Self.fuzzPath: valid, Self.basePath: parent]
      switch m.below(40) {
      case 0..<18: files[Self.fuzzPath] = m.bytes(valid)
      case 18..<30: files[Self.fuzzPath] = m.tree(tree)
      case 30..<32: files[Self.basePath] = m.chance(0.5) ? m.bytes(parent) : m.tree(parentTree)
      case 32..<35: files = Self.extendsGame(&m, valid: valid, parent: parent)
      case 35: files[Self.fuzzPath] = m.nesting(depth: m.pick([10, 63, 64, 65, 100, 1_000, 100_000]))
      case 36..<38: files[Self.fuzzPath] = m.noise()
      default:
        files[Self.fuzzPath] = m.bytes(m.tree(tree))
        files[Self.basePath] = m.bytes(parent)
      }
      let started = threadCPUTime()
      let categories = Self.load(files)
      slowest = max(slowest, threadCPUTime() - started)
      if categories.isEmpty { loaded += 1 }
      seen.formUnion(categories)
    }
    // About one file in ten still loads: the mutations neither always break nor never break a file.
    #expect(loaded > Self.filesPerChunk / 50 && loaded < Self.filesPerChunk * 24 / 25, "loaded \(loaded)")
    let expected: [ScenarioIssue.Category] = [
      .malformed, .unknownKey, .wrongType, .outOfRange, .missingExtends, .extendsCycle,
    ]
    for category in expected {
      #expect(seen.contains(category), "no \(category) issue in \(Self.filesPerChunk) files")
    }
    #expect(slowest < .seconds(2), "one load took \(slowest) of CPU time")
    #expect(threadCPUTime() - chunkStarted < Self.chunkBudget, "the chunk took more CPU time than its budget")
  }

  /// `extends` cycles of one, two and many files, missing and odd parents, and chains past the limit.
  static func extendsGame(_ m: inout FuzzMutator, valid: [UInt8], parent: [UInt8]) -> [String: [UInt8]] {
    func with(_ extends: String, _ body: String = #""name": "x""#) -> [UInt8] {
      Array("{\"extends\": \(JSONWriter.write(.string(extends), pretty: false)), \(body)}".utf8)
    }
    switch m.below(7) {
    case 0: return [fuzzPath: with("fuzz.json")]
    case 1: return [fuzzPath: valid, basePath: with("fuzz.json")]
    case 2:
      return [fuzzPath: with(m.pick(["missing.json", "", "/elsewhere/base.json", "../../base.json", "base.json/"]))]
    case 3: return [fuzzPath: with("/mem"), basePath: parent]
    case 4: return [fuzzPath: with("./sub/../base.json"), basePath: parent]
    default:
      // A chain fuzz → c1 → … → cN → base (or back to c1: a long cycle).
      let n = 1 + m.below(80)
      var files = [fuzzPath: with("c1.json"), basePath: parent]
      for i in 1...n {
        let next = i == n ? (m.chance(0.5) ? "base.json" : "c1.json") : "c\(i + 1).json"
        files["/mem/c\(i).json"] = with(next, "\"needs\": {\"debtsShare\": 0.\(i % 10)}")
      }
      return files
    }
  }

  /// Mutated sweep files through the real sweep loader (on disk, with a small base scenario).
  @Test(arguments: 0..<sweepChunks)
  func sweepFilesNeverCrash(chunk: Int) throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    writeFile(dir, "base.json", Self.base)
    let sweep = """
      {"name": "fuzz", "description": "ü", "base": "base.json", "mode": "grid", "replications": 2, "seed": 7,
       "vary": [{"path": "casemanagers.caseloadNorm", "from": 10, "to": 40, "step": 5},
                {"path": "information.sharedSystem", "values": [false, true]}]}
      """
    let path = writeFile(dir, "sweep.json", sweep)
    #expect(try SweepFile.load(path).plan.pointCount == 14)
    let valid = Array(sweep.utf8)
    let tree = try JSONParser.parse(valid)
    var m = FuzzMutator(seed: 77, chunk: chunk)
    var loaded = 0
    let chunkStarted = threadCPUTime()
    for _ in 0..<Self.sweepFilesPerChunk {
      let bytes: [UInt8]
      switch m.below(10) {
      case 0..<5: bytes = m.bytes(valid)
      case 5..<9: bytes = m.tree(tree)
      default: bytes = m.chance(0.5) ? m.noise() : m.nesting(depth: m.pick([65, 100_000]))
      }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      do {
        let definition = try SweepFile.load(path)
        #expect((1...SweepRange.maximumPoints).contains(definition.plan.pointCount))
        loaded += 1
      } catch {
        #expect(!error.issues.isEmpty && ExitCode.of(error) == .dataError)
      }
    }
    #expect(loaded > 0 && loaded < Self.sweepFilesPerChunk, "loaded \(loaded)")
    #expect(threadCPUTime() - chunkStarted < Self.chunkBudget, "the chunk took more CPU time than its budget")
  }
}
