import SimKernel

/// What a penitentiary institution knows and does, as a value its actor owns.
///
/// The actor (`PenitentiaryInstitution`) only isolates this value and hands it
/// each inbox: mutating one struct per step costs one exclusivity check per
/// step, where stored properties of the actor itself cost one per access
/// (about 8% of a national run).
///
/// The institution admits, assigns each case to a casemanager by caseload, keeps the
/// release calendar and releases; the casework itself, and the collaboration with
/// municipalities and probation, is the casemanagers' (`CasemanagerState`).
struct InstitutionState: Sendable {
  let index: Int
  let actorID: Int
  let context: ReplicationContext
  var parameters: ModelParameters { _read { yield context.parameters } }
  var layout: WorldLayout { _read { yield context.layout } }
  var random: RandomSource { _read { yield context.random } }

  /// Everyone inside: detainee id → casemanager slot.
  var assignments = IntMap<Int>()
  var staff: Staff
  let hours: HoursBook
  var admittedCount = 0
  var releasedCount = 0
  /// Cases handed over by casemanagers who left (see `handOverSurplus`).
  var handedOverCount = 0
  /// The run's recent load-dependent casework, for the stock's history (`answerHistory`).
  var recentCasework = RecentCasework()

  init(index: Int, context: ReplicationContext, fixedStaff: Int?) {
    self.index = index
    self.actorID = context.layout.institutionActor(index)
    self.context = context
    let p = context.parameters
    self.staff = Staff(
      fixedStaff: fixedStaff, norm: p.casemanagers.caseloadNorm, pool: context.layout.casemanagerPool(index),
      handoverSpare: p.casemanagers.handOverCases ? p.casemanagers.handoverSpareCaseloads : nil)
    self.hours = HoursBook(perDay: p.casemanagers.hoursPerWeek / 5, window: p.run.measuredWindow)
  }

  func casemanagerActor(_ slot: Int) -> Int { layout.casemanagerActor(institution: index, slot: slot) }

  mutating func step(_ inbox: [Envelope<Message>], _ out: inout Outbox<Message>) {
    var released = false
    defer { if released { handOverSurplus(&out) } }
    for envelope in inbox {
      switch envelope.message {
      case .admission(let admission): admit(admission, &out)
      case .institutionTimer(.release(let id)):
        release(id, &out)
        released = true
      case .informationRequest(let id, let from):
        // The liaison officer passes on the casemanager's details, or not.
        let answering = assignments[id].flatMap { slot in
          random.uniform(Label.institution, id, Label.answers) < parameters.information.institutionAnswersProbability
            ? slot : nil
        }
        out.send(
          .informationReply(
            detainee: id, answered: answering != nil, fromProbation: false,
            casemanager: answering.map(casemanagerActor)), to: from,
          afterDays: parameters.information.requestDelayDays)
      case .historySample(let sample): recentCasework.record(sample)
      case .historyWanted(let id): answerHistory(id, &out)
      case .municipalWorkStarted(let id, _), .informationRefused(let id, _):
        // A municipality that does not know the casemanager writes to the PI, which passes it on.
        if let slot = assignments[id] { out.send(envelope.message, to: casemanagerActor(slot)) }
      default:
        preconditionFailure("institution cannot handle \(envelope.message)")
      }
    }
  }

  /// Admission: the case goes to the least-loaded casemanager, and its release day on the calendar.
  mutating func admit(_ admission: Admission, _ out: inout Outbox<Message>) {
    admittedCount += 1
    let slot = staff.assign(on: out.day)
    assignments[admission.detainee] = slot
    out.send(.caseAssigned(admission), to: casemanagerActor(slot))
    out.send(
      .institutionTimer(.release(detainee: admission.detainee)), to: actorID,
      onDay: max(admission.releaseDay, out.day + 1))
  }

  /// Release: the casemanager ends the case and hands the person over; the caseload frees.
  mutating func release(_ id: DetaineeID, _ out: inout Outbox<Message>) {
    guard let slot = assignments.removeValue(forKey: id) else { return }
    releasedCount += 1
    staff.endCase(casemanager: slot, on: out.day, hours: hours)
    out.send(.releaseDue(detainee: id), to: casemanagerActor(slot))
  }

  /// The staff side of a sampling day; the casemanagers report their own work lists.
  func snapshot(day: Int) -> InstitutionSnapshot {
    var active = 0
    var total = 0
    var maxLoad = 0
    for slot in 0..<staff.count where staff.active[slot] || staff.caseloads[slot] > 0 {
      active += 1
      total += staff.caseloads[slot]
      maxLoad = max(maxLoad, staff.caseloads[slot])
    }
    return InstitutionSnapshot(
      population: assignments.count, casemanagers: active, caseloadTotal: total, maxCaseload: maxLoad,
      staffSlots: staff.count)
  }

  func totals(horizon: Int) -> InstitutionTotals {
    InstitutionTotals(
      admitted: admittedCount, released: releasedCount, inCustody: assignments.count,
      hoursAvailable: staff.hoursAvailable(through: horizon, hours: hours), maxCaseloadEver: staff.maxCaseloadEver)
  }
}
