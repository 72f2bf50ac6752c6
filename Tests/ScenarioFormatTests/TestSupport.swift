import Foundation
import Testing

@testable import ScenarioFormat

/// A small schema with nested groups and every kind, shared by the loader tests.
enum TestSchema {
  static let schema = ParameterSchema([
    ParameterSpec(
      path: "casemanagers.caseloadNorm", kind: .integer(min: 1, max: 200), defaultValue: .number(30),
      unit: "cases", source: "seed 003 §3.1", summary: "Cases per case manager."),
    ParameterSpec(
      path: "casemanagers.hoursPerWeek", kind: .number(min: 1, max: 60), defaultValue: .number(36),
      unit: "hours/week", source: "assumption", summary: "Contract hours."),
    ParameterSpec(
      path: "casemanagers.staffing", kind: .choice(["staffedToNorm", "fixedStaff"]),
      defaultValue: .string("staffedToNorm")),
    ParameterSpec(path: "casemanagers.enabled", kind: .boolean, defaultValue: .bool(true)),
    ParameterSpec(path: "population.lvbShare", kind: .probability, defaultValue: .number(0.2), unit: "share"),
    ParameterSpec(
      path: "population.sentenceWeights", kind: .numberList(min: 0, max: 1, minCount: 3, maxCount: 3),
      defaultValue: .array([.number(0.5), .number(0.3), .number(0.2)])),
    ParameterSpec(
      path: "population.arrivals.perWeek", kind: .number(min: 0, max: .infinity), defaultValue: .number(12)),
    ParameterSpec(path: "label", kind: .text, defaultValue: .string("none")),
  ])

  static let loader = ScenarioLoader(schema: schema)
}

/// A fresh temporary directory removed when the value is released, so that
/// parallel tests never share scenario files.
final class TempDir {
  let root: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    root = PathText.normalize(base + "/scenario-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// The absolute path of a file in the directory.
  func path(_ name: String) -> String { root + "/" + name }

  /// Writes a file (creating subdirectories) and returns its absolute path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let full = path(name)
    try FileManager.default.createDirectory(
      atPath: PathText.directory(of: full), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    return full
  }
}

/// Loads a scenario that is expected to fail and returns the thrown errors.
func loadErrors(_ path: String, overrides: [String] = []) -> ScenarioErrors? {
  do {
    _ = try TestSchema.loader.load(file: path, overrides: overrides)
    return nil
  } catch {
    return error
  }
}

/// The issue lines of a failing load, or ["loaded"] if it unexpectedly succeeded.
func issueLines(_ path: String, overrides: [String] = []) -> [String] {
  loadErrors(path, overrides: overrides)?.issues.map(\.description) ?? ["loaded"]
}

/// A tiny fixed-seed generator (64-bit LCG) so that randomized tests are reproducible.
struct TestRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A value in 0..<bound.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
