import Testing

@testable import ReentryModel

/// The bookkeeping every finished replication must satisfy, whatever its parameters.
enum ReplicationInvariants {
  /// Records a test issue, naming `label`, for each invariant `r` breaks; `window` is the
  /// measured window and `caseloadCap` the highest caseload the staffing allows, if any.
  static func check(_ r: ReplicationResult, window: Range<Int>, caseloadCap: Int? = nil, _ label: String = "") {
    // No detainee lost or duplicated.
    #expect(r.admitted == r.released + r.inCustody, "\(label)")
    #expect(r.admitted > 0 && r.released > 0, "\(label)")
    // Every measured release evaluated exactly once.
    let ids = r.records.map(\.detainee)
    #expect(Set(ids).count == ids.count, "\(label)")
    #expect(r.records.allSatisfy { window.contains($0.releaseDay) }, "\(label)")
    // No negative waiting time or duration.
    for rec in r.records {
      #expect((rec.probationWaitDays ?? 0) >= 0, "\(label)")
      #expect((rec.careWaitDays ?? 0) >= 0, "\(label)")
      #expect((rec.daysToIncome ?? 0) >= 0, "\(label)")
      #expect((rec.daysWithoutHousing ?? 0) >= 0, "\(label)")
      #expect(rec.releaseDay > rec.admissionDay, "\(label)")
      #expect(rec.screeningDay == Detainee.never || rec.screeningDay >= rec.admissionDay, "\(label)")
      #expect(rec.planDay == Detainee.never || rec.planDay >= rec.screeningDay, "\(label)")
      #expect(rec.judicialTitle == (rec.probationWaitDays != nil), "\(label)")
    }
    if let caseloadCap { #expect(r.maxCaseload <= caseloadCap, "\(label)") }
    // Time only moves forward in the time series.
    let days = r.timeseries.map(\.day)
    #expect(zip(days, days.dropFirst()).allSatisfy { $0 <= $1 }, "\(label)")
    #expect(r.hoursWorked <= r.hoursAvailable + 1e-6, "\(label)")
  }
}
