import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Issue 14 items 4 and 5: each recommendation works through its named path, and with that
/// path switched off its lever does nothing (paired runs, common random numbers).
@Suite struct RecommendationPathTests {
  /// Recommendation 5: agreed conferences help because partners join them.
  @Test func agreedConferencesWorkThroughAttendance() async throws {
    let agreed = ["caseConferences.agreed=true"]
    let ready = try await ModelFixture.pairedDifferences("release_ready", agreed)
    // Conferences a partner joined: municipalities choose, and most that join already follow the
    // case, so municipal contact itself hardly moves (the conferences' hours may even crowd out a
    // first call elsewhere).
    let joined = try await ModelFixture.pairedDifferences("case_conferences", agreed)
    #expect(ModelFixture.mean(ready) > 0.005, "release_ready differences \(ready)")
    #expect(joined.allSatisfy { $0 > 0.1 }, "case_conferences differences \(joined)")
    // Nobody ever joins: the conferences only cost the casemanager hours.
    let absent = [
      "caseConferences.municipalityAttendanceProbability=0", "caseConferences.probationAttendanceProbability=0",
    ]
    let offReady = try await ModelFixture.pairedDifferences("release_ready", agreed, base: absent)
    let offContact = try await ModelFixture.pairedDifferences("municipal_contact", agreed, base: absent)
    let offJoined = try await ModelFixture.pairedDifferences("case_conferences", agreed, base: absent)
    #expect(ModelFixture.mean(offReady) < 0.002, "release_ready differences, nobody attends \(offReady)")
    #expect(offContact.allSatisfy { $0 <= 0 }, "municipal_contact differences, nobody attends \(offContact)")
    #expect(offJoined.allSatisfy { $0 == 0 }, "case_conferences differences, nobody attends \(offJoined)")
  }

  /// Recommendation 6: fewer GDPR refusals help because municipalities ask probation.
  @Test func fewerRefusalsWorkThroughInformationRequests() async throws {
    let mayShare = ["information.gdprRefusalProbability=0.05"]
    let housing = try await ModelFixture.pairedDifferences("housing_ok", mayShare)
    let ready = try await ModelFixture.pairedDifferences("release_ready", mayShare)
    #expect(housing.allSatisfy { $0 > 0 }, "housing_ok differences \(housing)")
    #expect(ModelFixture.mean(ready) > 0.002, "release_ready differences \(ready)")
    // Without judicial titles probation holds nothing to ask for: no request, no refusal.
    let noTitles = ["population.judicialTitleShortProbability=0", "population.judicialTitleLongProbability=0"]
    let off = try await ModelFixture.pairedDifferences("release_ready", mayShare, base: noTitles)
    #expect(off.allSatisfy { $0 == 0 }, "release_ready differences without requests \(off)")
  }
}
