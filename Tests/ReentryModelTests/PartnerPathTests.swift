import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Partners with limited hours, conferences the municipality chooses, and the coordination
/// before release: each path, and its effect vanishing when it is switched off (paired runs of
/// the small world, common random numbers).
@Suite struct PartnerPathTests {
  static let agreed = ["caseConferences.agreed=true"]

  /// A conference nobody joins is not a meeting with a partner: it counts as one held without.
  @Test func caseConferencesCountOnlyMeetingsAPartnerJoined() async throws {
    let nobody = [
      "caseConferences.municipalityAttendanceProbability=0", "caseConferences.probationAttendanceProbability=0",
    ]
    let results = try await ModelFixture.run(replications: 2, Self.agreed + nobody)
    let joined = ModelFixture.values(results, "case_conferences")
    let without = ModelFixture.values(results, "case_conferences_without_partner")
    #expect(joined.allSatisfy { $0 == 0 }, "case_conferences with nobody attending \(joined)")
    #expect(without.allSatisfy { $0 > 0.5 }, "case_conferences_without_partner \(without)")
  }

  /// Seed 003: municipalities seldom join, small ones least; with the frequency agreed the
  /// conference effect for small municipalities rests on coordinators with hours to spare.
  @Test func smallMunicipalitiesConferenceEffectNeedsCoordinatorHours() async throws {
    let ample = ["partners.coordinatorFTEPer100kSmall=10"]
    let none = ["partners.coordinatorFTEPer100kSmall=0"]
    let withHours = try await ModelFixture.pairedDifferences(
      "release_ready", Self.agreed, base: ample, group: "municipality=small")
    let withoutHours = try await ModelFixture.pairedDifferences(
      "release_ready", Self.agreed, base: none, group: "municipality=small")
    #expect(ModelFixture.mean(withHours) > 0.01, "small, ample hours \(withHours)")
    #expect(abs(ModelFixture.mean(withoutHours)) < 0.005, "small, no hours \(withoutHours)")
    let worked = ModelFixture.values(
      try await ModelFixture.run(replications: 1, Self.agreed + none), "coordinator_hours_worked",
      "municipality=small")
    #expect(worked == [0], "small coordinators without hours worked \(worked)")
  }

  /// A municipality that declined a case's conference seldom joins its next: with the factor at
  /// 1 (no memory) it joins more of them.
  @Test func aDeclinedConferenceMakesTheNextOneRarer() async throws {
    let memoryless = try await ModelFixture.run(
      replications: 2, Self.agreed + ["partners.afterDeclineConferenceFactor=1"])
    let persistent = try await ModelFixture.run(replications: 2, Self.agreed)
    let a = ModelFixture.values(memoryless, "case_conferences_without_partner")
    let b = ModelFixture.values(persistent, "case_conferences_without_partner")
    #expect(zip(a, b).allSatisfy { $0 < $1 }, "without partner: memoryless \(a), persistent \(b)")
  }

  /// Supervision start responds to conferences, may-share and the shared system through the
  /// warm handover; without it (factor 1) their effect on probation waits is exactly zero.
  @Test func supervisionStartRespondsThroughTheWarmHandover() async throws {
    let levers = [
      Self.agreed, ["information.gdprRefusalProbability=0.05"],
      ["information.sharedSystem=true", "information.sharedSystemSavesHours=false"],
    ]
    for lever in levers {
      let on = try await ModelFixture.pairedDifferences("probation_wait_days", lever)
      let off = try await ModelFixture.pairedDifferences(
        "probation_wait_days", lever, base: ["partners.warmHandoverIntakeFactor=1"])
      #expect(ModelFixture.mean(on) < 0, "\(lever): probation wait differences \(on)")
      #expect(off.allSatisfy { $0 == 0 }, "\(lever), no warm handover: \(off)")
    }
  }

  /// The coordination before release acts: without it (no lead time, so never done before
  /// release) supervision starts later, and with no warm-handover effect that difference vanishes.
  @Test func coordinationBeforeReleaseShortensSupervisionStart() async throws {
    let none = ["casemanagers.releaseCoordinationLeadDays=0"]
    let on = try await ModelFixture.pairedDifferences("probation_wait_days", none)
    let off = try await ModelFixture.pairedDifferences(
      "probation_wait_days", none, base: ["partners.warmHandoverIntakeFactor=1"])
    #expect(on.allSatisfy { $0 > 0 }, "probation wait differences without coordination \(on)")
    #expect(off.allSatisfy { $0 == 0 }, "without the warm-handover effect \(off)")
  }

  /// Partner hours are outputs like the casemanagers': worked below available.
  @Test func partnerUtilisationIsReported() async throws {
    let results = try await ModelFixture.run(replications: 1)
    for group in ["all", "municipality=small", "municipality=medium", "municipality=large"] {
      let u = ModelFixture.values(results, "coordinator_utilisation", group)
      #expect(u.allSatisfy { $0 > 0 && $0 < 1.2 }, "coordinator_utilisation \(group) \(u)")
    }
    let p = ModelFixture.values(results, "probation_officer_utilisation")
    #expect(p.allSatisfy { $0 > 0 && $0 < 1.2 }, "probation_officer_utilisation \(p)")
    let byLVB = ModelFixture.values(results, "probation_officer_utilisation", "lvb=yes")
    #expect(byLVB.allSatisfy { $0.isNaN }, "probation is not split by the people released \(byLVB)")
  }
}
