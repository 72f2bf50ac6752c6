/// Everything actors say to each other; timers are messages to oneself.
///
/// Every case is plain data of a few words, so a message is copied by a
/// plain memory copy: no boxes, reference counts or per-case copy code. No
/// message carries a whole detainee. An admission names the detainee and the
/// institution draws the attributes from the detainee's own random stream,
/// as the admissions office did; a release hands the municipality only what
/// it acts on, and the release record stays with the institution until the
/// end of the run. (When two cases boxed a detainee, the boxes, their
/// reference counts and the per-case copy code took over a tenth of a
/// national run.)
public enum Message: Sendable {
  // Admissions office.
  case admitToday
  case admission(Admission)
  // Institution ↔ casemanager.
  /// The PI assigned the case to this casemanager; the casemanager draws the person from the
  /// detainee's own stream, as the admissions office did.
  case caseAssigned(Admission)
  /// The release day has come: the casemanager ends the case and hands the person over.
  case releaseDue(detainee: DetaineeID)
  /// The PI lets this casemanager go: pass the case on to the casemanager actor `to`.
  case handOver(detainee: DetaineeID, to: Int)
  /// A case handed over by a casemanager who left, with its open tasks: it waits at the
  /// replication's `HandoverDesk` (a detainee inline would make every message as large as a
  /// detainee, and a box would make every message reference-counted).
  case caseHandedOver(HandoverTicket)
  /// What the run's casework gives, for the history of the people inside on day 0 (see
  /// `InstitutionState.answerHistory`): a sample, a casemanager's request for a case, the answer.
  case historySample(HistorySample)
  case historyWanted(detainee: DetaineeID)
  case historySettled(detainee: DetaineeID, share: Double?, wait: Int?)
  // Casemanager or institution ↔ municipality and probation.
  case notification(InformationSheet)
  /// The casemanager seeks contact (`casemanager`: its actor, the number to call back).
  case casemanagerCall(detainee: DetaineeID, casemanager: Int)
  /// An agreed case conference (recommendation 5): the invited partner decides whether to join.
  case conferenceInvitation(detainee: DetaineeID, casemanager: Int)
  /// The municipality joined a case conference (it also makes contact, if it had none).
  case conferenceJoined(detainee: DetaineeID, municipality: Int)
  /// Probation joined a case conference, with its information on the case.
  case probationAtConference(detainee: DetaineeID)
  case informationRequest(detainee: DetaineeID, from: Int)
  /// `fromProbation`: probation's answer (its information on the case), not the PI's;
  /// `casemanager`: the actor the PI's liaison named (nil when not answered, or from probation).
  case informationReply(detainee: DetaineeID, answered: Bool, fromProbation: Bool, casemanager: Int?)
  /// Probation refused the municipality's request (the GDPR): the municipality lacks its information.
  case informationRefused(detainee: DetaineeID, municipality: Int)
  case municipalContact(detainee: DetaineeID, municipality: Int, rentContinued: Bool)
  /// A municipality's own timer: the contacts it put off in one step for want of coordinator
  /// hours are due (the batch it keeps under that number, in the order they were put off).
  case contactsDue(batch: Int)
  /// The partner was at the joint conversation on the draft plan (its hours are spent).
  case jointConversationHeld(detainee: DetaineeID)
  /// Probation reads the plan of a case with a judicial title in a shared system.
  case probationInformed(detainee: DetaineeID)
  /// The casemanager's coordination before release reached probation.
  case releaseCoordinated(detainee: DetaineeID)
  case municipalWorkStarted(detainee: DetaineeID, municipality: Int)
  /// Injus's end-of-detention notice (seed 003: JustID reports the begin and end date to the
  /// municipality concerned), for a notified municipality that is not the return municipality.
  case detentionEnded(detainee: DetaineeID)
  // Release and handover to the return municipality.
  case release(Handover)
  case supervisionRequest(detainee: DetaineeID, releaseDay: Int, owner: Int)
  case supervisionStarted(detainee: DetaineeID)
  /// Probation's intake of a supervision it could not arrange at release, a timer to itself.
  case supervisionIntake(detainee: DetaineeID, owner: Int)
  case careReferral(CareReferral)
  /// A referral made during detention reaching the window in which a place may be held for it,
  /// a timer of the care provider to itself.
  case careReferralDue(CareReferral)
  case careStarted(detainee: DetaineeID, releaseDay: Int)
  /// A start arranged on the release day for someone still inside (to the owner municipality).
  case careArranged(detainee: DetaineeID, startDay: Int)
  /// The end of a referral's patience on the list, a timer of the care provider to itself.
  case careWaitLapses(detainee: DetaineeID)
  /// The person left the waiting list without a place (to the owner municipality).
  case careWaitingLeft(detainee: DetaineeID)
  // Timers.
  case institutionTimer(InstitutionTimer)
  case casemanagerTimer(CasemanagerTimer)
  case supervisionEnds
  case placementEnds
  case initialise
}

/// Someone arriving at an institution: who, and where the admissions office placed them.
public struct Admission: Sendable {
  public let detainee: DetaineeID
  /// The admissions office's day; with `initialStock` the person was already inside on day 0.
  public let day: Int
  public let initialStock: Bool
  /// The institution index, which differs from the regional one when that PI was full.
  public let institution: Int
  public let farFromHome: Bool
  /// Known to the admissions office, which keeps places; the PI keeps the release calendar.
  public let releaseDay: Int
}

/// What the return municipality is told on the day of release (the handover).
public struct Handover: Sendable {
  public let detainee: DetaineeID
  public let releaseDay: Int
  /// The date of the assisted-living referral (`never`: no such need): the PI's
  /// referral during detention, or the day the person reports at the municipality.
  public let careReferralDay: Day
  /// Days after release until the municipality can send that referral.
  public let careReferralDelay: Int
  /// The PI already sent the referral during detention; the municipality does not send it again.
  public let referredDuringDetention: Bool
  /// Supervision by probation follows (a judicial title).
  public let judicialTitle: Bool
  /// The release falls in the measured window, so its waits complete a release record.
  public let measured: Bool

  public var needsAssistedLiving: Bool { careReferralDay != .never }
}

/// The information sheet (informatieblad) and Injus notification to a municipality.
public struct InformationSheet: Sendable {
  public let detainee: DetaineeID
  public let institution: Int
  /// The casemanager's actor: what a municipality reaches once it has the contact details (from
  /// the sheet with recommendation 2, by visiting the PI, or from the PI's liaison).
  public let casemanager: Int
  public let farFromHome: Bool
  public let judicialTitle: Bool
  /// The casemanager's name and number are on the sheet (recommendation 2).
  public let contactDetails: Bool
  /// Full help questions and LVB instead of yes/no (recommendation 3).
  public let fullHelpQuestions: Bool
  /// The help questions answered yes (the sheet's yes/no answers): what the municipality's
  /// coordinator will have to work on once it takes the case.
  public let helpQuestions: ConditionSet
}

/// A request for an assisted/protected living place: sent by the PI when the plan is fixed
/// during detention, or by the municipality after release.
public struct CareReferral: Sendable {
  public let detainee: DetaineeID
  /// When the referral was made: during detention by the PI, or after release by the municipality.
  public let referralDay: Day
  /// The release day (`beforeTheRun` for people already waiting at the start).
  public let releaseDay: Day
  /// The municipality actor to tell when the place starts (nil: nobody, for people already
  /// waiting at the start).
  public let owner: Int?
}

/// Timers an institution sets for itself: its release calendar.
public enum InstitutionTimer: Sendable {
  case release(detainee: DetaineeID)
}

/// Timers a casemanager sets for itself.
public enum CasemanagerTimer: Sendable {
  case workday
  /// The wrong return address of a case is found and corrected.
  case addressCorrected(detainee: DetaineeID)
}
