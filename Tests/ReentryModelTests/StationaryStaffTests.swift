import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The casemanager staff, staffed to the norm, follows the caseload: results do not depend on
/// how long a run lasts or on the highest caseload it once saw.
@Suite struct StationaryStaffTests {
  /// Staffed to the norm, the staff follows the caseload both ways: once the others can hold
  /// the whole caseload with a caseload to spare, the least-loaded casemanager hands their cases
  /// over and leaves. Without handovers (a casemanager leaving only at zero cases, and new cases
  /// going to the least-loaded) 10 casemanagers stayed for 150 cases.
  @Test func theStaffFollowsAFallingCaseload() {
    let staff = Self.fallingCaseload(handoverSpare: 1)
    let onStaff = staff.active.filter { $0 }.count
    #expect(onStaff <= 7, "casemanagers for 150 cases under a norm of 30: \(onStaff)")
    #expect(staff.maxCaseloadEver <= 30)
  }

  /// Switched off, a casemanager leaves only at zero cases: the staff stays at the 10 that the
  /// highest caseload needed.
  @Test func withoutHandoversTheStaffStaysAtItsPeak() {
    let staff = Self.fallingCaseload(handoverSpare: nil)
    #expect(staff.active.filter { $0 }.count == 10)
    #expect(staff.maxCaseloadEver <= 30)
  }

  /// A handover never leaves a case with a casemanager who left, nor puts anyone above the norm.
  @Test func handedOverCasesStayWithTheStaffUnderTheNorm() {
    var orphaned = 0
    var aboveNorm = 0
    let staff = Self.fallingCaseload(handoverSpare: 1) { staff, cases in
      orphaned += cases.filter { !staff.active[$0] }.count
      aboveNorm += staff.caseloads.filter { $0 > 30 }.count
    }
    #expect(orphaned == 0, "cases left with a casemanager who left")
    #expect(aboveNorm == 0, "caseloads above the norm")
    #expect(staff.caseloads.reduce(0, +) == 150)
  }

  /// Over five measured years at a constant inflow the staff neither grows nor shrinks: yearly
  /// mean casemanagers of the first and last measured year within 2%. Without handovers the
  /// staff ratchets up with every peak of the caseload.
  @Test func theStaffDoesNotDriftOverFiveYears() async throws {
    let years = 5
    let overrides = ["run.measuredDays=\(365 * years)", "run.followUpDays=0"]
    func yearly(_ handover: Bool) async throws -> (first: Double, last: Double) {
      let set = overrides + ["casemanagers.handOverCases=\(handover)"]
      let results = try await ModelFixture.run(replications: 2, seed: 5, set)
      let s = try ModelFixture.scenario("Scenarios/baseline.json", ModelFixture.small + set)
      let window = ModelParameters(s).run.measuredWindow
      func mean(_ year: Int) -> Double {
        let days = (window.lowerBound + 365 * year)..<(window.lowerBound + 365 * (year + 1))
        let values = results.flatMap(\.timeseries).filter { $0.series == "casemanagers" && days.contains($0.day) }
        return ModelFixture.mean(values.map(\.value))
      }
      return (mean(0), mean(years - 1))
    }
    let on = try await yearly(true)
    #expect(abs(on.last / on.first - 1) < 0.02, "casemanagers, yearly means: first \(on.first), last \(on.last)")
    let off = try await yearly(false)
    #expect(off.last - off.first > on.last - on.first, "without handovers: first \(off.first), last \(off.last)")
  }

  /// 300 cases, then 150 ended in a fixed pseudo-random order (so every casemanager keeps
  /// some), then a steady 150: one admission and one release a day for two years. `check` sees
  /// the staff and each case's casemanager after every day.
  static func fallingCaseload(handoverSpare: Double?, check: (Staff, [Int]) -> Void = { _, _ in }) -> Staff {
    var staff = Staff(fixedStaff: nil, norm: 30, pool: 100, handoverSpare: handoverSpare)
    let hours = HoursBook(perDay: 2.8, window: 0..<10_000)
    var cases: [Int] = []
    for _ in 0..<300 { cases.append(staff.assign(on: 0)) }
    #expect(staff.active.filter { $0 }.count == 10)
    var state: UInt64 = 12_345
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    // What the institution does after a day's releases (`InstitutionState.handOverSurplus`).
    func release(on day: Int) {
      staff.endCase(casemanager: cases.remove(at: next(cases.count)), on: day, hours: hours)
      while let leaver = staff.nextLeaver() {
        for i in cases.indices where cases[i] == leaver { cases[i] = staff.handOverCase(from: leaver) }
        staff.letGo(leaver, on: day, hours: hours)
      }
      check(staff, cases)
    }
    for day in 1...150 { release(on: day) }
    for day in 151...880 {
      cases.append(staff.assign(on: day))
      release(on: day)
    }
    return staff
  }
}
