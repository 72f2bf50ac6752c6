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
    for r in results {
      // No detainee lost or duplicated.
      #expect(r.admitted == r.released + r.inCustody)
      #expect(r.admitted > 0 && r.released > 0)
      // Every measured release evaluated exactly once.
      let ids = r.records.map(\.detainee)
      #expect(Set(ids).count == ids.count)
      #expect(r.records.allSatisfy { window.contains($0.releaseDay) })
      // No negative waiting time or duration.
      for rec in r.records {
        #expect((rec.probationWaitDays ?? 0) >= 0)
        #expect((rec.careWaitDays ?? 0) >= 0)
        #expect((rec.daysToIncome ?? 0) >= 0)
        #expect((rec.daysWithoutHousing ?? 0) >= 0)
        #expect(rec.releaseDay > rec.admissionDay)
        #expect(rec.screeningDay == Detainee.never || rec.screeningDay >= rec.admissionDay)
        #expect(rec.planDay == Detainee.never || rec.planDay >= rec.screeningDay)
        #expect(rec.judicialTitle == (rec.probationWaitDays != nil))
      }
      // Caseload never above the norm when staffed to the norm.
      #expect(r.maxCaseload <= 30)
      // Time only moves forward in the time series.
      let days = r.timeseries.map(\.day)
      #expect(zip(days, days.dropFirst()).allSatisfy { $0 <= $1 })
      #expect(r.hoursWorked <= r.hoursAvailable + 1e-6)
    }
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
