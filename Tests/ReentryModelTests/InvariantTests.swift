import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Invariants that must hold in every run, checked on several seeds.
@Suite struct InvariantTests {
  @Test(arguments: [1, 2, 3])
  func conservationAndBookkeeping(seed: Int) async throws {
    let results = try await ModelFixture.run(replications: 2, seed: seed)
    let s = try ModelFixture.scenario("Scenarios/baseline.json", ModelFixture.small)
    let window = ModelParameters(s).run.measuredWindow
    // Caseload never above the norm when staffed to the norm.
    for r in results { ReplicationInvariants.check(r, window: window, caseloadCap: 30) }
  }

  @Test func fixedStaffLetsCaseloadsFloat() async throws {
    let results = try await ModelFixture.run(
      replications: 1, ["casemanagers.staffingMode=fixedStaff", "casemanagers.fixedStaffTotal=40"])
    #expect(results[0].maxCaseload > 30)
    #expect(results[0].admitted == results[0].released + results[0].inCustody)
  }

  @Test func lowerNormKeepsItsCap() async throws {
    let results = try await ModelFixture.run(replications: 1, ["casemanagers.caseloadNorm=12"])
    #expect(results[0].maxCaseload <= 12)
  }
}
