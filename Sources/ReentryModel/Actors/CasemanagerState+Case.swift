import SimKernel

extension CasemanagerState {
  /// A new case: the registration that sends the Injus notification with the information sheet,
  /// the first tasks and the recurring meetings.
  mutating func take(_ incoming: Detainee, _ out: inout Outbox<Message>) {
    let day = out.day
    var d = incoming
    // The return address comes from the last registration unless someone verifies it.
    let verified = d.luck.verifyAddress < parameters.information.returnAddressVerifiedProbability
    let notified = verified ? d.returnMunicipality : d.registeredMunicipality
    d.notifiedMunicipality = notified
    out.send(.notification(sheet(for: d)), to: layout.municipalityActor(notified), afterDays: 1)
    if !verified, notified != d.returnMunicipality {
      var s = random.stream(Label.casework, d.id, Label.addressCorrection)
      let delay = max(1, Int(s.exponential(mean: parameters.information.addressCorrectionMeanDays).rounded()))
      // For someone inside on day 0 the delay runs from the admission.
      out.send(
        .casemanagerTimer(.addressCorrected(detainee: d.id)), to: actorID,
        onDay: max(day + 1, d.admissionDay + delay))
    } else {
      d.returnNotifiedDay = Day(d.admissionDay)
    }

    let cm = parameters.casemanagers
    if d.admissionDay < day {
      // Already inside on day 0: the casework of the time served is history, not backlog.
      takeWithHistory(&d, on: day, &out)
    } else {
      casework.addTask(
        .screening, for: d, available: day + (d.inDenial ? parameters.population.denialPhaseDays : 0),
        due: clock.addingWorkingDays(parameters.deadlines.screeningWorkingDays, to: day),
        hours: casework.screeningHours(d))
      casework.applyMechanisms(to: &d, day: day)
      // A desk or RIO that speaks the detainee within the deadline makes the casemanager's search unnecessary.
      let contactDeadline = clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: day)
      if d.returnContactDay > Day(contactDeadline) { casework.addContactTask(for: &d, day: day) }
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

    // Recurring meetings keep the rhythm of the admission (for the stock, from before day 0).
    casework.addMeetings(
      for: d, firstMDO: nextOnRhythm(from: d.admissionDay, interval: cm.mdoIntervalDays, after: day),
      firstConference: nextOnRhythm(from: d.admissionDay, interval: parameters.caseConferences.intervalDays, after: day)
    )
    detainees[d.id] = d
    casework.scheduleWorkday(&out)
  }

  /// The Injus notification with the information sheet. With a shared system the municipality
  /// reads the casemanager's details there, whatever the sheet holds.
  func sheet(for d: Detainee) -> InformationSheet {
    let info = parameters.information
    let contactKnown = info.contactDetailsOnSheet || info.partnersReadPlan
    return InformationSheet(
      detainee: d.id, institution: institutionActor, casemanager: actorID, farFromHome: d.farFromHome,
      judicialTitle: d.judicialTitle, contactDetails: contactKnown, fullHelpQuestions: info.fullSheet,
      helpQuestions: d.needsAtEntry)
  }

  /// Release: judge the conditions, hand the detainee over, end the case.
  mutating func release(_ id: DetaineeID, _ out: inout Outbox<Message>) {
    guard var d = detainees.removeValue(forKey: id) else { return }
    if d.initialStock { casework.settleHistory(&d, nil, nil, on: out.day) }
    casework.work.release(id, dropped: &casework.droppedTasks)
    let measured = parameters.run.measuredWindow.contains(d.releaseDay)
    if measured {
      var record = evaluation.record(for: d)
      record.caseConferencesWithoutPartner = max(0, d.conferencesHeld - d.caseConferences)
      record.conferencesWithMunicipality = d.conferencesWithMunicipality
      records.append(record)
    }
    let owner = layout.municipalityActor(d.returnMunicipality)
    // Injus also reports the end of detention to the municipality it notified; when that was the
    // wrong one, this is all it hears, and without it its entry and aftercare place never end.
    if let notified = d.notifiedMunicipality, notified != d.returnMunicipality {
      out.send(.detentionEnded(detainee: id), to: layout.municipalityActor(notified))
    }
    // Assisted living: the PI referred during detention (the referral is on the list already);
    // otherwise the municipality refers once the person reports.
    var referralDay = Day.never
    var referralDelay = 0
    let referredInside = d.needsAssistedLiving && d.careReferralDay < Day(d.releaseDay)
    if d.needsAssistedLiving {
      referralDelay = referredInside ? 0 : ReleaseEvaluation.reportDelay(d, parameters)
      referralDay = referredInside ? d.careReferralDay : Day(d.releaseDay + referralDelay)
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
}
