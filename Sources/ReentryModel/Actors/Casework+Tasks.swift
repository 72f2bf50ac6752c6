import SimKernel

extension Casework {
  /// Channels that reach the return municipality without the casemanager (seed 003 pilots).
  func applyMechanisms(to d: inout Detainee, day: Int) {
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

  /// Contact with a municipality; contact with the return municipality is what counts.
  /// Returns whether a joint conversation that waited for contact was planned.
  mutating func recordContact(_ d: inout Detainee, municipality: Int, rentContinued: Bool, day: Int) -> Bool {
    d.anyContactDay = min(d.anyContactDay, day)
    if municipality == d.returnMunicipality {
      d.returnContactDay = min(d.returnContactDay, day)
      d.rentContinued = d.rentContinued || rentContinued
    }
    if d.contactTaskPending {
      casemanagers[d.casemanager].cancel(.contactMunicipality, for: d.id)
      d.contactTaskPending = false
    }
    guard d.jointConversationPending else { return false }
    d.jointConversationPending = false
    addJointConversationTask(for: d, from: day)
    return true
  }

  /// Sends the PI's assisted-living referral to the care provider; the return municipality
  /// owns the case after release, so it is told when the place starts.
  func referToCare(_ d: Detainee, on day: Int, _ out: inout Outbox<Message>) {
    out.send(
      .careReferral(
        CareReferral(
          detainee: d.id, referralDay: day, releaseDay: d.releaseDay,
          owner: layout.municipalityActor(d.returnMunicipality))), to: layout.careActor)
  }

  /// Applies a finished task's effect to its detainee, in place.
  mutating func complete(_ task: CaseTask, _ d: inout Detainee, _ out: inout Outbox<Message>) {
    let p = parameters
    let cm = p.casemanagers
    let day = out.day
    let start = ReleaseEvaluation.caseworkStart(d)
    switch task.kind {
    case .screening:
      d.screeningDay = day
      addTask(.plan, for: d, available: day, due: start + p.deadlines.planDays, hours: planHours(for: d))
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
      // The PI refers to assisted living during detention (seed 003, on indication): the
      // person joins the waiting list now, with this date, while still inside.
      if d.needsAssistedLiving, d.careReferralDay == Detainee.never {
        d.careReferralDay = day
        referToCare(d, on: day, &out)
      }
    case .contactMunicipality:
      d.contactTaskPending = false
      d.contactCalled = true
      callMunicipality(d, agreed: false, &out)
    case .jointConversation:
      let partners = p.mechanisms.chainPartnersInInstitution
      // Seed 003: joint conversations with all partners are rare in practice.
      let municipalityAttends =
        d.luck.municipalityAttends
        < p.municipalities.jointConversationAttendanceProbability
      let municipalityPresent = partners || (d.anyContactDay <= day && municipalityAttends)
      let probationPresent =
        d.judicialTitle
        && (partners || d.luck.probationAttends < p.probation.jointConversationAttendanceProbability)
      if municipalityPresent || probationPresent { d.jointConversationDay = day }
    case .caseConference:
      d.caseConferences += 1
      if p.caseConferences.agreed {
        holdAgreedConference(&d, day: day, &out)
      } else if d.anyContactDay > day {
        // An ad hoc conference is a call the municipality may take up, as it would the first.
        callMunicipality(d, agreed: false, &out)
      }
    case .mdo:
      // The MDO reviews the plan; a contact task that was dropped before the call is tried again.
      if d.anyContactDay == Detainee.never, !d.contactTaskPending, !d.contactCalled {
        addContactTask(for: &d, day: day)
      }
      let k = (day - start) / max(1, cm.mdoIntervalDays)
      if !p.caseConferences.agreed,
        random.uniform(Label.casework, d.id, StreamLabel(raw: UInt64(k))) < p.caseConferences.adHocProbability
      {
        addConferenceTask(detainee: d.id, casemanager: d.casemanager, day: day)
      }
    case .releaseCoordination:
      d.releaseCoordinated = true
    }
  }

  /// An agreed conference (recommendation 5): the partners were invited when the frequency was
  /// agreed, but each decides anew whether to join (seed 003: municipalities seldom do), so a
  /// municipality that declined is invited again at the next one, on the MDO rhythm. Whoever
  /// joins starts work: the municipality's attendance is its contact, and probation at the same
  /// table shares its information with it, whatever probation answered to a written request.
  mutating func holdAgreedConference(_ d: inout Detainee, day: Int, _ out: inout Outbox<Message>) {
    let cc = parameters.caseConferences
    // One stream per conference (its day), so a scenario that changes a probability flips only
    // the conferences at the margin (common random numbers).
    var s = random.stream(Label.conference, d.id, StreamLabel(raw: UInt64(day)))
    let municipalityJoins = s.nextDouble() < cc.municipalityAttendanceProbability
    let probationJoins = s.nextDouble() < cc.probationAttendanceProbability && d.judicialTitle
    guard municipalityJoins else { return }
    if d.anyContactDay > day { callMunicipality(d, agreed: true, &out) }
    if probationJoins, d.notifiedMunicipality == d.returnMunicipality {
      d.probationInformationDay = min(d.probationInformationDay, day)
    }
  }
}
