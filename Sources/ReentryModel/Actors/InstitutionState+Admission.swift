import SimKernel

extension InstitutionState {
  /// Admission: casemanager, Injus notification with the information sheet, first tasks and timers.
  mutating func admit(_ incoming: Detainee, _ out: inout Outbox<Message>) {
    let p = parameters
    let day = out.day
    var d = incoming
    admittedCount += 1
    d.casemanager = casework.assignCasemanager()
    // The return address comes from the last registration unless someone verifies it.
    let verified = d.luck.verifyAddress < p.information.returnAddressVerifiedProbability
    d.notifiedMunicipality = verified ? d.returnMunicipality : d.registeredMunicipality
    out.send(
      .notification(
        InformationSheet(
          detainee: d.id, institution: actorID, farFromHome: d.farFromHome,
          judicialTitle: d.judicialTitle, contactDetails: p.information.contactDetailsOnSheet,
          fullHelpQuestions: p.information.fullSheet)),
      to: layout.municipalityActor(d.notifiedMunicipality), afterDays: 1)

    let cm = p.casemanagers
    if d.admissionDay < day {
      // Already inside on day 0: the casework of the time served is history, not backlog.
      admitWithHistory(&d, on: day, &out)
    } else {
      casework.addTask(
        .screening, for: d, available: day + (d.inDenial ? p.population.denialPhaseDays : 0),
        due: clock.addingWorkingDays(p.deadlines.screeningWorkingDays, to: day), hours: screeningHours(d))
      casework.applyMechanisms(to: &d, day: day)
      // A desk or RIO that speaks the detainee within the deadline makes the casemanager's search unnecessary.
      let contactDeadline = clock.addingWorkingDays(p.deadlines.contactWorkingDays, to: day)
      if d.returnContactDay > contactDeadline { casework.addContactTask(for: &d, day: day) }
    }
    // Release coordination; for the stock, done in the past if it could be worked on before day 0.
    let coordinationFrom = d.releaseDay - cm.releaseCoordinationLeadDays
    if d.admissionDay < day, historyDay(available: coordinationFrom, due: d.releaseDay, before: day) != nil {
      d.releaseCoordinated = true
    } else {
      casework.addTask(
        .releaseCoordination, for: d, available: max(day, coordinationFrom), due: d.releaseDay,
        hours: cm.releaseCoordinationHours)
    }

    out.send(.institutionTimer(.release(detainee: d.id)), to: actorID, onDay: max(d.releaseDay, day + 1))
    // Recurring meetings keep the rhythm of the admission (for the stock, from before day 0).
    let timer = CaseTimer(detainee: d.id, casemanager: d.casemanager, releaseDay: d.releaseDay)
    let mdo = nextOnRhythm(from: d.admissionDay, interval: cm.mdoIntervalDays, after: day)
    if mdo < d.releaseDay { out.send(.institutionTimer(.mdo(timer)), to: actorID, onDay: mdo) }
    let conferences = p.caseConferences
    let conference = nextOnRhythm(from: d.admissionDay, interval: conferences.intervalDays, after: day)
    if conferences.agreed, conference < d.releaseDay {
      out.send(.institutionTimer(.conference(timer)), to: actorID, onDay: conference)
    }
    detainees[d.id] = d
    scheduleWorkday(&out)
  }

  /// Release: judge the conditions, hand the detainee over, end the case.
  mutating func release(_ id: Int, _ out: inout Outbox<Message>) {
    guard let d = detainees.removeValue(forKey: id) else { return }
    releasedCount += 1
    casework.endCase(of: id, casemanager: d.casemanager)
    let measured = parameters.run.measuredWindow.contains(d.releaseDay)
    if measured { records.append(evaluation.record(for: d)) }
    let owner = layout.municipalityActor(d.returnMunicipality)
    // Injus also reports the end of detention to the municipality it notified; when that was the
    // wrong one, this is all it hears, and without it its entry and aftercare place never end.
    if d.notifiedMunicipality >= 0, d.notifiedMunicipality != d.returnMunicipality {
      out.send(.detentionEnded(detainee: id), to: layout.municipalityActor(d.notifiedMunicipality))
    }
    // Assisted living: the PI referred during detention (the referral is on the list already);
    // otherwise the municipality refers once the person reports.
    var referralDay = Detainee.never
    var referralDelay = 0
    let referredInside = d.needsAssistedLiving && d.careReferralDay < d.releaseDay
    if d.needsAssistedLiving {
      referralDelay = referredInside ? 0 : ReleaseEvaluation.reportDelay(d, parameters)
      referralDay = referredInside ? d.careReferralDay : d.releaseDay + referralDelay
    }
    out.send(
      .release(
        Handover(
          detainee: id, releaseDay: d.releaseDay, careReferralDay: referralDay, careReferralDelay: referralDelay,
          referredDuringDetention: referredInside, judicialTitle: d.judicialTitle, measured: measured)), to: owner)
    if d.judicialTitle {
      out.send(
        .supervisionRequest(detainee: id, releaseDay: d.releaseDay, owner: owner),
        to: layout.probationActor)
    }
  }

  mutating func scheduleWorkday(_ out: inout Outbox<Message>) {
    guard !workdayScheduled else { return }
    workdayScheduled = true
    var next = out.day + 1
    while !clock.isWorkingDay(next) { next += 1 }
    out.send(.institutionTimer(.workday), to: actorID, onDay: next)
  }
}
