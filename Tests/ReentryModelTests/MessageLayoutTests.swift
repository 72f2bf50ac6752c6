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
    let detainee = Detainee(
      id: DetaineeID(7), admissionDay: 0, releaseDay: 10, initialStock: false, registeredMunicipality: 0,
      returnMunicipality: 0, institution: 0, farFromHome: false, lvb: false, selfReliant: false, inDenial: false,
      judicialTitle: false, needsAtEntry: ConditionSet(), benefitStops: false, needsAssistedLiving: false,
      luck: Luck())
    let ticket = desk.leave(HandedOverCase(detainee: detainee, ready: [], waiting: []))
    #expect(desk.look(ticket).detainee.id.raw == 7)
    #expect(desk.collect(ticket).detainee.id.raw == 7)
  }
}
