import SimKernel

/// What a penitentiary institution knows and does, as a value its actor owns.
///
/// The actor (`PenitentiaryInstitution`) only isolates this value and hands it
/// each inbox: mutating one struct per step costs one exclusivity check per
/// step, where stored properties of the actor itself cost one per access
/// (about 8% of a national run).
struct InstitutionState: Sendable {
  let index: Int
  let actorID: Int
  let context: ReplicationContext
  var parameters: ModelParameters { context.parameters }
  var layout: WorldLayout { context.layout }
  var random: RandomSource { context.random }
  var evaluation: ReleaseEvaluation { context.evaluation }
  let clock = DayClock()

  /// Everyone inside, by detainee id.
  var detainees = IntMap<Detainee>()
  var casework: Casework
  var workdayScheduled = false
  var admittedCount = 0
  var releasedCount = 0
  /// Records of the releases in the measured window, completed after the run (see `Aftercare`).
  var records: [ReleaseRecord] = []

  init(index: Int, context: ReplicationContext, fixedStaff: Int?) {
    self.index = index
    self.actorID = context.layout.institutionActor(index)
    self.context = context
    self.casework = Casework(actorID: actorID, context: context, fixedStaff: fixedStaff)
  }

  mutating func step(_ inbox: [Envelope<Message>], _ out: inout Outbox<Message>) {
    for envelope in inbox {
      switch envelope.message {
      case .admission(let admission): admit(context.arrival(admission), &out)
      case .institutionTimer(let timer): handle(timer, &out)
      case .municipalContact(let id, let municipality, let rent):
        recordContact(id, municipality: municipality, rentContinued: rent, &out)
      case .municipalWorkStarted(let id, let municipality):
        detainees.update(id) { d in
          if d.returnMunicipality == municipality {
            d.returnWorkWithoutContactDay = min(d.returnWorkWithoutContactDay, out.day)
          }
        }
      case .informationRequest(let id, let from):
        // The liaison officer passes on the casemanager's details, or not.
        let answered =
          detainees.contains(id)
          && random.uniform(Label.institution, id, Label.answers)
            < parameters.information.institutionAnswersProbability
        out.send(
          .informationReply(detainee: id, answered: answered, fromProbation: false), to: from,
          afterDays: parameters.information.requestDelayDays)
      case .informationRefused(let id, let municipality):
        // Only the return municipality's housing search needs probation's information.
        detainees.update(id) { d in
          if d.returnMunicipality == municipality { d.probationRefused = true }
        }
      default:
        preconditionFailure("institution cannot handle \(envelope.message)")
      }
    }
  }

  private mutating func handle(_ timer: InstitutionTimer, _ out: inout Outbox<Message>) {
    switch timer {
    case .workday: workday(&out)
    case .release(let id): release(id, &out)
    case .mdo(let timer): scheduleMDO(timer, &out)
    case .conference(let timer): scheduleConference(timer, &out)
    }
  }

  /// Registers contact with a municipality; contact with the return municipality is what counts.
  private mutating func recordContact(_ id: Int, municipality: Int, rentContinued: Bool, _ out: inout Outbox<Message>) {
    guard detainees.contains(id) else { return }
    let invited = casework.recordContact(
      &detainees[existing: id], municipality: municipality, rentContinued: rentContinued, day: out.day)
    if invited { scheduleWorkday(&out) }
  }

  /// What the scheduler's observer records every sampling day.
  func snapshot(day: Int) -> InstitutionSnapshot {
    var active = 0
    var total = 0
    var maxLoad = 0
    var backlog = 0.0
    var future = 0.0
    for cm in casework.casemanagers where cm.active || cm.caseload > 0 {
      active += 1
      total += cm.caseload
      maxLoad = max(maxLoad, cm.caseload)
      let hours = cm.backlog(on: day)
      backlog += hours.available
      future += hours.future
    }
    return InstitutionSnapshot(
      population: detainees.count, casemanagers: active, caseloadTotal: total,
      maxCaseload: maxLoad, backlogHours: backlog, futureWorkHours: future)
  }

  func totals() -> InstitutionTotals {
    var available = 0.0
    var worked = 0.0
    for cm in casework.casemanagers {
      available += cm.hoursAvailable
      worked += cm.hoursWorked
    }
    return InstitutionTotals(
      admitted: admittedCount, released: releasedCount, inCustody: detainees.count,
      hoursAvailable: available, hoursWorked: worked, droppedTasks: casework.droppedTasks,
      maxCaseloadEver: casework.maxCaseloadEver)
  }
}
