import SimKernel

/// What a casemanager (MMD) holds and does, as a value its actor owns (see `InstitutionState`
/// for why a value).
///
/// The cases on its caseload (the detainees, as values), its work list, and the
/// collaboration it does itself: the registration and information sheet sent to the
/// municipality, calls, conference invitations and the referral to care. Works its list on
/// working days, and sleeps when it has nothing to do.
struct CasemanagerState: Sendable {
  let institution: Int
  let slot: Int
  let actorID: Int
  let institutionActor: Int
  let context: ReplicationContext
  let clock = DayClock()
  var parameters: ModelParameters { _read { yield context.parameters } }
  var layout: WorldLayout { _read { yield context.layout } }
  var random: RandomSource { _read { yield context.random } }
  var evaluation: ReleaseEvaluation { _read { yield context.evaluation } }

  /// The cases on the caseload, by detainee id.
  var detainees = IntMap<Detainee>()
  var casework: Casework
  /// Hours worked inside the measured window.
  var hoursWorked = 0.0
  /// Records of the releases in the measured window, completed after the run (see `Aftercare`).
  var records: [ReleaseRecord] = []
  /// Steps that found nothing to do: only workday timers made stale by an earlier one.
  var idleSteps = 0
  /// Cases this casemanager handed over when it left, by detainee id: who has each now.
  var handedOver = IntMap<Int>()
  /// Cases this casemanager was told to hand over while they were still on their way to it.
  var passOnArrival = IntMap<Int>()

  init(institution: Int, slot: Int, context: ReplicationContext) {
    self.institution = institution
    self.slot = slot
    self.context = context
    self.actorID = context.layout.casemanagerActor(institution: institution, slot: slot)
    self.institutionActor = context.layout.institutionActor(institution)
    self.casework = Casework(
      actorID: context.layout.casemanagerActor(institution: institution, slot: slot), context: context)
  }

  mutating func step(_ inbox: [Envelope<Message>], _ out: inout Outbox<Message>) {
    if inbox.allSatisfy({ isStaleWorkday($0.message, on: out.day) }) { idleSteps += 1 }
    for envelope in inbox {
      if !handedOver.isEmpty, forwardHandedOver(envelope.message, &out) { continue }
      switch envelope.message {
      case .caseAssigned(let admission): take(context.arrival(admission), &out)
      case .handOver(let id, let taker): handOver(id, to: taker, &out)
      case .caseHandedOver(let ticket): takeOver(ticket, &out)
      case .historySettled(let id, let share, let wait):
        if detainees.contains(id) { casework.settleHistory(&detainees[existing: id], share, wait, on: out.day) }
      case .releaseDue(let id): release(id, &out)
      case .casemanagerTimer(let timer): handle(timer, &out)
      case .municipalContact(let id, let municipality, let rent):
        guard detainees.contains(id) else { continue }
        casework.recordContact(&detainees[existing: id], municipality: municipality, rentContinued: rent, &out)
      case .municipalWorkStarted(let id, let municipality):
        detainees.update(id) { d in
          if d.returnMunicipality == municipality {
            d.returnWorkWithoutContactDay = min(d.returnWorkWithoutContactDay, Day(out.day))
          }
        }
      case .informationRefused(let id, let municipality):
        // Only the return municipality's housing search needs probation's information.
        detainees.update(id) { d in
          if d.returnMunicipality == municipality { d.probationRefused = true }
        }
      case .conferenceJoined(let id, let municipality):
        detainees.update(id) {
          Casework.conferenceAttended(&$0, byProbation: false, municipality: municipality, day: Day(out.day))
        }
      case .probationAtConference(let id):
        detainees.update(id) {
          Casework.conferenceAttended(&$0, byProbation: true, municipality: nil, day: Day(out.day))
        }
      default:
        preconditionFailure("casemanager cannot handle \(envelope.message)")
      }
    }
  }

  private mutating func handle(_ timer: CasemanagerTimer, _ out: inout Outbox<Message>) {
    switch timer {
    case .workday: workday(&out)
    case .addressCorrected(let id): correctAddress(id, &out)
    }
  }

  /// A workday timer for a day other than the one now set: a later timer an earlier one replaced.
  func isStaleWorkday(_ message: Message, on day: Int) -> Bool {
    guard case .casemanagerTimer(.workday) = message else { return false }
    return casework.workdayScheduled != day
  }

  /// A working day: a day's hours on the list, finished tasks applied to their cases.
  mutating func workday(_ out: inout Outbox<Message>) {
    let day = out.day
    guard casework.workdayScheduled == day else { return }
    casework.workdayScheduled = nil
    casework.makeAvailable(through: day)
    var finished: [CaseTask] = []
    let spent = casework.work.work(day: day, budget: parameters.casemanagers.hoursPerWeek / 5, finished: &finished)
    if parameters.run.measuredWindow.contains(day) { hoursWorked += spent }
    for task in finished where detainees.contains(task.detainee) {
      // In place: the detainee table and the work list are separate values.
      casework.complete(task, &detainees[existing: task.detainee], &out)
    }
    casework.scheduleWorkday(&out)
  }

  /// The right return municipality is found "pas later" (seed 003): the wrong one hears the
  /// person is not theirs (ending its entry and any aftercare place), the right one is notified
  /// now, and the casemanager calls it if no one from there has been in contact.
  mutating func correctAddress(_ id: DetaineeID, _ out: inout Outbox<Message>) {
    guard detainees.contains(id) else { return }
    var d = detainees[existing: id]
    guard let notified = d.notifiedMunicipality, notified != d.returnMunicipality else { return }
    out.send(.detentionEnded(detainee: id), to: layout.municipalityActor(notified))
    d.notifiedMunicipality = d.returnMunicipality
    d.returnNotifiedDay = Day(out.day)
    out.send(.notification(sheet(for: d)), to: layout.municipalityActor(d.returnMunicipality))
    if d.returnContactDay == .never, !d.contactTaskPending {
      d.contactCalled = false
      casework.addContactTask(for: &d, day: out.day)
      casework.scheduleWorkday(&out)
    }
    detainees[id] = d
  }

  /// What the observer records on a sampling day: the hours of work on the list.
  func backlog(on day: Int) -> (available: Double, future: Double) { casework.work.backlog(on: day) }
}
