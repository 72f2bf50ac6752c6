/// Everything actors say to each other; timers are messages to oneself.
///
/// Cases that carry a whole detainee are `indirect`, so a message stays a few
/// words long and moving it through queues copies a pointer, not the
/// detainee (profiling showed those copies dominating a run).
public enum Message: Sendable {
  // Admissions office.
  case admitToday
  indirect case admission(Detainee)
  // Institution ↔ municipality.
  indirect case notification(InformationSheet)
  /// The casemanager seeks contact; `agreed` when partners committed to it (agreed case conferences).
  case casemanagerCall(detainee: Int, institution: Int, agreed: Bool)
  case informationRequest(detainee: Int, from: Int)
  case informationReply(detainee: Int, answered: Bool)
  case municipalContact(detainee: Int, municipality: Int, rentContinued: Bool)
  case municipalWorkStarted(detainee: Int, municipality: Int)
  // Release and handover: the detainee value moves to the return municipality.
  indirect case release(Detainee, ReleaseRecord?)
  case supervisionRequest(detainee: Int, releaseDay: Int, owner: Int)
  case supervisionStarted(detainee: Int)
  indirect case careReferral(CareReferral)
  case careStarted(detainee: Int)
  // Timers.
  case institutionTimer(InstitutionTimer)
  case supervisionEnds
  case placementEnds
  case initialise
}

/// The information sheet (informatieblad) and Injus notification to a municipality.
public struct InformationSheet: Sendable {
  public let detainee: Int
  public let institution: Int
  public let farFromHome: Bool
  public let judicialTitle: Bool
  /// The casemanager's name and number are on the sheet (recommendation 2).
  public let contactDetails: Bool
  /// Full help questions and LVB instead of yes/no (recommendation 3).
  public let fullHelpQuestions: Bool
}

/// A request for an assisted/protected living place, sent when the person has left prison.
public struct CareReferral: Sendable {
  public let detainee: Int
  /// When the referral was made: during detention by the PI, or after release by the municipality.
  public let referralDay: Int
  public let releaseDay: Int
  /// The municipality to tell when the place starts (-1: nobody).
  public let owner: Int
}

/// Timers an institution sets for itself.
public enum InstitutionTimer: Sendable {
  case workday
  case mdo(detainee: Int)
  case conference(detainee: Int)
  case release(detainee: Int)
}
