import SimKernel

/// A casemanager's work: its list, the tasks a case creates (with their hours and deadlines)
/// and what a finished task does to its case.
///
/// Kept apart from the casemanager's detainee table so that a finished task can change its
/// detainee in place while it adds tasks here: two separate stored values can be mutated at
/// once, one value holding both cannot (copying the detainee out and back was the largest copy
/// left in a national run).
struct Casework: Sendable {
  let actorID: Int
  let context: ReplicationContext
  let clock = DayClock()
  var parameters: ModelParameters { _read { yield context.parameters } }
  var layout: WorldLayout { _read { yield context.layout } }
  var random: RandomSource { _read { yield context.random } }

  var work = WorkList()
  /// The day of the workday timer set, if any (a timer for another day is stale).
  var workdayScheduled: Int? = nil
  var taskSequence = 0
  /// Recurring meetings that became available today (a buffer reused from day to day).
  var recurringScratch: [CaseTask] = []
  /// Tasks dropped unfinished at release, by `CaseTask.Kind` raw value.
  var droppedTasks = [Int](repeating: 0, count: CaseTask.Kind.allCases.count)

  /// Sets the workday timer for the first working day on which a task can be worked on;
  /// a casemanager with nothing to do sleeps.
  mutating func scheduleWorkday(_ out: inout Outbox<Message>) {
    guard var next = work.nextWorkDay(after: out.day) else { return }
    while !clock.isWorkingDay(next) { next += 1 }
    if let set = workdayScheduled, set <= next { return }
    workdayScheduled = next
    out.send(.casemanagerTimer(.workday), to: actorID, onDay: next)
  }

  mutating func addTask(
    _ kind: CaseTask.Kind, detainee: DetaineeID, available: Int, due: Int, hours: Double, recursUntil: Int? = nil
  ) {
    taskSequence += 1
    work.add(
      CaseTask(
        kind: kind, detainee: detainee, availableDay: available, dueDay: due, remainingHours: hours,
        sequence: taskSequence, recursUntil: recursUntil))
  }

  mutating func addTask(_ kind: CaseTask.Kind, for d: Detainee, available: Int, due: Int, hours: Double) {
    addTask(kind, detainee: d.id, available: available, due: due, hours: hours)
  }

  func screeningHours(_ d: Detainee) -> Double {
    let cm = parameters.casemanagers
    return cm.screeningHours * Double(d.lvb ? cm.lvbScreeningSessions : 1)
  }

  /// Contact with the municipality within 10 working days of `start` (the admission, or the
  /// MDO that retries it); searching costs extra without known details.
  mutating func addContactTask(for d: inout Detainee, day: Int, start: Int? = nil) {
    let cm = parameters.casemanagers
    let info = parameters.information
    // A shared system shows the municipal contact person: nothing to search.
    let search = info.contactsVisible ? 0 : cm.contactSearchHours * (d.farFromHome ? cm.farPlacementSearchFactor : 1)
    addTask(
      .contactMunicipality, for: d, available: day,
      due: clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: start ?? day),
      hours: cm.contactHours + search)
    d.contactTaskPending = true
  }

  /// Hours of the D&R plan: the registered share of the registration (with its burden) and a
  /// request per condition needed.
  func planHours(for d: Detainee, registered share: Double) -> Double {
    let p = parameters
    let cm = p.casemanagers
    let info = p.information
    let burden = info.registrationBurden(today: cm.registrationBurdenFactor)
    let requests = Double(d.needsAtEntry.count) * cm.conditionRequestHours
    let support = d.lvb && !LvbAttention.dropped(d, share: share, p) ? cm.lvbSupportFactor : 1
    return (cm.planRegistrationHours * burden * share + requests) * support
  }

  /// The share of the registration a casemanager does now (seed 003: "onhaalbaar om alles in te
  /// vullen", so "vaak niet alles registreren"): all of it while the work that can be done now is
  /// at most `fullRegistrationBacklogWeeks` of its hours, beyond that the share that fits.
  func registeredShare(on day: Int) -> Double {
    let cm = parameters.casemanagers
    guard cm.hoursPerWeek > 0 else { return 0 }
    let weeks = work.availableHours(on: day) / cm.hoursPerWeek
    return weeks <= cm.fullRegistrationBacklogWeeks ? 1 : cm.fullRegistrationBacklogWeeks / weeks
  }

  /// Registers each help question of the entry needs with chance `share` (the detainee's own
  /// draw per question, so a lighter load registers a superset of what a heavier one does).
  func register(_ d: inout Detainee, share: Double, draw: UInt64) {
    for condition in BasicCondition.allCases where d.needsAtEntry.contains(condition) {
      let u = random.uniform(Label.registration, d.id, StreamLabel(raw: UInt64(condition.rawValue) + 8 * draw))
      guard u < share else { continue }
      if LvbAttention.recognises(d, condition, share: share, parameters, random) {
        d.registered.insert(condition)
      } else {
        d.lvbUnrecognised.insert(condition)
      }
    }
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

  /// The first MDO, and when agreed the first case conference, of a stay: each a task that can
  /// be worked on from its day and plans the next one when it becomes available (see
  /// `nextMeeting(after:)`). A task waiting on the list wakes the casemanager on its day just as
  /// a timer would, and a release drops the one not yet held (a timer message per meeting was a
  /// sixth of all messages in a run).
  mutating func addMeetings(for d: Detainee, firstMDO: Int, firstConference: Int) {
    if firstMDO < d.releaseDay {
      addTask(
        .mdo, detainee: d.id, available: firstMDO, due: firstMDO, hours: parameters.casemanagers.mdoHours,
        recursUntil: d.releaseDay)
    }
    if parameters.caseConferences.agreed, firstConference < d.releaseDay {
      addConferenceTask(detainee: d.id, day: firstConference, recursUntil: d.releaseDay)
    }
  }

  /// Moves the tasks available by `day` to the ready list; a recurring meeting among them plans
  /// its next one.
  mutating func makeAvailable(through day: Int) {
    // Most working days nothing new becomes available.
    guard work.earliestWaitingDay <= day else { return }
    // The buffer keeps its capacity from day to day; it is swapped out so that the list can be
    // changed while it fills.
    var recurring: [CaseTask] = []
    swap(&recurring, &recurringScratch)
    work.makeAvailable(through: day) { task in
      if task.recursUntil != nil { recurring.append(task) }
    }
    for task in recurring {
      if let next = nextMeeting(after: task) { work.add(next) }
    }
    recurring.removeAll(keepingCapacity: true)
    swap(&recurring, &recurringScratch)
  }

  /// The meeting after a recurring one that has become available: on the rhythm, while the
  /// detainee is inside.
  mutating func nextMeeting(after task: CaseTask) -> CaseTask? {
    guard let until = task.recursUntil else { return nil }
    let interval =
      task.kind == .mdo ? parameters.casemanagers.mdoIntervalDays : parameters.caseConferences.intervalDays
    let day = task.availableDay + interval
    guard day < until else { return nil }
    taskSequence += 1
    return CaseTask(
      kind: task.kind, detainee: task.detainee, availableDay: day, dueDay: day,
      remainingHours: task.kind == .mdo ? parameters.casemanagers.mdoHours : conferenceHours,
      sequence: taskSequence, recursUntil: until)
  }

  /// Hours of a case conference: agreed ones are digital and cheaper.
  var conferenceHours: Double {
    let cc = parameters.caseConferences
    return parameters.casemanagers.caseConferenceHours * (cc.agreed ? cc.digitalHoursFactor : 1)
  }

  mutating func addConferenceTask(detainee: DetaineeID, day: Int, recursUntil: Int? = nil) {
    addTask(
      .caseConference, detainee: detainee, available: day, due: day, hours: conferenceHours, recursUntil: recursUntil)
  }

  /// Contact with the return municipality through a pilot rather than a call: the
  /// municipality decides on rent continuation as it would after a call.
  func reachReturnMunicipality(_ d: inout Detainee, on day: Day) {
    guard day != .never else { return }
    d.anyContactDay = min(d.anyContactDay, day)
    d.returnContactDay = min(d.returnContactDay, day)
    let size = layout.sizeClass(of: d.returnMunicipality)
    let rent = parameters.municipalities.behaviour(size).rentContinuationProbability
    d.rentContinued = d.rentContinued || random.uniform(Label.municipality, d.id, Label.rent) < rent
  }

  /// The casemanager calls the notified municipality (which may be the wrong one).
  func callMunicipality(_ d: Detainee, _ out: inout Outbox<Message>) {
    guard let notified = d.notifiedMunicipality else { return }
    out.send(.casemanagerCall(detainee: d.id, casemanager: actorID), to: layout.municipalityActor(notified))
  }
}
