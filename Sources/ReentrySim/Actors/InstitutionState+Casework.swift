import SimKernel

extension InstitutionState {
  /// A working day: every active casemanager spends a day's hours on their list.
  mutating func workday(_ out: inout Outbox<Message>) {
    workdayScheduled = false
    let day = out.day
    let budget = parameters.casemanagers.hoursPerWeek / 5
    let measured = parameters.run.measuredWindow.contains(day)
    var anyLeft = false
    var finished: [CaseTask] = []
    for i in casemanagers.indices where casemanagers[i].active || casemanagers[i].hasTasks {
      finished.removeAll(keepingCapacity: true)
      casemanagers[i].work(day: day, budget: budget, measured: measured, finished: &finished)
      for task in finished { complete(task, &out) }
      anyLeft = anyLeft || casemanagers[i].hasTasks
    }
    if anyLeft { scheduleWorkday(&out) }
  }

  /// The effect of a finished task on its detainee.
  private mutating func complete(_ task: CaseTask, _ out: inout Outbox<Message>) {
    // Copied out and back: the effect also changes casemanagers, which share `self` with the table.
    guard var d = detainees[task.detainee] else { return }
    complete(task, &d, &out)
    detainees[task.detainee] = d
  }

  /// Applies the task's effect to the detainee in place.
  private mutating func complete(_ task: CaseTask, _ d: inout Detainee, _ out: inout Outbox<Message>) {
    let p = parameters, cm = p.casemanagers, day = out.day
    let start = ReleaseEvaluation.caseworkStart(d)
    switch task.kind {
    case .screening:
      d.screeningDay = day
      let burden = p.information.sharedSystem
        ? p.information.sharedSystemBurdenFactor : cm.registrationBurdenFactor
      let requests = Double(d.needsAtEntry.count) * cm.conditionRequestHours
      let support = d.lvb ? cm.lvbSupportFactor : 1
      addTask(.plan, for: d, available: day, due: start + p.deadlines.planDays,
              hours: (cm.planRegistrationHours * burden + requests) * support)
      // The regional care-and-safety house brings all partners to one table.
      if p.mechanisms.zvh, d.luck.zvh < p.mechanisms.zvhShare {
        reachReturnMunicipality(&d, on: day)
        if d.contactTaskPending {
          casemanagers[d.casemanager].cancel(.contactMunicipality, for: d.id)
          d.contactTaskPending = false
        }
      }
      // Partners are invited once someone is there to invite (a pilot's contact may be days ahead).
      if d.anyContactDay != Detainee.never || d.judicialTitle || p.mechanisms.chainPartnersInInstitution {
        addJointConversationTask(for: d, from: d.judicialTitle ? day : max(day, d.anyContactDay))
      } else {
        d.jointConversationPending = true
      }
    case .plan:
      d.planDay = day
      // The PI refers to assisted living during detention; the referral keeps this date.
      if d.needsAssistedLiving, d.careReferralDay == Detainee.never { d.careReferralDay = day }
    case .contactMunicipality:
      d.contactTaskPending = false
      d.contactCalled = true
      callMunicipality(d, agreed: false, &out)
    case .jointConversation:
      let partners = p.mechanisms.chainPartnersInInstitution
      // Seed 003: joint conversations with all partners are rare in practice.
      let municipalityAttends = d.luck.municipalityAttends
        < p.municipalities.jointConversationAttendanceProbability
      let municipalityPresent = partners || (d.anyContactDay <= day && municipalityAttends)
      let probationPresent = d.judicialTitle
        && (partners || d.luck.probationAttends < p.probation.jointConversationAttendanceProbability)
      if municipalityPresent || probationPresent { d.jointConversationDay = day }
    case .caseConference:
      d.caseConferences += 1
      // An agreed conference is attended; an ad hoc one is a call the municipality may take up.
      if d.anyContactDay > day { callMunicipality(d, agreed: p.caseConferences.agreed, &out) }
    case .mdo:
      // The MDO reviews the plan; a contact task that was dropped before the call is tried again.
      if d.anyContactDay == Detainee.never, !d.contactTaskPending, !d.contactCalled {
        addContactTask(for: &d, day: day)
      }
      let k = (day - start) / max(1, cm.mdoIntervalDays)
      if !p.caseConferences.agreed,
        random.uniform(Label.casework, d.id, StreamLabel(raw: UInt64(k))) < p.caseConferences.adHocProbability
      {
        addConferenceTask(for: d, day: day)
      }
    case .releaseCoordination:
      d.releaseCoordinated = true
    }
  }

  /// The casemanager calls the notified municipality (which may be the wrong one).
  private mutating func callMunicipality(_ d: Detainee, agreed: Bool, _ out: inout Outbox<Message>) {
    out.send(.casemanagerCall(detainee: d.id, institution: actorID, agreed: agreed),
             to: layout.municipalityActor(d.notifiedMunicipality))
  }

  /// The joint conversation of PI, partners and detainee on the draft plan.
  mutating func addJointConversationTask(for d: Detainee, from available: Int) {
    let p = parameters
    let partners = p.mechanisms.chainPartnersInInstitution
    addTask(.jointConversation, for: d, available: available,
            due: ReleaseEvaluation.caseworkStart(d) + p.deadlines.jointConversationDays,
            hours: p.casemanagers.jointConversationHours * (partners ? p.mechanisms.chainPartnersHoursFactor : 1)
              * (d.lvb ? p.casemanagers.lvbSupportFactor : 1))
  }

  private mutating func addConferenceTask(for d: Detainee, day: Int) {
    let cc = parameters.caseConferences
    let hours = parameters.casemanagers.caseConferenceHours * (cc.agreed ? cc.digitalHoursFactor : 1)
    addTask(.caseConference, for: d, available: day, due: day, hours: hours)
  }

  /// MDO every six weeks while the detainee is inside.
  mutating func scheduleMDO(_ id: Int, _ out: inout Outbox<Message>) {
    guard let d = detainees[id] else { return }
    let interval = parameters.casemanagers.mdoIntervalDays
    addTask(.mdo, for: d, available: out.day, due: out.day, hours: parameters.casemanagers.mdoHours)
    if out.day + interval < d.releaseDay {
      out.send(.institutionTimer(.mdo(detainee: id)), to: actorID, afterDays: interval)
    }
    scheduleWorkday(&out)
  }

  /// An agreed case conference (recommendation 5), at the agreed interval.
  mutating func scheduleConference(_ id: Int, _ out: inout Outbox<Message>) {
    guard let d = detainees[id] else { return }
    let interval = parameters.caseConferences.intervalDays
    addConferenceTask(for: d, day: out.day)
    if out.day + interval < d.releaseDay {
      out.send(.institutionTimer(.conference(detainee: id)), to: actorID, afterDays: interval)
    }
    scheduleWorkday(&out)
  }
}
