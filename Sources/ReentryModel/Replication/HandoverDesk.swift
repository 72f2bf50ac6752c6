/// Where a leaving casemanager leaves a case for its taker: the message carries only a ticket.
///
/// A handed-over case holds the whole detainee and its open tasks. Carried inside `Message` it
/// needed a box, and one boxed case made every message a value with a reference count: each
/// copy of an envelope through the day calendar, the inboxes and the outboxes then ran per-case
/// copy and destroy code instead of a plain memory copy. The case waits here instead, and the
/// message carries a `HandoverTicket` of one word.
///
/// Shared mutable state, safe without a lock because of how a replication runs: one desk
/// belongs to one replication (its `ReplicationContext`), and the replication's scheduler
/// awaits its actors' steps one after another from a single task, so no two steps of one
/// replication ever run at the same time, and each `await` orders one step's writes before the
/// next step's reads. Only actors' steps touch the desk. Replications running in parallel each
/// have their own.
final class HandoverDesk: @unchecked Sendable {
  /// Cases left and not yet collected, by ticket number (`nil` once collected).
  private var cases: [HandedOverCase?] = []
  /// Numbers of collected cases, reused: a case waits here only until the next phase, so the
  /// desk stays as small as the most cases in transit at once, not as the run's handovers
  /// (tens of thousands a year at ten times the inflow, a detainee each).
  private var collected: [Int] = []

  /// Leaves `handed` for its taker; the ticket goes in the message.
  func leave(_ handed: HandedOverCase) -> HandoverTicket {
    if let number = collected.popLast() {
      cases[number] = handed
      return HandoverTicket(number: number)
    }
    cases.append(handed)
    return HandoverTicket(number: cases.count - 1)
  }

  /// Tickets of the cases still waiting (for tests).
  var waitingCount: Int { cases.count - collected.count }

  /// The case left under `ticket`, as it was left (read by a casemanager who passes it on).
  func look(_ ticket: HandoverTicket) -> HandedOverCase {
    guard let handed = cases[ticket.number] else { preconditionFailure("handover \(ticket.number) already collected") }
    return handed
  }

  /// Takes the case left under `ticket` off the desk.
  func collect(_ ticket: HandoverTicket) -> HandedOverCase {
    let handed = look(ticket)
    cases[ticket.number] = nil
    collected.append(ticket.number)
    return handed
  }
}

/// The one-word claim on a case waiting at the `HandoverDesk`.
public struct HandoverTicket: Sendable {
  let number: Int
}
