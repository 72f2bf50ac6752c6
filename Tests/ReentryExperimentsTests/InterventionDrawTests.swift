import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// How a recommendation works is an assumption, not a lever: robustness draws it inside the
/// variant that adopts the recommendation, even where the variant's file sets its value, holds
/// it in the base where it has no effect, and holds only the decision itself.
@Suite struct InterventionDrawTests {
  @Test func theIntervalIsDrawnInTheVariantAndHeldInTheBase() throws {
    let base = try ModelFixture.scenario()
    let conferences = try ModelFixture.scenario("Scenarios/case-conferences.json")
    let definition = try RobustnessDefinition(
      name: "t", base: base, variants: [conferences], draws: 20, replications: 1, seed: 4, filter: .none)
    let plan = definition.plan
    let interval = try #require(plan.factors.firstIndex { $0.path == "caseConferences.intervalDays" })
    let attendance = try #require(
      plan.factors.firstIndex { $0.path == "caseConferences.municipalityAttendanceProbability" })
    // The file sets intervalDays to 42, yet it is no lever: the variant asks "agree conferences".
    #expect(plan.scenarios[1].levers.isEmpty)
    var intervals: Set<Int> = []
    for d in 0..<plan.draws {
      let inBase = try definition.parameters(draw: d, scenario: 0)
      let inVariant = try definition.parameters(draw: d, scenario: 1)
      #expect(inBase.caseConferences.intervalDays == 42 && !inBase.caseConferences.agreed)
      #expect(inBase.caseConferences.municipalityAttendanceProbability == 0.6)
      #expect(inVariant.caseConferences.agreed)
      #expect(Double(inVariant.caseConferences.intervalDays) == plan.values[d][interval])
      #expect(inVariant.caseConferences.municipalityAttendanceProbability == plan.values[d][attendance])
      intervals.insert(inVariant.caseConferences.intervalDays)
    }
    #expect(intervals.count > 10, "the variant's interval ranges over 28…84 days: \(intervals.sorted())")
  }

  /// The shared system's registration burden ratio, an assumption about its implementation, is drawn in the variant.
  @Test func theSharedSystemsBurdenIsDrawnInTheVariant() throws {
    let base = try ModelFixture.scenario()
    let shared = try ModelFixture.scenario("Scenarios/shared-system.json")
    let definition = try RobustnessDefinition(
      name: "t", base: base, variants: [shared], draws: 10, replications: 1, seed: 4, filter: .none)
    let burdens = try (0..<10).map {
      try definition.parameters(draw: $0, scenario: 1).information.sharedSystemBurdenRatio
    }
    #expect(Set(burdens).count == 10, "\(burdens)")
  }

  /// A combination of recommendations is no rival of its parts, whatever assumptions it draws.
  @Test func aCombinationIsNotRanked() throws {
    let files = ["baseline", "may-share", "shared-system", "caseload-20", "all-recommendations"]
    let scenarios = try files.map { try ModelFixture.scenario("Scenarios/\($0).json") }
    let definition = try RobustnessDefinition(
      name: "t", base: scenarios[0], variants: Array(scenarios.dropFirst()), draws: 2, replications: 1, seed: 4,
      filter: .none)
    let plan = definition.plan
    #expect(plan.settings(of: 3) == ["casemanagers.caseloadNorm"])
    // Drawn assumptions are no longer levers, so `all-recommendations` and `may-share` hold the
    // same lever; the settings still tell the combination from its parts.
    #expect(plan.scenarios[4].levers == plan.scenarios[1].levers)
    for part in 1...3 { #expect(plan.settings(of: 4).isStrictSuperset(of: plan.settings(of: part)), "\(part)") }
    #expect(!plan.settings(of: 1).isSuperset(of: plan.settings(of: 2)))
  }
}
