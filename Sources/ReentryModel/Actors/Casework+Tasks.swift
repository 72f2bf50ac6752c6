import SimKernel

extension Casework {
  /// Channels that reach the return municipality without the casemanager (seed 003 pilots).
  func applyMechanisms(to d: inout Detainee, day: Int) {
    let m = parameters.mechanisms
    let home = d.returnMunicipality
    var contact = Day.never
    // Each pilot where it runs (seed 003), unless a scenario rolls it out nationally.
    if m.municipalDesk, m.municipalDeskScope == .national || layout.hostMunicipality[d.institution] == home {
      contact = min(contact, Day(day + m.municipalDeskContactDays))
    }
    if m.rioPilot, d.stayDays < m.rioMaxStayDays, m.rioScope == .national || layout.rioMunicipality == home {
      contact = min(contact, Day(day + m.rioContactDays))
    }
    // Huis van Herstel: the last 2 to 18 months of stays over 2 months (seed 003).
    if m.huisVanHerstel, m.huisVanHerstelScope == .national || layout.twente.contains(home),
      d.stayDays >= m.huisVanHerstelMinStayDays,
      d.luck.huisVanHerstel < m.huisVanHerstelShare
    {
      contact = min(contact, Day(max(day, d.releaseDay - m.huisVanHerstelMaxDays)))
    }
    reachReturnMunicipality(&d, on: contact)
  }

  /// Contact with a municipality; contact with the return municipality is what counts.
  /// A joint conversation that waited for contact is planned now.
  mutating func recordContact(
    _ d: inout Detainee, municipality: Int, rentContinued: Bool, _ out: inout Outbox<Message>
  ) {
    let day = Day(out.day)
    d.anyContactDay = min(d.anyContactDay, day)
    if municipality == d.returnMunicipality {
      d.returnContactDay = min(d.returnContactDay, day)
      d.rentContinued = d.rentContinued || rentContinued
    }
    if d.contactTaskPending {
      work.cancel(.contactMunicipality, for: d.id)
      d.contactTaskPending = false
    }
    guard d.jointConversationPending else { return }
    d.jointConversationPending = false
    addJointConversationTask(for: d, from: out.day)
    scheduleWorkday(&out)
  }

  /// Sends the PI's assisted-living referral to the care provider; the return municipality
  /// owns the case after release, so it is told when the place starts.
  func referToCare(_ d: Detainee, on day: Int, _ out: inout Outbox<Message>) {
    out.send(
      .careReferral(
        CareReferral(
          detainee: d.id, referralDay: Day(day), releaseDay: Day(d.releaseDay),
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
      d.screeningDay = Day(day)
      let share = registeredShare(on: day)
      sampleForHistory(.registeredShare(share), of: d, &out)
      register(&d, share: share, draw: 0)
      addTask(
        .plan, for: d, available: day, due: start + p.deadlines.planDays, hours: planHours(for: d, registered: share))
      // The regional care-and-safety house brings all partners to one table.
      if p.mechanisms.zvh, d.luck.zvh < p.mechanisms.zvhShare {
        reachReturnMunicipality(&d, on: Day(day))
        d.planDiscussedDay = min(d.planDiscussedDay, Day(day))
        if d.contactTaskPending {
          work.cancel(.contactMunicipality, for: d.id)
          d.contactTaskPending = false
        }
      }
      // Partners are invited once someone is there to invite (a pilot's contact may be days ahead);
      // probation, or partners present in the PI, can be invited at once.
      let partners = p.mechanisms.chainPartnersInInstitution
      if d.anyContactDay != .never || d.judicialTitle || partners {
        addJointConversationTask(for: d, from: d.judicialTitle || partners ? day : max(day, d.anyContactDay.raw))
      } else {
        d.jointConversationPending = true
      }
    case .plan:
      d.planDay = Day(day)
      // The PI refers to assisted living during detention (seed 003, on indication): the
      // person joins the waiting list now, with this date, while still inside.
      if d.needsAssistedLiving, d.careReferralDay == .never {
        d.careReferralDay = Day(day)
        referToCare(d, on: day, &out)
      }
      addBankAccountTask(for: d, from: day)
      informProbationOfSharedPlan(d, &out)
    case .contactMunicipality:
      d.contactTaskPending = false
      d.contactCalled = true
      callMunicipality(d, &out)
    case .jointConversation:
      sampleForHistory(.conversationWait(day - task.availableDay), of: d, &out)
      let present = conversationPartners(d, on: day)
      if present.municipality || present.probation { d.jointConversationDay = Day(day) }
      // The partners at the table spend their hours on it (probation now knows the case).
      heldJointConversation(d, municipality: present.municipality, probation: present.probation, &out)
      // At the table the municipality hears every help question, registered or not.
      if present.municipality, heardThePlan(d, on: day) { d.planDiscussedDay = min(d.planDiscussedDay, Day(day)) }
    case .caseConference:
      // Partners invited (agreed) or at the PI by chance (ad hoc) choose whether to join; only a
      // conference a partner joined counts as one (see `conferenceAttended`).
      d.conferencesHeld += 1
      inviteToConference(d, &out)
      if !p.caseConferences.agreed, d.anyContactDay > Day(day) {
        // An ad hoc conference is a call the municipality may take up, as it would the first.
        callMunicipality(d, &out)
      }
    case .mdo:
      // Someone inside on day 0: what their history left to the run's stationary casework.
      if d.initialStock { askForHistory(d, &out) }
      // The MDO reviews the plan; a contact task that was dropped before the call is tried again.
      if d.anyContactDay == .never, !d.contactTaskPending, !d.contactCalled {
        addContactTask(for: &d, day: day)
      }
      let k = (day - start) / max(1, cm.mdoIntervalDays)
      if !p.caseConferences.agreed,
        random.uniform(Label.casework, d.id, StreamLabel(raw: UInt64(k))) < p.caseConferences.adHocProbability
      {
        addConferenceTask(detainee: d.id, day: day)
      }
    case .releaseCoordination:
      d.releaseCoordinated = true
      coordinateRelease(&d, on: day, &out)
    case .bankAccount:
      d.bankAccountDay = min(d.bankAccountDay, context.practice.accountOpened(d, appliedOn: day))
    case .handover:
      // The hours were the effect: the new casemanager now knows the case.
      break
    }
  }

  /// Who comes to a joint conversation held on `day` (seed 003: with all partners it is rare):
  /// the municipality once in contact, probation for a judicial title, each with the person's
  /// own draw; partners present in the PI always.
  func conversationPartners(_ d: Detainee, on day: Int) -> (municipality: Bool, probation: Bool) {
    let p = parameters
    let partners = p.mechanisms.chainPartnersInInstitution
    let municipalityAttends = d.luck.municipalityAttends < p.municipalities.jointConversationAttendanceProbability
    let probationAttends = d.luck.probationAttends < p.probation.jointConversationAttendanceProbability
    return (
      partners || (d.anyContactDay <= Day(day) && municipalityAttends),
      d.judicialTitle && (partners || probationAttends)
    )
  }

  /// Whether the municipality at a conversation on `day` is the return municipality, which then
  /// hears the whole plan: the one notified by then (the registered one, verified or not, from
  /// the admission; else the corrected one from its correction), or any, with partners in the PI.
  func heardThePlan(_ d: Detainee, on day: Int) -> Bool {
    parameters.mechanisms.chainPartnersInInstitution || d.returnNotifiedDay <= Day(day)
  }

  /// Someone who will need income and has no bank account to receive it in: the casemanager
  /// helps apply for one from detention (seed 003:1333-1339, "niet mogelijk ... zonder hulp van
  /// bijvoorbeeld de casemanager"), a core task due with the plan's four weeks.
  mutating func addBankAccountTask(for d: Detainee, from day: Int) {
    let p = parameters
    guard context.practice.lacksAccount(d) else { return }
    addTask(
      .bankAccount, for: d, available: day, due: day + p.deadlines.planDays, hours: p.bankAccount.casemanagerHours)
  }

  /// An agreed conference (recommendation 5): the partners were invited when the frequency was
  /// agreed, but each decides anew whether to join (seed 003: municipalities seldom do), so a
  /// municipality that declined is invited again at the next one, on the MDO rhythm. Whoever
  /// joins starts work: the municipality's attendance is its contact, and probation at the same
  /// table as the return municipality shares its information with it, whatever probation
  /// answered to a written request (see `conferenceAttended`).
  func inviteToConference(_ d: Detainee, _ out: inout Outbox<Message>) {
    let invitation = Message.conferenceInvitation(detainee: d.id, casemanager: actorID)
    if let notified = d.notifiedMunicipality { out.send(invitation, to: layout.municipalityActor(notified)) }
    if d.judicialTitle { out.send(invitation, to: layout.probationActor) }
  }

  /// A partner joined today's conference; when the return municipality and probation both did,
  /// probation's information reached the municipality.
  /// `municipality`: the one that joined (nil when probation did).
  static func conferenceAttended(_ d: inout Detainee, byProbation: Bool, municipality: Int?, day: Day) {
    if d.lastPartnerConferenceDay != day {
      d.lastPartnerConferenceDay = day
      d.caseConferences += 1
    }
    if !byProbation { d.conferencesWithMunicipality += 1 }
    if byProbation {
      d.conferenceProbationDay = day
    } else if municipality == d.returnMunicipality {
      d.conferenceMunicipalityDay = day
      d.planDiscussedDay = min(d.planDiscussedDay, day)
    }
    if d.conferenceProbationDay == day, d.conferenceMunicipalityDay == day {
      d.probationInformationDay = min(d.probationInformationDay, day)
    }
  }
}
