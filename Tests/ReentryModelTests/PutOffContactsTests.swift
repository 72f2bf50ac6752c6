import Testing

@testable import ReentryModel

/// Contacts put off in one step travel as one batch and come back in the order they were put off.
@Suite struct PutOffContactsTests {
  @Test func oneBatchPerStepInTheOrderPutOff() throws {
    var putOff = PutOffContacts()
    putOff.beginStep()
    let first = putOff.add(DetaineeID(9), casemanager: 1)
    #expect(first != nil)
    #expect(putOff.add(DetaineeID(3), casemanager: 2) == nil)
    #expect(putOff.add(DetaineeID(5), casemanager: 1) == nil)
    putOff.beginStep()
    let second = putOff.add(DetaineeID(4), casemanager: 7)
    #expect(second != nil && second != first)
    #expect(putOff.pendingBatches == 2)
    let due = putOff.take(try #require(first))
    #expect(due.map(\.detainee.raw) == [9, 3, 5])
    #expect(due.map(\.casemanager) == [1, 2, 1])
    #expect(putOff.take(try #require(second)) == [PutOffContacts.Contact(detainee: DetaineeID(4), casemanager: 7)])
    #expect(putOff.pendingBatches == 0)
  }

  @Test func aStepWithoutPutOffsOpensNoBatch() {
    var putOff = PutOffContacts()
    putOff.beginStep()
    putOff.beginStep()
    #expect(putOff.pendingBatches == 0)
    #expect(putOff.add(DetaineeID(1), casemanager: 0) != nil)
    #expect(putOff.pendingBatches == 1)
  }
}
