import SimKernel

/// The casework history of someone already inside on day 0 (the initial stock).
///
/// Without it, everyone in the stock was screened, planned and called on day 0 as if just
/// arrived: a backlog of about 69,000 casemanager hours on day 1 that delayed everyone's tasks
/// for months, and long-stay results that depended on the warm-up length. Instead, each task
/// that could be worked on before day 0 is recorded as done in the past, after the wait it
/// would have had in the casemanager's list: the casemanager works in deadline order, so a task
/// waits in proportion to the days its deadline allows (`initialStock.historyWaitShareOfSlack`),
/// and now and then longer than that, late, as tasks are once the run is past its start-up.
/// Doing every task on its due day instead put the stock's screenings and plans 13 and 25 days
/// after admission, against about 4 and 10 in the run.
/// A task whose wait reaches past day 0 is still on the list on day 0, a task of the run with
/// its deadline from the real admission day, as are tasks that become available from day 0.
/// Draws that decided the past (waits, attendance, ad hoc conferences) come from the person's
/// own luck and streams, as they would during the run. What depends on the casemanager's load
/// (the plan's registration, the joint conversation, which waits behind all core work) is
/// settled with the run's own casework once it is stationary (`Casework.settleHistory`).
extension CasemanagerState {
  /// First tasks, referrals and meetings of a person admitted on `day` after `d.admissionDay`.
  mutating func takeWithHistory(_ d: inout Detainee, on day: Int, _ out: inout Outbox<Message>) {
    let a = d.admissionDay
    // Pilots and desks reached the person from their admission on.
    casework.applyMechanisms(to: &d, day: a)
    // The casemanager's call was made in the past and answered then (see `answeredInThePast`);
    // before the screening's history, whose joint conversation depends on the contact.
    let contactDue = clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: a)
    let calls = d.returnContactDay > Day(contactDue)
    if calls, let called = pastDay(d, .contactMunicipality, available: a, due: contactDue, before: day) {
      casework.answeredInThePast(&d, called: called, before: day)
    }
    let screeningAvailable = a + (d.inDenial ? parameters.population.denialPhaseDays : 0)
    let screeningDue = clock.addingWorkingDays(parameters.deadlines.screeningWorkingDays, to: a)
    if let screened = pastDay(d, .screening, available: screeningAvailable, due: screeningDue, before: day) {
      screeningHistory(&d, screened: screened, on: day, &out)
    } else {
      casework.addTask(
        .screening, for: d, available: max(day, screeningAvailable), due: screeningDue,
        hours: casework.screeningHours(d))
    }
    // The municipality hears of the call now as well: it takes the case on as in contact (and
    // asks probation); its answer now changes no day the history dated earlier.
    if calls {
      d.contactCalled = true
      casework.callMunicipality(d, &out)
    }
    pastMeetings(&d, before: day)
  }

  /// The day a task that could be worked on from `available` was done in the history before
  /// `day`: on its due day, day - 1 at the latest, never before it was available; nil when it
  /// only becomes available from `day` on (then it is a task of the run).
  func historyDay(available: Int, due: Int, before day: Int) -> Int? {
    available < day ? max(available, min(due, day - 1)) : nil
  }

  /// The day a task that could be worked on from `available` was done before `day`: after its
  /// wait in the list, drawn from the person's own stream for `kind`; nil when it was still
  /// waiting on `day` or only becomes available then (then it is a task of the run).
  func pastDay(_ d: Detainee, _ kind: CaseTask.Kind, available: Int, due: Int, before day: Int) -> Int? {
    guard available < day else { return nil }
    let done = available + casework.historyWait(d, kind, slack: max(0, due - available))
    return done < day ? done : nil
  }

  /// Screening done before day 0, with what follows from it: the plan, the assisted-living
  /// referral, the ZVH and the joint conversation, each done in the past after its wait or
  /// left on the list on day 0.
  private mutating func screeningHistory(_ d: inout Detainee, screened: Int, on day: Int, _ out: inout Outbox<Message>)
  {
    let p = parameters
    let a = d.admissionDay
    d.screeningDay = Day(screened)
    // How much of the plan was registered depends on the load at the time: decided at the
    // person's first MDO once the run's casework is stationary, with the load then.
    d.registrationPending = true
    if p.mechanisms.zvh, d.luck.zvh < p.mechanisms.zvhShare { casework.reachReturnMunicipality(&d, on: Day(screened)) }
    // The plan could be worked on from the screening; one still waiting on day 0 is finished in
    // the run (its referral and bank account follow from it there).
    let planDue = a + p.deadlines.planDays
    if let planned = pastDay(d, .plan, available: screened, due: planDue, before: day) {
      d.planDay = Day(planned)
      if d.needsAssistedLiving {
        d.careReferralDay = Day(planned)
        casework.referToCare(d, on: planned, &out)
      }
      // The bank account applied for from the plan, in the past when it could be.
      let practice = context.practice
      if practice.lacksAccount(d) {
        if let applied = pastDay(d, .bankAccount, available: planned, due: planned + p.deadlines.planDays, before: day)
        {
          d.bankAccountDay = practice.accountOpened(d, appliedOn: applied)
        } else {
          casework.addBankAccountTask(for: d, from: day)
        }
      }
    } else {
      casework.addTask(
        .plan, for: d, available: day, due: planDue,
        hours: casework.planHours(for: d, registered: casework.registeredShare(on: day)))
    }
    // The joint conversation, planned from the screening: the municipality only when in contact
    // by then; probation or partners present in the PI can be invited at once.
    let partners = p.mechanisms.chainPartnersInInstitution
    let conversationDue = a + p.deadlines.jointConversationDays
    if d.anyContactDay != .never || d.judicialTitle || partners {
      let from = d.judicialTitle || partners ? screened : max(screened, d.anyContactDay.raw)
      if from < day {
        // A collaboration task waits behind all core work, so its wait is not a share of its
        // slack: it is taken from the run's own conversations once its casework is stationary.
        d.historyConversationFrom = Day(from)
      } else {
        casework.addJointConversationTask(for: d, from: from)
      }
    } else if conversationDue >= day {
      // Waits for contact, which the casemanager's call (answered now) may bring.
      d.jointConversationPending = true
    }
    // Simplification: a conversation that waited for contact past its due day before day 0 is
    // not held; planning all of them when the stock's contacts arrive in the first days would
    // be a backlog no stationary run has.
  }

  /// Case conferences before day 0: agreed ones at their interval, ad hoc ones drawn at each
  /// past MDO from the stream the MDO itself uses; the partners invited chose then whether to
  /// join (`Casework.pastConference`).
  private func pastMeetings(_ d: inout Detainee, before day: Int) {
    let p = parameters
    let a = d.admissionDay
    let conferences = p.caseConferences
    var declined = false
    if conferences.agreed {
      var k = 1
      while a + k * conferences.intervalDays < day {
        casework.pastConference(&d, on: a + k * conferences.intervalDays, declinedLast: &declined)
        k += 1
      }
    } else {
      let interval = p.casemanagers.mdoIntervalDays
      var k = 1
      while a + k * interval < day {
        if random.uniform(Label.casework, d.id, StreamLabel(raw: UInt64(k))) < conferences.adHocProbability {
          casework.pastConference(&d, on: a + k * interval, declinedLast: &declined)
        }
        k += 1
      }
    }
  }

  /// The first day after `day` on a meeting's rhythm from the admission (an MDO every six weeks
  /// since admission, not six weeks from day 0).
  func nextOnRhythm(from admission: Int, interval: Int, after day: Int) -> Int {
    guard admission < day else { return day + interval }
    let k = (day - admission) / interval + 1
    return admission + k * interval
  }
}

extension Casework {
  /// Someone inside on day 0 at their first MDO once the run's casework is stationary
  /// (`initialStock.stationaryFromDay`): what their history left to the run is asked of the
  /// institution, which answers with the run's own casework (`InstitutionState.answerHistory`).
  func askForHistory(_ d: Detainee, _ out: inout Outbox<Message>) {
    guard out.day >= parameters.initialStock.stationaryFromDay,
      d.registrationPending || d.historyConversationFrom != .never
    else { return }
    out.send(.historyWanted(detainee: d.id), to: layout.institutionActor(d.institution))
  }

  /// Settles the history of someone inside on day 0 with what the run's casework gave: the share
  /// of the plan registered at a screening and the days a joint conversation waited (nil: none
  /// known yet, at a release before the answer; then the load today and the history's share of
  /// the slack stand in). Attendance at the conversation is the run's, with the contact known now.
  mutating func settleHistory(_ d: inout Detainee, _ share: Double?, _ wait: Int?, on day: Int) {
    if d.registrationPending {
      d.registrationPending = false
      register(&d, share: share ?? registeredShare(on: day), draw: 1)
    }
    guard d.historyConversationFrom != .never else { return }
    let from = d.historyConversationFrom.raw
    d.historyConversationFrom = .never
    let held = from + max(1, wait ?? historyWait(d, .jointConversation, slack: conversationSlack(d, from)))
    guard held < d.releaseDay else { return }
    let present = conversationPartners(d, on: held)
    if present.municipality || present.probation { d.jointConversationDay = Day(held) }
    // At the table the municipality hears every help question, as at a conversation of the run.
    if present.municipality, heardThePlan(d, on: held) { d.planDiscussedDay = min(d.planDiscussedDay, Day(held)) }
  }

  /// The answer to the casemanager's call before day 0 of someone inside on day 0: a municipality
  /// that answers calls (its own draw, `MunicipalityState.answersCall`, the one it uses for the
  /// call it gets on day 0) was in contact `municipalities.responseDelayDays` after the call.
  /// Without it the stock's contact came only from day 0, so no partner it could have met before
  /// was ever the municipality, and the municipality never heard the whole plan.
  /// Simplification: the coordinators' hours of the past are not simulated, as the casemanager's
  /// are not; a contact the run would have put off for want of hours is dated as if answered.
  func answeredInThePast(_ d: inout Detainee, called: Int, before day: Int) {
    guard let notified = d.notifiedMunicipality else { return }
    let answered = called + parameters.municipalities.responseDelayDays
    let behaviour = parameters.municipalities.behaviour(layout.sizeClass(of: notified))
    guard answered < day, hadCoordinators(notified), MunicipalityState.answersCall(d.id, behaviour, random)
    else { return }
    d.anyContactDay = min(d.anyContactDay, Day(answered))
    if notified == d.returnMunicipality { d.returnContactDay = min(d.returnContactDay, Day(answered)) }
  }

  /// A case conference held before day 0 for someone inside on day 0, with whoever chose to join
  /// it then, as the partners choose at a conference of the run (`MunicipalityState.joinsConference`,
  /// probation's chance after it, from the conference's own stream). Without it no partner was at
  /// any of the stock's past conferences: the municipality never heard the plan there, and stays
  /// of two years and more, half of them history, left 5 pp less often ready than admitted ones.
  /// Simplification: the partners' hours of the past are not simulated (the history's rule).
  func pastConference(_ d: inout Detainee, on day: Int, declinedLast declined: inout Bool) {
    d.conferencesHeld += 1
    let p = parameters
    // The municipality notified by then: the return one once verified or corrected.
    let notified = d.returnNotifiedDay <= Day(day) ? d.returnMunicipality : d.notifiedMunicipality
    // A day before day 0 names a stream no conference of the run uses.
    var s = random.stream(Label.conference, d.id, StreamLabel(raw: UInt64(bitPattern: Int64(day))))
    if let notified {
      let behaviour = p.municipalities.behaviour(layout.sizeClass(of: notified))
      let joins =
        MunicipalityState.joinsConference(d.id, s.nextDouble(), behaviour, declinedLast: declined, p, random)
        && hadCoordinators(notified)
      declined = !joins
      if joins {
        d.anyContactDay = min(d.anyContactDay, Day(day))
        if notified == d.returnMunicipality { d.returnContactDay = min(d.returnContactDay, Day(day)) }
        Casework.conferenceAttended(&d, byProbation: false, municipality: notified, day: Day(day))
      }
    } else {
      _ = s.nextDouble()
    }
    if d.judicialTitle, s.nextDouble() < p.caseConferences.probationAttendanceProbability {
      Casework.conferenceAttended(&d, byProbation: true, municipality: nil, day: Day(day))
    }
  }

  /// Whether `municipality` had aftercare coordinators with hours before day 0: the past's hours are
  /// not simulated, but a municipality without any (its size class at 0 FTE) could no more answer or
  /// join then than in the run, where it never does.
  func hadCoordinators(_ municipality: Int) -> Bool {
    let partners = parameters.partners
    return partners.coordinatorFTEPer100k(layout.sizeClass(of: municipality)) > 0 && partners.coordinatorHoursPerFTE > 0
  }

  /// Sends the institution what a screening or a joint conversation of the run gave, around the
  /// day the stock's history is settled (a conversation only of a long stay: among short stays
  /// the release cuts the long waits short, so their held ones understate the list's).
  func sampleForHistory(_ sample: HistorySample, of d: Detainee, _ out: inout Outbox<Message>) {
    let settled = parameters.initialStock.stationaryFromDay
    let interval = parameters.casemanagers.mdoIntervalDays
    guard !d.initialStock, (settled - interval)..<(settled + interval) ~= out.day else { return }
    if case .conversationWait = sample, d.stayDays < parameters.population.shortSentenceBelowDays { return }
    out.send(.historySample(sample), to: layout.institutionActor(d.institution))
  }

  /// Days a joint conversation available from `from` had until its deadline.
  func conversationSlack(_ d: Detainee, _ from: Int) -> Int {
    max(0, ReleaseEvaluation.caseworkStart(d) + parameters.deadlines.jointConversationDays - from)
  }

  /// The wait in the list of a task imputed to someone inside on day 0: exponential with a mean of
  /// `initialStock.historyWaitShareOfSlack` times its slack, from the person's own stream for `kind`;
  /// at least the next day, as a task of the run is.
  func historyWait(_ d: Detainee, _ kind: CaseTask.Kind, slack: Int) -> Int {
    let mean = parameters.initialStock.historyWaitShareOfSlack * Double(slack)
    var s = random.stream(Label.historyWait, d.id, StreamLabel(raw: UInt64(kind.rawValue)))
    return max(1, Int(s.exponential(mean: mean).rounded(.up)))
  }
}

extension Label {
  /// The wait in the list of a task imputed to someone inside on day 0.
  static let historyWait = StreamLabel("history-wait")
  /// The stock's joint conversation, settled in the run (`Casework.settleHistory`).
  static let conversation = StreamLabel("conversation")
}
