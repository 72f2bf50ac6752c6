import Testing

@testable import ReentryModel

/// A task keeps its days in 32 bits: a value that does not fit stops the run with a message
/// naming the field and the value, never wraps and never traps without a word.
@Suite struct CaseTaskPackingTests {
  @Test func keepsTheLargestDayThatFits() {
    let day = Int(Int32.max)
    let task = CaseTask(
      kind: .plan, detainee: DetaineeID(3), availableDay: day, dueDay: day, remainingHours: 1, sequence: 0)
    #expect(task.availableDay == day && task.dueDay == day)
  }

  @Test func aDayBeyond32BitsStopsNamingFieldAndValue() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      _ = CaseTask(
        kind: .plan, detainee: DetaineeID(3), availableDay: 0, dueDay: Int.max, remainingHours: 1, sequence: 0)
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("CaseTask.dueDay = \(Int.max)"))
  }
}
