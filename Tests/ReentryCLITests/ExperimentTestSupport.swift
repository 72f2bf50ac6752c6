import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryModel

/// A temporary folder holding a small base scenario (the real baseline with
/// `ModelFixture.small`, written as JSON) for compare and sweep tests.
struct ExperimentWorld: Sendable {
  let dir: URL

  init() {
    dir = makeTempDirectory()
    writeFile(dir, "small.json", Self.smallScenario())
  }

  func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

  /// Writes a file into the world and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) -> String { writeFile(dir, name, text) }

  /// The baseline with the small-world overrides and 2 replications, as a scenario file.
  static func smallScenario(name: String = "small") -> String {
    var document: JSONValue = .object([
      ("extends", .string(PackagePaths.baseline)), ("name", .string(name)),
    ])
    for text in ModelFixture.small + ["run.replications=2"] {
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      document = setting(
        document, path: parts[0].split(separator: ".").map(String.init), to: try! JSONParser.parse(parts[1]))
    }
    return JSONWriter.write(document, pretty: true)
  }

  /// `object` with the member at `path` set, creating groups on the way.
  static func setting(_ object: JSONValue, path: [String], to value: JSONValue) -> JSONValue {
    guard case .object(var members) = object, let key = path.first else { return value }
    let index = members.firstIndex { $0.0 == key }
    let inner = setting(index.map { members[$0].1 } ?? .object([]), path: Array(path.dropFirst()), to: value)
    if let index { members[index].1 = inner } else { members.append((key, inner)) }
    return .object(members)
  }

  /// A sweep over the small world: caseload norm × shared system (2 × 2 points), 2 replications.
  static func gridSweep(name: String = "grid", seed: Int = 7, base: String = "small.json") -> String {
    """
    {
      "name": "\(name)",
      "description": "test sweep",
      "base": "\(base)",
      "vary": [
        {"path": "casemanagers.caseloadNorm", "values": [15, 30]},
        {"path": "information.sharedSystem", "values": [false, true]}
      ],
      "mode": "grid",
      "replications": 2,
      "seed": \(seed)
    }

    """
  }
}

/// Every file under a directory by relative path, except `run-info.json`
/// (wall time, covered by no digest), for byte-for-byte comparisons.
func deterministicTree(_ path: String) -> [String: [UInt8]] {
  var tree: [String: [UInt8]] = [:]
  let root = URL(fileURLWithPath: path)
  guard let walker = FileManager.default.enumerator(atPath: path) else { return tree }
  for case let relative as String in walker where !relative.hasSuffix("run-info.json") {
    var isDirectory: ObjCBool = false
    let full = root.appendingPathComponent(relative).path
    guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else {
      continue
    }
    tree[relative] = FileManager.default.contents(atPath: full).map(Array.init)
  }
  return tree
}

/// The number of finished point files in a sweep directory.
func pointFileCount(_ out: String) -> Int {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: out + "/points")) ?? []
  return names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.count
}

/// The 2 × 2 grid sweep run once, uninterrupted, with `--jobs 2`: the bytes
/// every other way of running it (other jobs, shards, resumed) must reproduce.
enum SweepReference {
  struct Run: Sendable {
    let world: ExperimentWorld
    let sweepFile: String
    let out: String
  }

  static let shared = Task<Run, any Error> {
    let world = ExperimentWorld()
    let sweepFile = world.write("grid.json", ExperimentWorld.gridSweep())
    let out = world.path("reference")
    let r = await reentry(["sweep", sweepFile, "--out", out, "--jobs", "2"])
    guard r.code == 0 else { throw ReferenceFailure(message: r.err) }
    return Run(world: world, sweepFile: sweepFile, out: out)
  }

  struct ReferenceFailure: Error { let message: String }
}
