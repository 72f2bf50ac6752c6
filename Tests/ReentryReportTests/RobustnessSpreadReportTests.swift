import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryReport

/// The robustness report says how much of each effect's spread is the
/// assumptions and how much simulation noise, in both languages, with the
/// numbers of `robustness.json`, and why it cannot when a world has one replication.
@Suite struct RobustnessSpreadReportTests {
  /// The text of the section with `id`.
  static func section(_ html: String, _ id: String) throws -> String {
    let start = try #require(html.range(of: "id=\"\(id)\""))
    let end = try #require(html[start.upperBound...].range(of: "</section>"))
    return String(html[start.upperBound..<end.lowerBound])
  }

  @Test func bothPartsArePrintedAndNamedInEnglishAndDutch() async throws {
    let dir = try await RobustnessFixture.few.value
    let lead = try RobustnessFixture.lead(try RobustnessFixture.summary(dir), "caseload-20")
    let spread = try #require(lead.value(forKey: "spread"))
    let assumption = RobustnessFixture.number(spread.value(forKey: "assumptionSD"))
    let noise = RobustnessFixture.number(spread.value(forKey: "noiseSD"))
    #expect(assumption.isFinite && noise > 0)
    let en = try Self.section(try RobustnessFixture.page(dir, .en).html, "spread")
    #expect(en.contains("Assumption uncertainty: SD between worlds"))
    #expect(en.contains("Simulation noise: SD between replications of one world"))
    #expect(en.contains(DisplayUnit.fixed(noise * 100, 2, .english) + " percentage points"), "\(en)")
    let nl = try Self.section(try RobustnessFixture.page(dir, .nl).html, "spread")
    #expect(nl.contains("Onzekerheid in de aannames") && nl.contains("Simulatieruis"))
    #expect(nl.contains(DisplayUnit.fixed(noise * 100, 2, .dutch)))
  }

  @Test func oneReplicationPerWorldCannotBeSplit() async throws {
    let dir = try await RobustnessFixture.pair.value
    let en = try Self.section(try RobustnessFixture.page(dir, .en).html, "spread")
    #expect(en.contains("cannot be split here"))
  }
}
