import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Issue 14: recommendations 1 to 4 work through the chain of seed 003 (workload → dropped
/// collaboration and registration → partners without information → work after release), and
/// with their named path switched off their lever does nothing (paired runs, common random
/// numbers). Recommendations 5 and 6 are in `RecommendationPathTests`.
@Suite struct RecommendationChainTests {
  func pairedDifferences(_ metric: String, _ variant: [String], base: [String] = []) async throws -> [Double] {
    let b = try await ModelFixture.run(replications: 4, base)
    let v = try await ModelFixture.run(replications: 4, base + variant)
    return zip(ModelFixture.values(v, metric), ModelFixture.values(b, metric)).map { $0 - $1 }
  }

  static let nobodyProactive = ["small", "medium", "large"].map { "municipalities.\($0).proactiveProbability=0" }

  /// Recommendation 1: a lower caseload helps only because casemanagers lack hours; with hours to
  /// spare nothing is dropped and nothing changes.
  @Test func lowerCaseloadWorksThroughTimePressure() async throws {
    let norm = ["casemanagers.caseloadNorm=20"]
    let ready = try await pairedDifferences("release_ready", norm)
    #expect(ModelFixture.mean(ready) > 0.005, "release_ready differences \(ready)")
    let ample = try await pairedDifferences("release_ready", norm, base: ["casemanagers.hoursPerWeek=80"])
    #expect(ample.allSatisfy { abs($0) < 0.002 }, "release_ready differences with hours to spare \(ample)")
  }

  /// Recommendation 2: contact details help because proactive municipalities use them to call.
  @Test func contactDetailsWorkThroughProactiveMunicipalities() async throws {
    let details = ["information.contactDetailsOnSheet=true"]
    let contact = try await pairedDifferences("municipal_contact", details)
    #expect(contact.allSatisfy { $0 > 0 }, "municipal_contact differences \(contact)")
    let off = try await pairedDifferences("release_ready", details, base: Self.nobodyProactive)
    #expect(off.allSatisfy { $0 == 0 }, "release_ready differences, nobody proactive \(off)")
  }

  /// Recommendation 3: the full sheet helps because a proactive municipality that reads the help
  /// questions starts work without waiting for contact, and because a municipality told of the
  /// LVB hears what the person did not bring up (`LvbAttentionTests`); with both paths off it
  /// does nothing.
  @Test func fullSheetWorksThroughHelpQuestionsRead() async throws {
    let sheet = ["information.fullSheet=true"]
    let ready = try await pairedDifferences("release_ready", sheet)
    #expect(ModelFixture.mean(ready) > 0.002, "release_ready differences \(ready)")
    let off = try await pairedDifferences(
      "release_ready", sheet, base: Self.nobodyProactive + ["information.partnersAdjustToLvb=false"])
    #expect(off.allSatisfy { $0 == 0 }, "release_ready differences, nobody proactive \(off)")
  }

  /// Recommendation 4: the shared system acts through what partners read and through the hours
  /// it saves, each a parameter of its own; with both switched off it does nothing.
  @Test func sharedSystemWorksThroughInformationAndHours() async throws {
    let shared = ["information.sharedSystem=true"]
    let both = try await pairedDifferences("release_ready", shared)
    let information = try await pairedDifferences(
      "release_ready", shared, base: ["information.sharedSystemSavesHours=false"])
    let hours = try await pairedDifferences(
      "release_ready", shared, base: ["information.sharedSystemInformation=false"])
    #expect(ModelFixture.mean(both) > 0.005, "release_ready differences \(both)")
    #expect(ModelFixture.mean(information) > 0.002, "information path alone \(information)")
    #expect(ModelFixture.mean(hours) > 0.002, "hours path alone \(hours)")
    let off = try await pairedDifferences(
      "release_ready", shared,
      base: ["information.sharedSystemSavesHours=false", "information.sharedSystemInformation=false"])
    #expect(off.allSatisfy { $0 == 0 }, "release_ready differences, both paths off \(off)")
  }

  /// Registration completeness is state partners read: a heavier registration burden leaves more
  /// plans incomplete, and with complete registration forced the burden costs only hours.
  @Test func registrationBurdenActsThroughIncompletePlans() async throws {
    let heavy = ["casemanagers.registrationBurdenFactor=4"]
    let b = try await ModelFixture.run(replications: 2, [])
    let v = try await ModelFixture.run(replications: 2, heavy)
    func incomplete(_ runs: [ReplicationResult]) -> Double {
      let shares = runs.map { r in Metric.share(r.records) { $0.registrationComplete.map { !$0 } } ?? 0 }
      return ModelFixture.mean(shares)
    }
    #expect(incomplete(v) > incomplete(b) + 0.02, "incomplete \(incomplete(b)) → \(incomplete(v))")
  }
}
