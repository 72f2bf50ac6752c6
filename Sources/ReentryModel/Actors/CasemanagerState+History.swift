import SimKernel

/// The casework history of someone already inside on day 0 (the initial stock).
///
/// Without it, everyone in the stock was screened, planned and called on day 0 as if just
/// arrived: a backlog of about 69,000 casemanager hours on day 1 that delayed everyone's tasks
/// for months, and long-stay results that depended on the warm-up length. Instead, each task
/// that could be worked on before day 0 is recorded as done in the past: on its due day, or
/// on day -1 when it fell due later (a stationary casemanager clears available work within
/// about two days: some 4,050 available hours over 339 casemanagers), and never before it
/// could be worked on (a denial phase makes a screening late). Tasks that become available
/// from day 0 are added as for a new arrival, with deadlines from the real admission day.
/// Draws that decided the past (attendance, ad hoc conferences) come from the person's own
/// luck and streams, as they would during the run.
extension CasemanagerState {
  /// First tasks, referrals and meetings of a person admitted on `day` after `d.admissionDay`.
  mutating func takeWithHistory(_ d: inout Detainee, on day: Int, _ out: inout Outbox<Message>) {
    let a = d.admissionDay
    // Pilots and desks reached the person from their admission on.
    casework.applyMechanisms(to: &d, day: a)
    let screeningAvailable = a + (d.inDenial ? parameters.population.denialPhaseDays : 0)
    let screeningDue = clock.addingWorkingDays(parameters.deadlines.screeningWorkingDays, to: a)
    if let screened = historyDay(available: screeningAvailable, due: screeningDue, before: day) {
      screeningHistory(&d, screened: screened, on: day, &out)
    } else {
      casework.addTask(
        .screening, for: d, available: max(day, screeningAvailable), due: screeningDue,
        hours: casework.screeningHours(d))
    }
    // The casemanager's call was made in the past; the municipality answers it now.
    let contactDue = clock.addingWorkingDays(parameters.deadlines.contactWorkingDays, to: a)
    if d.returnContactDay > Day(contactDue) {
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

  /// Screening done before day 0, with what follows from it: the plan, the assisted-living
  /// referral, the ZVH and the joint conversation, each done in the past when its deadline was.
  private mutating func screeningHistory(_ d: inout Detainee, screened: Int, on day: Int, _ out: inout Outbox<Message>)
  {
    let p = parameters
    let a = d.admissionDay
    d.screeningDay = Day(screened)
    // How much of the plan was registered depends on the load at the time: decided at the
    // person's first MDO in the run, with the load then.
    d.registrationPending = true
    if p.mechanisms.zvh, d.luck.zvh < p.mechanisms.zvhShare { casework.reachReturnMunicipality(&d, on: Day(screened)) }
    // The plan could be worked on from the screening, which was before day 0.
    let planned = historyDay(available: screened, due: a + p.deadlines.planDays, before: day)!
    d.planDay = Day(planned)
    if d.needsAssistedLiving {
      d.careReferralDay = Day(planned)
      casework.referToCare(d, on: planned, &out)
    }
    // The bank account applied for from the plan, in the past when it could be.
    let practice = context.practice
    if practice.lacksAccount(d) {
      if let applied = historyDay(available: planned, due: planned + p.deadlines.planDays, before: day) {
        d.bankAccountDay = practice.accountOpened(d, appliedOn: applied)
      } else {
        casework.addBankAccountTask(for: d, from: day)
      }
    }
    // The joint conversation, planned from the screening; held if a partner came (the draws of
    // `Casework.complete`; the municipality only when in contact by then).
    let partners = p.mechanisms.chainPartnersInInstitution
    let conversationDue = a + p.deadlines.jointConversationDays
    if d.anyContactDay != .never || d.judicialTitle || partners {
      // Without contact only probation or partners present in the PI can be invited, at once.
      let from = d.judicialTitle || partners ? screened : max(screened, d.anyContactDay.raw)
      if let held = historyDay(available: from, due: conversationDue, before: day) {
        let municipality =
          partners
          || (d.anyContactDay <= Day(held)
            && d.luck.municipalityAttends < p.municipalities.jointConversationAttendanceProbability)
        let probation =
          d.judicialTitle
          && (partners || d.luck.probationAttends < p.probation.jointConversationAttendanceProbability)
        if municipality || probation { d.jointConversationDay = Day(held) }
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
  /// past MDO from the stream the MDO itself uses.
  private func pastMeetings(_ d: inout Detainee, before day: Int) {
    let p = parameters
    let a = d.admissionDay
    let conferences = p.caseConferences
    if conferences.agreed {
      d.conferencesHeld += max(0, (day - 1 - a) / conferences.intervalDays)
    } else {
      let interval = p.casemanagers.mdoIntervalDays
      var k = 1
      while a + k * interval < day {
        if random.uniform(Label.casework, d.id, StreamLabel(raw: UInt64(k))) < conferences.adHocProbability {
          d.conferencesHeld += 1
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
