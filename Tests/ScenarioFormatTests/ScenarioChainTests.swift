import Foundation
import Testing

@testable import ScenarioFormat

/// Reading files and following `extends`: unreadable files, missing parents,
/// cycles and exit codes.
struct ScenarioChainTests {
  @Test func missingTopLevelFileExitsSixtySix() throws {
    let dir = try TempDir()
    let path = dir.path("absent.json")
    let errors = try #require(loadErrors(path))
    #expect(errors.issues.map(\.description) == ["\(path): cannot read file: file not found"])
    #expect(errors.issues.first?.category == .unreadableFile)
    #expect(errors.topLevelFileUnreadable)
  }

  @Test func directoryIsUnreadable() throws {
    let dir = try TempDir()
    try FileManager.default.createDirectory(atPath: dir.path("d.json"), withIntermediateDirectories: true)
    let errors = try #require(loadErrors(dir.path("d.json")))
    #expect(errors.issues.map(\.description) == ["\(dir.path("d.json")): cannot read file: is a directory"])
    #expect(errors.topLevelFileUnreadable)
  }

  @Test func unreadableParentNamesTheChildAndIsUnreadable() throws {
    let dir = try TempDir()
    try FileManager.default.createDirectory(atPath: dir.path("parent.json"), withIntermediateDirectories: true)
    let child = try dir.write("child.json", #"{"extends": "parent.json"}"#)
    let errors = try #require(loadErrors(child))
    #expect(
      errors.issues.map(\.description) == [
        "\(dir.path("parent.json")): cannot read file: is a directory (extended by \(child))"
      ])
    #expect(!errors.topLevelFileUnreadable)
    #expect(errors.someFileUnreadable)
  }

  @Test func missingExtends() throws {
    let dir = try TempDir()
    let child = try dir.write("sub/child.json", #"{"extends": "../nope.json", "label": 3}"#)
    let errors = try #require(loadErrors(child))
    #expect(
      errors.issues.map(\.description) == [
        "\(child): label: 3 is a number; allowed: a string",
        #"\#(child): extends: "../nope.json" not found (looked for \#(dir.path("nope.json")))"#,
      ])
    #expect(errors.issues.last?.category == .missingExtends)
    #expect(!errors.topLevelFileUnreadable)
    #expect(errors.someFileUnreadable)
  }

  @Test func selfCycle() throws {
    let dir = try TempDir()
    let a = try dir.write("a.json", #"{"extends": "a.json"}"#)
    let errors = try #require(loadErrors(a))
    #expect(errors.issues.map(\.description) == ["\(a): extends: cycle \(a) → \(a)"])
    #expect(errors.issues.first?.category == .extendsCycle)
    #expect(!errors.topLevelFileUnreadable)
  }

  @Test func threeFileCycle() throws {
    let dir = try TempDir()
    let a = try dir.write("a.json", #"{"extends": "b.json"}"#)
    let b = try dir.write("b.json", #"{"extends": "sub/c.json"}"#)
    let c = try dir.write("sub/c.json", #"{"extends": "../a.json"}"#)
    let errors = try #require(loadErrors(a))
    #expect(errors.issues.map(\.description) == ["\(c): extends: cycle \(a) → \(b) → \(c) → \(a)"])
  }

  @Test func malformedParentIsReported() throws {
    let dir = try TempDir()
    let base = try dir.write("base.json", "{\"label\": \"x\",}")
    let child = try dir.write("child.json", #"{"extends": "base.json"}"#)
    #expect(issueLines(child) == ["\(base):1:15: malformed JSON: trailing comma is not allowed"])
  }

  @Test func relativeTopLevelPathIsShownAsGiven() throws {
    // The working directory is process-wide, so only paths relative to it are used here.
    let dir = try TempDir()
    try dir.write("Scenarios/baseline.json", #"{"casemanagers": {"caseloadNorm": 0}}"#)
    try dir.write("Scenarios/variants/x.json", #"{"extends": "../baseline.json"}"#)
    let cwd = FileManager.default.currentDirectoryPath
    let relative = relativePath(from: cwd, to: dir.path("Scenarios/variants/x.json"))
    let errors = try #require(loadErrors(relative))
    let shownParent = PathText.normalize(PathText.directory(of: relative) + "/../baseline.json")
    #expect(errors.issues.first?.file == shownParent)
    #expect(!shownParent.hasPrefix("/"))
    #expect(shownParent.hasSuffix("Scenarios/baseline.json"))
  }

  private func relativePath(from base: String, to target: String) -> String {
    let from = base.split(separator: "/")
    let to = target.split(separator: "/")
    var common = 0
    while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
    let ups = Array(repeating: "..", count: from.count - common)
    return (ups + to[common...].map(String.init)).joined(separator: "/")
  }
}
