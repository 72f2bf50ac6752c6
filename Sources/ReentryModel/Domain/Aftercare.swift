/// What happens after a measured release that completes its release record:
/// the waits for supervision and for an assisted-living place.
///
/// The return municipality keeps it; the institution keeps the record; the
/// replication joins the two at the end of the run by detainee id.
struct Aftercare: Sendable {
  let detainee: DetaineeID
  let releaseDay: Int
  var waitsForSupervision: Bool
  var waitsForCare: Bool
  var probationWaitDays: Int?
  var probationWaitCensored = false
  var careWaitDays: Int?
  var careWaitCensored = false
  /// Days from release until the person left the care waiting list without a place.
  var careLeftDays: Int?

  var isSettled: Bool { !waitsForSupervision && !waitsForCare }

  init(detainee: DetaineeID, releaseDay: Int, waitsForSupervision: Bool, waitsForCare: Bool) {
    self.detainee = detainee
    self.releaseDay = releaseDay
    self.waitsForSupervision = waitsForSupervision
    self.waitsForCare = waitsForCare
  }

  mutating func supervisionStarted(day: Int) {
    waitsForSupervision = false
    probationWaitDays = day - releaseDay
  }

  mutating func careStarted(day: Int) {
    waitsForCare = false
    careWaitDays = day - releaseDay
  }

  /// Left the care waiting list without a place: no wait for a place to count.
  mutating func careWaitingLeft(day: Int) {
    waitsForCare = false
    careLeftDays = day - releaseDay
  }

  /// Waits still open at `horizon` are censored there.
  mutating func censor(at horizon: Int) {
    if waitsForSupervision {
      probationWaitDays = horizon - releaseDay
      probationWaitCensored = true
    }
    if waitsForCare {
      careWaitDays = horizon - releaseDay
      careWaitCensored = true
    }
  }

  /// Completes the release record with the waits.
  func apply(to record: inout ReleaseRecord) {
    record.careLeftDays = careLeftDays
    if let probationWaitDays {
      record.probationWaitDays = probationWaitDays
      record.probationWaitCensored = probationWaitCensored
    }
    if let careWaitDays {
      record.careWaitDays = careWaitDays
      record.careWaitCensored = careWaitCensored
      // Care is in order at release only with a place on the day of release.
      if careWaitDays == 0, !careWaitCensored, record.ambulantCareArranged {
        record.inOrder.insert(.care)
        record.arranged.insert(.care)
      }
    }
  }
}
