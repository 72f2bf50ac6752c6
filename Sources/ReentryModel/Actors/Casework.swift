import SimKernel

/// The casework of one institution: its casemanagers (MMD), their caseloads and
/// work lists, and the tasks a detainee's case creates.
///
/// Kept apart from the institution's detainee table so that a finished task can
/// change its detainee in place while it adds tasks here: two separate stored
/// values can be mutated at once, one value holding both cannot (copying the
/// detainee out and back was the largest copy left in a national run).
struct Casework: Sendable {
  let actorID: Int
  let context: ReplicationContext
  let clock = DayClock()
  /// Fixed staff size, or nil when staffed to the norm.
  let fixedStaff: Int?
  var parameters: ModelParameters { context.parameters }
  var layout: WorldLayout { context.layout }
  var random: RandomSource { context.random }

  var casemanagers: [Casemanager] = []
  /// Active casemanagers by caseload, for cheap assignment.
  var caseloads = CaseloadIndex()
  var taskSequence = 0
  /// Tasks dropped unfinished at release, by `CaseTask.Kind` raw value.
  var droppedTasks = [Int](repeating: 0, count: CaseTask.Kind.allCases.count)
  /// Highest caseload any casemanager here ever held (the norm check of the tests).
  var maxCaseloadEver = 0

  init(actorID: Int, context: ReplicationContext, fixedStaff: Int?) {
    self.actorID = actorID
    self.context = context
    self.fixedStaff = fixedStaff
    if let fixedStaff {
      casemanagers = (0..<fixedStaff).map { Casemanager(index: $0) }
      for i in 0..<fixedStaff { caseloads.insert(i, load: 0) }
    }
  }

  /// Staffed to the norm: the least-loaded casemanager under the norm, hiring when none is;
  /// fixed staff: the least-loaded casemanager, whatever the load.
  mutating func assignCasemanager() -> Int {
    let limit = fixedStaff == nil ? parameters.casemanagers.caseloadNorm : Int.max
    var best: Int
    if let found = caseloads.leastLoaded(below: limit) {
      best = found
    } else if let idle = casemanagers.firstIndex(where: { !$0.active }) {
      casemanagers[idle].active = true
      best = idle
      caseloads.insert(best, load: casemanagers[best].caseload)
    } else {
      best = casemanagers.count
      casemanagers.append(Casemanager(index: best))
      caseloads.insert(best, load: 0)
    }
    caseloads.remove(best, load: casemanagers[best].caseload)
    casemanagers[best].take()
    caseloads.insert(best, load: casemanagers[best].caseload)
    maxCaseloadEver = max(maxCaseloadEver, casemanagers[best].caseload)
    return best
  }

  /// Ends a case at release: unfinished tasks are dropped and counted; staffed to the
  /// norm, a casemanager left idle may leave.
  mutating func endCase(of detainee: Int, casemanager cm: Int) {
    caseloads.remove(cm, load: casemanagers[cm].caseload)
    casemanagers[cm].release(detainee, dropped: &droppedTasks)
    caseloads.insert(cm, load: casemanagers[cm].caseload)
    if fixedStaff == nil { retireIfIdle(cm) }
  }

  /// Staffed to the norm, an empty casemanager leaves when the others can absorb a full caseload.
  private mutating func retireIfIdle(_ index: Int) {
    let cm = casemanagers[index]
    guard cm.active, cm.caseload == 0, !cm.hasTasks else { return }
    let norm = parameters.casemanagers.caseloadNorm
    // Free places among the other active casemanagers (this one has caseload 0).
    let spare = (caseloads.activeCount - 1) * norm - caseloads.totalCaseload
    if spare >= norm {
      casemanagers[index].active = false
      caseloads.remove(index, load: 0)
    }
  }

  mutating func addTask(
    _ kind: CaseTask.Kind, detainee: Int, casemanager: Int, available: Int, due: Int, hours: Double
  ) {
    taskSequence += 1
    casemanagers[casemanager].add(
      CaseTask(
        kind: kind, detainee: detainee, availableDay: available, dueDay: due,
        remainingHours: hours, sequence: taskSequence))
  }

  mutating func addTask(_ kind: CaseTask.Kind, for d: Detainee, available: Int, due: Int, hours: Double) {
    addTask(kind, detainee: d.id, casemanager: d.casemanager, available: available, due: due, hours: hours)
  }

  /// Contact with the municipality within 10 working days of `start` (the admission, or the
  /// MDO that retries it); searching costs extra without known details.
  mutating func addContactTask(for d: inout Detainee, day: Int, start: Int? = nil) {
    let cm = parameters.casemanagers
    let search =
      parameters.information.sharedSystem
      ? 0 : cm.contactSearchHours * (d.farFromHome ? cm.farPlacementSearchFactor : 1)
    addTask(
      .contactMunicipality, for: d, available: day,
      due: clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: start ?? day),
      hours: cm.contactHours + search)
    d.contactTaskPending = true
  }

  /// Hours of the D&R plan: registration (with its burden) and a request per condition needed.
  func planHours(for d: Detainee) -> Double {
    let p = parameters
    let cm = p.casemanagers
    let burden = p.information.sharedSystem ? p.information.sharedSystemBurdenFactor : cm.registrationBurdenFactor
    let requests = Double(d.needsAtEntry.count) * cm.conditionRequestHours
    return (cm.planRegistrationHours * burden + requests) * (d.lvb ? cm.lvbSupportFactor : 1)
  }

  /// The joint conversation of PI, partners and detainee on the draft plan.
  mutating func addJointConversationTask(for d: Detainee, from available: Int) {
    let p = parameters
    let partners = p.mechanisms.chainPartnersInInstitution
    addTask(
      .jointConversation, for: d, available: available,
      due: ReleaseEvaluation.caseworkStart(d) + p.deadlines.jointConversationDays,
      hours: p.casemanagers.jointConversationHours * (partners ? p.mechanisms.chainPartnersHoursFactor : 1)
        * (d.lvb ? p.casemanagers.lvbSupportFactor : 1))
  }

  mutating func addConferenceTask(detainee: Int, casemanager: Int, day: Int) {
    let cc = parameters.caseConferences
    let hours = parameters.casemanagers.caseConferenceHours * (cc.agreed ? cc.digitalHoursFactor : 1)
    addTask(.caseConference, detainee: detainee, casemanager: casemanager, available: day, due: day, hours: hours)
  }

  /// Contact with the return municipality through a pilot rather than a call: the
  /// municipality decides on rent continuation as it would after a call.
  func reachReturnMunicipality(_ d: inout Detainee, on day: Int) {
    guard day != Detainee.never else { return }
    d.anyContactDay = min(d.anyContactDay, day)
    d.returnContactDay = min(d.returnContactDay, day)
    let size = layout.sizeClass(of: d.returnMunicipality)
    let rent = parameters.municipalities.behaviour(size).rentContinuationProbability
    d.rentContinued = d.rentContinued || random.uniform(Label.municipality, d.id, Label.rent) < rent
  }

  /// The casemanager calls the notified municipality (which may be the wrong one).
  func callMunicipality(_ d: Detainee, agreed: Bool, _ out: inout Outbox<Message>) {
    out.send(
      .casemanagerCall(detainee: d.id, institution: actorID, agreed: agreed),
      to: layout.municipalityActor(d.notifiedMunicipality))
  }
}
