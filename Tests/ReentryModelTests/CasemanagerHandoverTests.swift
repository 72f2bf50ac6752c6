import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryModel

/// Handing a case from one casemanager to another, at the level of the casemanagers' state:
/// the orders of the institution and the cases on their way, message by message.
@Suite struct CasemanagerHandoverTests {
  /// Three casemanagers of the first institution of a small world, and a case held by the first.
  struct Staffroom {
    var casemanagers: [CasemanagerState]
    let context: ReplicationContext
    let detainee: DetaineeID
    let day = 30

    init() throws {
      let p = ModelParameters(try ModelFixture.scenario("Scenarios/baseline.json", ModelFixture.small))
      var layout = WorldLayout(parameters: p)
      let random = RandomSource(seed: p.run.seed, replication: 0)
      let factory = try DetaineeFactory(parameters: p, layout: layout, random: random)
      layout.reserveCasemanagers(ExpectedLoad(parameters: p, factory: factory).casemanagerPools(layout: layout))
      let context = ReplicationContext(parameters: p, layout: layout, random: random, factory: factory)
      self.context = context
      casemanagers = (0..<3).map { CasemanagerState(institution: 0, slot: $0, context: context) }
      detainee = DetaineeID(1)
      let admitted = factory.admitted(id: detainee, on: day)
      let admission = Admission(
        detainee: detainee, day: day, initialStock: false, institution: 0, farFromHome: false,
        releaseDay: admitted.releaseDay)
      var out = outbox(0)
      casemanagers[0].take(context.arrival(admission), &out)
    }

    func outbox(_ slot: Int) -> Outbox<Message> {
      Outbox(sender: casemanagers[slot].actorID, day: day, phase: 1, sequence: 0)
    }

    func actor(_ slot: Int) -> Int { casemanagers[slot].actorID }

    /// `from` hands the case to `to`; returns the ticket the case travels by.
    mutating func handOver(from: Int, to: Int) throws -> HandoverTicket {
      var out = outbox(from)
      casemanagers[from].handOver(detainee, to: actor(to), &out)
      let sent = try #require(out.envelopes.count == 1 ? out.envelopes.first : nil)
      #expect(sent.recipient == actor(to))
      guard case .caseHandedOver(let handed) = sent.message else {
        Issue.record("sent \(sent.message), not the case")
        throw CancellationError()
      }
      return handed
    }

    /// The case a ticket stands for, as it waits at the handover desk.
    func look(_ ticket: HandoverTicket) -> HandedOverCase { context.handoverDesk.look(ticket) }

    func holds(_ slot: Int) -> Bool { casemanagers[slot].detainees.contains(detainee) }
  }

  /// Two casemanagers leave in one step: the second is told to pass on a case the first is
  /// handing it. It sends nothing then, and passes the case on, unopened, when it arrives: no
  /// reading into it and no tasks left behind. (Before, the order stopped the run: the
  /// casemanager did not hold the case.)
  @Test func aCaseStillOnItsWayIsPassedOnWhenItArrives() throws {
    var room = try Staffroom()
    let ticket = try room.handOver(from: 0, to: 1)
    let handed = room.look(ticket)
    var order = room.outbox(1)
    room.casemanagers[1].handOver(room.detainee, to: room.actor(2), &order)
    #expect(order.envelopes.isEmpty)

    var arrival = room.outbox(1)
    room.casemanagers[1].takeOver(ticket, &arrival)
    let passed = try #require(arrival.envelopes.count == 1 ? arrival.envelopes.first : nil)
    #expect(passed.recipient == room.actor(2))
    guard case .caseHandedOver(let onwardTicket) = passed.message else {
      Issue.record("passed on \(passed.message), not the case")
      return
    }
    let onward = room.look(onwardTicket)
    #expect(onward.detainee.id == room.detainee)
    #expect(onward.ready.map(\.kind) == handed.ready.map(\.kind))
    #expect(onward.waiting.map(\.kind) == handed.waiting.map(\.kind))
    #expect(!onward.ready.contains { $0.kind == .handover })
    #expect(!room.holds(1))
    #expect(!room.casemanagers[1].casework.work.hasTasks)

    var last = room.outbox(2)
    room.casemanagers[2].takeOver(onwardTicket, &last)
    #expect(room.holds(2))
    #expect(room.casemanagers[2].casework.work.hasTasks)
  }

  /// A casemanager who left and is hired again keeps where its old cases went, so that partners'
  /// messages about them still find their holder. A case handed back to it is its own again: its
  /// messages are handled here, not sent on to the colleague it was handed to before.
  @Test func aCaseHandedBackIsNotSentOnAgain() throws {
    var room = try Staffroom()
    let first = try room.handOver(from: 0, to: 1)
    var out = room.outbox(1)
    room.casemanagers[1].takeOver(first, &out)
    #expect(room.casemanagers[0].handedOver[room.detainee.raw] == room.actor(1))

    // Casemanager 0 is hired again and casemanager 1 leaves, handing the case back.
    let back = try room.handOver(from: 1, to: 0)
    let message = Message.municipalContact(detainee: room.detainee, municipality: 0, rentContinued: false)
    // A message about the case that reaches 0 before the case itself goes to 1, which sends it
    // back: late by a step, never lost.
    var early = room.outbox(0)
    #expect(room.casemanagers[0].forwardHandedOver(message, &early))
    var bounce = room.outbox(1)
    #expect(room.casemanagers[1].forwardHandedOver(message, &bounce))
    #expect(bounce.envelopes.first?.recipient == room.actor(0))

    var arrival = room.outbox(0)
    room.casemanagers[0].takeOver(back, &arrival)
    #expect(room.holds(0))
    #expect(!arrival.envelopes.contains { if case .caseHandedOver = $0.message { true } else { false } })
    #expect(room.casemanagers[0].handedOver[room.detainee.raw] == nil)
    var later = room.outbox(0)
    #expect(!room.casemanagers[0].forwardHandedOver(message, &later))
    #expect(later.envelopes.isEmpty)
  }
}
