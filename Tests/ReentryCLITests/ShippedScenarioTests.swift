import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// Every scenario shipped in `Scenarios/` validates and is pinned for `verify`.
@Suite struct ShippedScenarioTests {
  @Test func shippedScenariosValidateAndArePinned() throws {
    let dir = ModelFixture.root.appendingPathComponent("Scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
    #expect(files.count >= 10)
    let pins = try PinnedDigests.read(ModelFixture.path("Results/digests.json"))
    let pinned = Set(pins.scenarios.map(\.file))
    for file in files {
      let s = try ModelFixture.scenario("Scenarios/\(file)")
      #expect(!s.description.isEmpty, "\(file) has no description")
      #expect(pinned.contains("Scenarios/\(file)"), "\(file) is not pinned in Results/digests.json")
    }
  }
}
