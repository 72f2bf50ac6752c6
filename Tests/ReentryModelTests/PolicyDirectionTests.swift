import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The directions the sources imply, shown with common random numbers.
@Suite struct PolicyDirectionTests {
  @Test func lowerCaseloadNormHelps() async throws {
    let ready = try await ModelFixture.pairedDifferences("release_ready", ["casemanagers.caseloadNorm=15"])
    let contact = try await ModelFixture.pairedDifferences("municipal_contact", ["casemanagers.caseloadNorm=15"])
    #expect(ModelFixture.mean(ready) > 0.005, "release_ready differences \(ready)")
    #expect(contact.allSatisfy { $0 > 0 }, "municipal_contact differences \(contact)")
  }

  @Test func contactDetailsRaiseMunicipalContact() async throws {
    let contact = try await ModelFixture.pairedDifferences(
      "municipal_contact", ["information.contactDetailsOnSheet=true"])
    #expect(contact.allSatisfy { $0 > 0.01 }, "municipal_contact differences \(contact)")
  }

  @Test func smallMunicipalitiesAndShortSentencesDoWorse() async throws {
    let results = try await ModelFixture.run(replications: 3)
    let small = ModelFixture.values(results, "release_ready", "municipality=small")
    let large = ModelFixture.values(results, "release_ready", "municipality=large")
    let short = ModelFixture.values(results, "release_ready", "sentence=short")
    let long = ModelFixture.values(results, "release_ready", "sentence=long")
    #expect(zip(small, large).allSatisfy { $0 < $1 })
    #expect(zip(short, long).allSatisfy { $0 < $1 })
    let contactSmall = ModelFixture.values(results, "municipal_contact", "municipality=small")
    let contactLarge = ModelFixture.values(results, "municipal_contact", "municipality=large")
    #expect(zip(contactSmall, contactLarge).allSatisfy { $0 < $1 })
  }

  @Test func probationWithoutSpareCapacityMakesPeopleWait() async throws {
    let spare = try await ModelFixture.run(replications: 2, ["probation.spareCapacityShare=0.2"])
    let none = try await ModelFixture.run(replications: 2, ["probation.spareCapacityShare=0"])
    let short = try await ModelFixture.run(replications: 2, ["probation.spareCapacityShare=-0.1"])
    let w = { (r: [ReplicationResult]) in ModelFixture.mean(ModelFixture.values(r, "probation_wait_days")) }
    #expect(w(spare) < w(none))
    #expect(w(none) < w(short))
    // With too few places the queue grows: later releases wait longer.
    let waits = short[0].records.compactMap { r in r.probationWaitDays.map { (r.releaseDay, $0) } }
    let half = waits.count / 2
    let early = ModelFixture.mean(waits.prefix(half).map { Double($0.1) })
    let late = ModelFixture.mean(waits.suffix(half).map { Double($0.1) })
    #expect(early < late)
  }

  @Test func tighterHousingMarketMeansLessHousing() async throws {
    let housing = try await ModelFixture.pairedDifferences("housing_ok", ["conditions.housingMarketTightness=2"])
    #expect(housing.allSatisfy { $0 < 0 })
  }
}
