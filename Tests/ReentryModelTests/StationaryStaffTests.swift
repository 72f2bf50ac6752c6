import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The casemanager staff, staffed to the norm, follows the caseload: results do not depend on
/// how long a run lasts or on the highest caseload it once saw.
@Suite struct StationaryStaffTests {
  /// Staffed to the norm, the staff should follow the caseload both ways. A casemanager
  /// leaves only once all their cases have ended, and since new cases go to the least-loaded,
  /// nobody reaches zero once the caseload falls: here 10 casemanagers stay for 150 cases.
  @Test func theStaffFollowsAFallingCaseload() {
    var staff = Staff(fixedStaff: nil, norm: 30, pool: 100)
    let hours = HoursBook(perDay: 2.8, window: 0..<10_000)
    var cases: [Int] = []
    for _ in 0..<300 { cases.append(staff.assign(on: 0)) }
    #expect(staff.active.filter { $0 }.count == 10)
    // A fixed pseudo-random order of ending, so every casemanager keeps some cases.
    var state: UInt64 = 12_345
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for day in 1...150 { staff.endCase(casemanager: cases.remove(at: next(cases.count)), on: day, hours: hours) }
    // Then a steady 150: one admission and one release a day for two years.
    for day in 151...880 {
      cases.append(staff.assign(on: day))
      staff.endCase(casemanager: cases.remove(at: next(cases.count)), on: day, hours: hours)
    }
    let onStaff = staff.active.filter { $0 }.count
    // Winding the least-loaded down fixed this but unbalanced caseloads (idle hours beside
    // casemanagers at the norm dropping tasks) and broke the overload pattern; until cases
    // can be handed over, the staff falls back only as casemanagers reach zero cases.
    withKnownIssue("the staff falls back only when a casemanager reaches zero cases") {
      #expect(onStaff <= 7, "casemanagers for 150 cases under a norm of 30: \(onStaff)")
    }
    #expect(staff.maxCaseloadEver <= 30)
  }
}
