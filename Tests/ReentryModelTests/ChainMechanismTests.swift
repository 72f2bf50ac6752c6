import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Issue 14 items 6 and 7: housing's domino effect and the late correction of a wrong return
/// address, each in the direction seed 003 gives (paired runs, common random numbers).
@Suite struct ChainMechanismTests {
  func paired(_ metric: String, _ a: [String], _ b: [String]) async throws -> [Double] {
    let x = try await ModelFixture.run(replications: 2, a)
    let y = try await ModelFixture.run(replications: 2, b)
    return zip(ModelFixture.values(y, metric), ModelFixture.values(x, metric)).map { $0 - $1 }
  }

  /// Without a home, a benefit and a debt arrangement hold only with a postal address: everyone
  /// having one raises income and debts, and cannot change release-readiness (housing is needed
  /// for that anyway).
  @Test func withoutHousingIncomeAndDebtsNeedAPostalAddress() async throws {
    let none = ["conditions.postalAddressWithoutHomeProbability=0"]
    let all = ["conditions.postalAddressWithoutHomeProbability=1"]
    let income = try await paired("income_ok", none, all)
    let debts = try await paired("debts_ok", none, all)
    let ready = try await paired("release_ready", none, all)
    #expect(income.allSatisfy { $0 > 0 }, "income_ok differences \(income)")
    #expect(debts.allSatisfy { $0 > 0 }, "debts_ok differences \(debts)")
    #expect(ready.allSatisfy { $0 == 0 }, "release_ready differences \(ready)")
  }

  /// A wrong return address corrected sooner brings the right municipality in contact sooner.
  @Test func fasterAddressCorrectionBringsContact() async throws {
    let slow = ["information.addressCorrectionMeanDays=3650"]
    let fast = ["information.addressCorrectionMeanDays=20"]
    let contact = try await paired("municipal_contact", slow, fast)
    #expect(contact.allSatisfy { $0 > 0 }, "municipal_contact differences \(contact)")
    // Everyone's address verified at admission: nothing left to correct.
    let verified = ["information.returnAddressVerifiedProbability=1"]
    let off = try await paired("release_ready", verified + slow, verified + fast)
    #expect(off.allSatisfy { $0 == 0 }, "release_ready differences, all verified \(off)")
  }

  /// A pilot runs where it exists: the desk of the PI's own municipality reaches fewer people than
  /// desks rolled out nationally, and more than no desk.
  @Test func pilotDeskServesItsOwnMunicipality() async throws {
    let none = try await ModelFixture.run(replications: 1, [])
    let pilot = try await ModelFixture.run(replications: 1, ["mechanisms.municipalDesk=true"])
    let national = try await ModelFixture.run(
      replications: 1, ["mechanisms.municipalDesk=true", "mechanisms.municipalDeskScope=national"])
    let contact = [none, pilot, national].map { ModelFixture.values($0, "municipal_contact")[0] }
    #expect(contact[0] < contact[1] && contact[1] < contact[2], "municipal_contact none, pilot, national \(contact)")
  }
}
