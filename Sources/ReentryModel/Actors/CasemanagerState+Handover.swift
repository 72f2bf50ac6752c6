import SimKernel

/// A case that changes casemanager: the detainee and the open tasks, as the leaver had them.
public struct HandedOverCase: Sendable {
  let detainee: Detainee
  /// Tasks that could already be worked on, in the leaver's work order.
  let ready: [CaseTask]
  /// Tasks not yet available (the next MDO, a release coordination weeks ahead).
  let waiting: [CaseTask]
}

/// Handing cases over when the institution lets a casemanager go (see
/// `InstitutionState.handOverSurplus`).
///
/// The case moves with its open tasks, which keep their hours and deadlines. The casemanager
/// taking it over first reads into it, and asks again what was never registered: seed 003 says
/// casemanagers keep part of the case "in het hoofd", so when one drops out colleagues do not
/// have all the information. Partners keep the leaver's details; the PI passes their calls on.
extension CasemanagerState {
  /// The institution let this casemanager go: pass the case on and remember where it went.
  ///
  /// A case can still be on its way here: when two casemanagers leave on one day, the second may
  /// be told to pass on a case the first handed it in the same step. It then goes on unopened
  /// when it arrives (`takeOver`), and only its last holder reads into it.
  mutating func handOver(_ id: DetaineeID, to taker: Int, _ out: inout Outbox<Message>) {
    guard let d = detainees.removeValue(forKey: id) else {
      passOnArrival[id.raw] = taker
      handedOver[id.raw] = taker
      return
    }
    let tasks = casework.work.take(id)
    let ticket = context.handoverDesk.leave(HandedOverCase(detainee: d, ready: tasks.ready, waiting: tasks.waiting))
    out.send(.caseHandedOver(ticket), to: taker)
    handedOver[id.raw] = taker
  }

  /// A case from a casemanager who left: its tasks join the list, after reading into the case.
  mutating func takeOver(_ ticket: HandoverTicket, _ out: inout Outbox<Message>) {
    if let next = passOnArrival.removeValue(forKey: context.handoverDesk.look(ticket).detainee.id.raw) {
      out.send(.caseHandedOver(ticket), to: next)
      return
    }
    let handed = context.handoverDesk.collect(ticket)
    let d = handed.detainee
    let day = out.day
    // A casemanager hired again keeps where its old cases went (partners still call it about
    // them); a case handed back is its own again, so its entry goes and nothing about it is sent
    // on. A message about it that arrives just before it goes to the last holder and comes back.
    handedOver[d.id.raw] = nil
    casework.adopt(ready: handed.ready, waiting: handed.waiting)
    casework.addTask(.handover, for: d, available: day, due: day, hours: handoverHours(d))
    detainees[d.id] = d
    casework.scheduleWorkday(&out)
  }

  /// Reading the file and meeting the person, plus a request per help question found at the
  /// screening but not registered: what was only in the leaver's head is asked again.
  func handoverHours(_ d: Detainee) -> Double {
    let cm = parameters.casemanagers
    var unregistered = 0
    if d.screeningDay != .never {
      for condition in BasicCondition.allCases where d.needsAtEntry.contains(condition) {
        if !d.registered.contains(condition) { unregistered += 1 }
      }
    }
    return cm.handoverHours + Double(unregistered) * cm.conditionRequestHours
  }

  /// A message about a case this casemanager handed over goes on to whoever has it now (the PI
  /// passes on calls for a casemanager who left); true when forwarded.
  mutating func forwardHandedOver(_ message: Message, _ out: inout Outbox<Message>) -> Bool {
    guard let id = message.caseInProgress, !detainees.contains(id), let taker = handedOver[id.raw] else {
      return false
    }
    out.send(message, to: taker)
    return true
  }
}

extension Message {
  /// The detainee a message to a casemanager is about, for a case already on its caseload (nil
  /// for messages that bring a case or are not about one).
  var caseInProgress: DetaineeID? {
    switch self {
    case .releaseDue(let id), .casemanagerTimer(.addressCorrected(let id)), .municipalContact(let id, _, _),
      .municipalWorkStarted(let id, _), .informationRefused(let id, _), .conferenceJoined(let id, _),
      .probationAtConference(let id), .historySettled(let id, _, _):
      return id
    default: return nil
    }
  }
}

extension Casework {
  /// A handed-over case's tasks, numbered anew in this list's creation order (the leaver's
  /// numbers would tie with this casemanager's own) and kept in the leaver's order among themselves.
  mutating func adopt(ready: [CaseTask], waiting: [CaseTask]) {
    func renumbered(_ task: CaseTask) -> CaseTask {
      taskSequence += 1
      return CaseTask(
        kind: task.kind, detainee: task.detainee, availableDay: task.availableDay, dueDay: task.dueDay,
        remainingHours: task.remainingHours, sequence: taskSequence, recursUntil: task.recursUntil)
    }
    work.adopt(ready: ready.map(renumbered), waiting: waiting.map(renumbered))
  }
}
