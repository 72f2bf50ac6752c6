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
  /// Fixed staff size, or nil when staffed to the norm.
  let fixedStaff: Int?

  var detainees = IntMap<Detainee>()
  var casemanagers: [Casemanager] = []
  /// Active casemanagers by caseload, for cheap assignment.
  var caseloads = CaseloadIndex()
  var workdayScheduled = false
  var taskSequence = 0
  /// Tasks dropped unfinished at release, by `CaseTask.Kind` raw value.
  var droppedTasks = [Int](repeating: 0, count: CaseTask.Kind.allCases.count)
  var admittedCount = 0
  var releasedCount = 0
  /// Records of the releases in the measured window, completed after the run (see `Aftercare`).
  var records: [ReleaseRecord] = []
  /// Highest caseload any casemanager here ever held (the norm check of the tests).
  var maxCaseloadEver = 0

  init(index: Int, context: ReplicationContext, fixedStaff: Int?) {
    self.index = index
    self.actorID = context.layout.institutionActor(index)
    self.context = context
    self.fixedStaff = fixedStaff
    if let fixedStaff {
      casemanagers = (0..<fixedStaff).map { Casemanager(index: $0) }
      for i in 0..<fixedStaff { caseloads.insert(i, load: 0) }
    }
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
        let answered = detainees.contains(id)
          && random.uniform(Label.institution, id, Label.answers)
            < parameters.information.institutionAnswersProbability
        out.send(.informationReply(detainee: id, answered: answered), to: from,
                 afterDays: parameters.information.requestDelayDays)
      default:
        preconditionFailure("institution cannot handle \(envelope.message)")
      }
    }
  }

  private mutating func handle(_ timer: InstitutionTimer, _ out: inout Outbox<Message>) {
    switch timer {
    case .workday: workday(&out)
    case .release(let id): release(id, &out)
    case .mdo(let id): scheduleMDO(id, &out)
    case .conference(let id): scheduleConference(id, &out)
    }
  }

  /// Registers contact with a municipality; contact with the return municipality is what counts.
  private mutating func recordContact(_ id: Int, municipality: Int, rentContinued: Bool, _ out: inout Outbox<Message>) {
    guard var d = detainees[id] else { return }
    let day = out.day
    d.anyContactDay = min(d.anyContactDay, day)
    if municipality == d.returnMunicipality {
      d.returnContactDay = min(d.returnContactDay, day)
      d.rentContinued = d.rentContinued || rentContinued
    }
    if d.contactTaskPending {
      casemanagers[d.casemanager].cancel(.contactMunicipality, for: id)
      d.contactTaskPending = false
    }
    if d.jointConversationPending {
      d.jointConversationPending = false
      addJointConversationTask(for: d, from: day)
      scheduleWorkday(&out)
    }
    detainees[id] = d
  }

  /// What the scheduler's observer records every sampling day.
  func snapshot() -> InstitutionSnapshot {
    var active = 0, total = 0, maxLoad = 0
    var backlog = 0.0
    for cm in casemanagers where cm.active || cm.caseload > 0 {
      active += 1
      total += cm.caseload
      maxLoad = max(maxLoad, cm.caseload)
      backlog += cm.backlogHours
    }
    return InstitutionSnapshot(
      population: detainees.count, casemanagers: active, caseloadTotal: total,
      maxCaseload: maxLoad, backlogHours: backlog)
  }

  func totals() -> InstitutionTotals {
    var available = 0.0, worked = 0.0
    for cm in casemanagers {
      available += cm.hoursAvailable
      worked += cm.hoursWorked
    }
    return InstitutionTotals(
      admitted: admittedCount, released: releasedCount, inCustody: detainees.count,
      hoursAvailable: available, hoursWorked: worked, droppedTasks: droppedTasks,
      maxCaseloadEver: maxCaseloadEver)
  }
}
