import SimKernel
import Testing

@testable import ReentryModel

/// Messages are copied in bulk through the day calendar, inboxes and outboxes: they must stay
/// plain data, copied and dropped by a memory copy, with no case that holds a reference.
@Suite struct MessageLayoutTests {
  @Test func aMessageIsPlainData() {
    #expect(_isPOD(Message.self))
    #expect(_isPOD(Envelope<Message>.self))
  }

  @Test func aMessageIsAFewWords() {
    #expect(MemoryLayout<Message>.size <= 64)
  }

  @Test func theDeskReturnsACaseOnceUnderItsTicket() {
    let desk = HandoverDesk()
    let ticket = desk.leave(handed(7))
    #expect(desk.look(ticket).detainee.id.raw == 7)
    #expect(desk.collect(ticket).detainee.id.raw == 7)
    #expect(desk.waitingCount == 0)
  }

  /// A collected case leaves no trace: the desk holds only cases in transit, so its memory does
  /// not grow with the run's handovers.
  @Test func theDeskReusesTheNumbersOfCollectedCases() {
    let desk = HandoverDesk()
    let first = desk.leave(handed(1))
    let second = desk.leave(handed(2))
    _ = desk.collect(first)
    let third = desk.leave(handed(3))
    #expect(third.number == first.number)
    #expect(desk.look(second).detainee.id.raw == 2)
    #expect(desk.collect(third).detainee.id.raw == 3)
    #expect(desk.waitingCount == 1)
  }

  /// A case of detainee `id` with no open tasks.
  func handed(_ id: Int) -> HandedOverCase {
    let detainee = Detainee(
      id: DetaineeID(id), admissionDay: 0, releaseDay: 10, initialStock: false, registeredMunicipality: 0,
      returnMunicipality: 0, institution: 0, farFromHome: false, lvb: false, selfReliant: false, inDenial: false,
      judicialTitle: false, needsAtEntry: ConditionSet(), benefitStops: false, needsAssistedLiving: false,
      luck: Luck())
    return HandedOverCase(detainee: detainee, ready: [], waiting: [])
  }
}
