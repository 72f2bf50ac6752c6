import SimKernel

extension InstitutionState {
  /// Admission: casemanager, Injus notification with the information sheet, first tasks and timers.
  mutating func admit(_ incoming: Detainee, _ out: inout Outbox<Message>) {
    let p = parameters, day = out.day
    var d = incoming
    admittedCount += 1
    d.casemanager = assignCasemanager()
    // The return address comes from the last registration unless someone verifies it.
    let verified = d.luck.verifyAddress < p.information.returnAddressVerifiedProbability
    d.notifiedMunicipality = verified ? d.returnMunicipality : d.registeredMunicipality
    out.send(
      .notification(InformationSheet(
        detainee: d.id, institution: actorID, farFromHome: d.farFromHome,
        judicialTitle: d.judicialTitle, contactDetails: p.information.contactDetailsOnSheet,
        fullHelpQuestions: p.information.fullSheet)),
      to: layout.municipalityActor(d.notifiedMunicipality), afterDays: 1)

    let cm = p.casemanagers
    let screeningHours = cm.screeningHours * Double(d.lvb ? cm.lvbScreeningSessions : 1)
    addTask(.screening, for: d, available: day + (d.inDenial ? p.population.denialPhaseDays : 0),
            due: clock.addingWorkingDays(p.deadlines.screeningWorkingDays, to: day), hours: screeningHours)
    applyMechanisms(to: &d, day: day)
    // A desk or RIO that speaks the detainee within the deadline makes the casemanager's search unnecessary.
    let contactDeadline = clock.addingWorkingDays(p.deadlines.contactWorkingDays, to: day)
    if d.returnContactDay > contactDeadline { addContactTask(for: &d, day: day) }
    addTask(.releaseCoordination, for: d,
            available: max(day, d.releaseDay - cm.releaseCoordinationLeadDays),
            due: d.releaseDay, hours: cm.releaseCoordinationHours)

    out.send(.institutionTimer(.release(detainee: d.id)), to: actorID, onDay: max(d.releaseDay, day + 1))
    if day + cm.mdoIntervalDays < d.releaseDay {
      out.send(.institutionTimer(.mdo(detainee: d.id)), to: actorID, afterDays: cm.mdoIntervalDays)
    }
    let conferences = p.caseConferences
    if conferences.agreed, day + conferences.intervalDays < d.releaseDay {
      out.send(.institutionTimer(.conference(detainee: d.id)), to: actorID, afterDays: conferences.intervalDays)
    }
    detainees[d.id] = d
    scheduleWorkday(&out)
  }

  /// Channels that reach the return municipality without the casemanager (seed 003 pilots).
  private mutating func applyMechanisms(to d: inout Detainee, day: Int) {
    let m = parameters.mechanisms
    var contact = Detainee.never
    if m.municipalDesk { contact = min(contact, day + m.municipalDeskContactDays) }
    if m.rioPilot, d.stayDays < m.rioMaxStayDays { contact = min(contact, day + m.rioContactDays) }
    // Huis van Herstel: the last 2 to 18 months of stays over 2 months (seed 003).
    if m.huisVanHerstel, d.stayDays >= m.huisVanHerstelMinStayDays,
      d.luck.huisVanHerstel < m.huisVanHerstelShare
    {
      contact = min(contact, max(day, d.releaseDay - m.huisVanHerstelMaxDays))
    }
    reachReturnMunicipality(&d, on: contact)
  }

  /// Contact with the return municipality through a pilot rather than a call: the
  /// municipality decides on rent continuation as it would after a call.
  mutating func reachReturnMunicipality(_ d: inout Detainee, on day: Int) {
    guard day != Detainee.never else { return }
    d.anyContactDay = min(d.anyContactDay, day)
    d.returnContactDay = min(d.returnContactDay, day)
    let size = layout.sizeClass(of: d.returnMunicipality)
    let rent = parameters.municipalities.behaviour(size).rentContinuationProbability
    d.rentContinued = d.rentContinued || random.uniform(Label.municipality, d.id, Label.rent) < rent
  }

  /// Staffed to the norm: the least-loaded casemanager under the norm, hiring when none is;
  /// fixed staff: the least-loaded casemanager, whatever the load.
  private mutating func assignCasemanager() -> Int {
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

  /// Release: judge the conditions, hand the detainee over, end the case.
  mutating func release(_ id: Int, _ out: inout Outbox<Message>) {
    guard let d = detainees.removeValue(forKey: id) else { return }
    releasedCount += 1
    let cm = d.casemanager
    caseloads.remove(cm, load: casemanagers[cm].caseload)
    casemanagers[cm].release(id, dropped: &droppedTasks)
    caseloads.insert(cm, load: casemanagers[cm].caseload)
    if fixedStaff == nil { retireIfIdle(d.casemanager) }
    let measured = parameters.run.measuredWindow.contains(d.releaseDay)
    if measured { records.append(evaluation.record(for: d)) }
    let owner = layout.municipalityActor(d.returnMunicipality)
    // Assisted living: the PI's referral keeps its date; otherwise the municipality refers
    // once the person reports.
    var referralDay = Detainee.never, referralDelay = 0
    if d.needsAssistedLiving {
      let referredInside = d.careReferralDay < d.releaseDay
      referralDelay = referredInside ? 0 : ReleaseEvaluation.reportDelay(d, parameters)
      referralDay = referredInside ? d.careReferralDay : d.releaseDay + referralDelay
    }
    out.send(.release(Handover(
      detainee: id, releaseDay: d.releaseDay, judicialTitle: d.judicialTitle,
      careReferralDay: referralDay, careReferralDelay: referralDelay, measured: measured)), to: owner)
    if d.judicialTitle {
      out.send(.supervisionRequest(detainee: id, releaseDay: d.releaseDay, owner: owner),
               to: layout.probationActor)
    }
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

  mutating func addTask(_ kind: CaseTask.Kind, for d: Detainee, available: Int, due: Int, hours: Double) {
    taskSequence += 1
    casemanagers[d.casemanager].add(CaseTask(
      kind: kind, detainee: d.id, availableDay: available, dueDay: due,
      remainingHours: hours, sequence: taskSequence))
  }

  /// Contact with the municipality within 10 working days; searching costs extra without known details.
  mutating func addContactTask(for d: inout Detainee, day: Int) {
    let cm = parameters.casemanagers
    let search = parameters.information.sharedSystem
      ? 0 : cm.contactSearchHours * (d.farFromHome ? cm.farPlacementSearchFactor : 1)
    addTask(.contactMunicipality, for: d, available: day,
            due: clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: day),
            hours: cm.contactHours + search)
    d.contactTaskPending = true
  }

  mutating func scheduleWorkday(_ out: inout Outbox<Message>) {
    guard !workdayScheduled else { return }
    workdayScheduled = true
    var next = out.day + 1
    while !clock.isWorkingDay(next) { next += 1 }
    out.send(.institutionTimer(.workday), to: actorID, onDay: next)
  }
}
