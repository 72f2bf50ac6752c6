/// A detainee: a value owned by exactly one actor at a time.
///
/// The admissions office creates it, the institution holds it during
/// detention, and the release message hands it to the return municipality.
/// Attributes are drawn once at creation; casework facts are days (`never`
/// when something did not happen) that the release evaluation reads.
public struct Detainee: Sendable {
  /// Marks a day on which something never happened, in the release evaluation's day numbers
  /// (the stored facts are `Day`s, with `Day.never`).
  public static let never = Day.never.raw

  // Stored fields in the order the casework reads them: the first cache line holds what
  // a timer, a finished task or a municipality's contact touches (the order changes no result).
  public let id: DetaineeID
  public let releaseDay: Int
  public let admissionDay: Int
  /// Contact with any municipality (enough for an ID request).
  public var anyContactDay = Day.never
  /// Contact with the actual return municipality.
  public var returnContactDay = Day.never
  public let returnMunicipality: Int
  public let initialStock: Bool
  public let judicialTitle: Bool
  public let lvb: Bool
  public var rentContinued = false
  public var contactTaskPending = false
  /// The casemanager's call was made (a declined call is not repeated at every MDO).
  public var contactCalled = false
  /// Probation refused the return municipality's information request (the GDPR).
  public var probationRefused = false
  /// Probation shared its information with the return municipality at a case conference.
  public var probationInformationDay = Day.never
  /// The last agreed case conference the return municipality, and probation, joined.
  public var conferenceMunicipalityDay = Day.never
  public var conferenceProbationDay = Day.never
  public var jointConversationPending = false
  public var releaseCoordinated = false
  /// Help questions the casemanager registered in the D&R plan in Tulp: under time pressure
  /// not all of them (seed 003 "niet alles registreren"); partners read only these.
  public var registered = ConditionSet()
  /// Help questions that would have been registered but that an LVB detainee did not bring up
  /// without the extra attention the casemanager had no time for (see `LvbAttention`).
  public var lvbUnrecognised = ConditionSet()
  /// The registration of someone already inside on day 0 is decided at their first MDO in the run.
  public var registrationPending = false
  /// Someone inside on day 0 whose joint conversation could be held before it: from this day (see `Casework.settleHistory`).
  public var historyConversationFrom = Day.never
  /// The return municipality went through the whole plan at the table with the casemanager (a
  /// joint conversation or case conference it joined): it knows every help question.
  public var planDiscussedDay = Day.never

  /// The municipality Injus notified (nil until the casemanager registers the case): the
  /// registered one unless the return address was verified, corrected to the return one later.
  public var notifiedMunicipality: Int?
  /// The day the return municipality was notified: at admission, or when a wrong address was corrected.
  public var returnNotifiedDay = Day.never
  public var screeningDay = Day.never
  public var planDay = Day.never
  public var jointConversationDay = Day.never
  /// The return municipality works on the case without contact (proactive + full sheet).
  public var returnWorkWithoutContactDay = Day.never
  /// The PI's assisted-living referral during detention (`never`: none).
  public var careReferralDay = Day.never
  /// A usable bank account opened from detention (seed 003:1337-1339; `never`: none opened).
  public var bankAccountDay = Day.never
  /// Case conferences a partner joined, and all held (ad hoc or agreed), during the stay.
  public var caseConferences = 0
  public var conferencesHeld = 0
  /// Case conferences a municipality (the notified one) joined.
  public var conferencesWithMunicipality = 0
  /// The day of the last conference a partner joined (two partners at one count once).
  public var lastPartnerConferenceDay = Day.never
  /// Needs at entry (seed 001 shares).
  public let needsAtEntry: ConditionSet
  public let needsAssistedLiving: Bool
  public let registeredMunicipality: Int
  /// Set by the admissions office, which knows which PIs are full.
  public var institution: Int
  public var farFromHome: Bool
  public let selfReliant: Bool
  public let inDenial: Bool
  /// Living on a benefit that stops on detention (creates an income need).
  public let benefitStops: Bool
  /// Per-detainee uniform draws fixed at creation (common random numbers).
  public let luck: Luck

  public var stayDays: Int { releaseDay - admissionDay }

  public init(
    id: DetaineeID, admissionDay: Int, releaseDay: Int, initialStock: Bool,
    registeredMunicipality: Int, returnMunicipality: Int, institution: Int,
    farFromHome: Bool, lvb: Bool, selfReliant: Bool, inDenial: Bool, judicialTitle: Bool,
    needsAtEntry: ConditionSet, benefitStops: Bool, needsAssistedLiving: Bool, luck: Luck
  ) {
    self.id = id
    self.admissionDay = admissionDay
    self.releaseDay = releaseDay
    self.initialStock = initialStock
    self.registeredMunicipality = registeredMunicipality
    self.returnMunicipality = returnMunicipality
    self.institution = institution
    self.farFromHome = farFromHome
    self.lvb = lvb
    self.selfReliant = selfReliant
    self.inDenial = inDenial
    self.judicialTitle = judicialTitle
    self.needsAtEntry = needsAtEntry
    self.benefitStops = benefitStops
    self.needsAssistedLiving = needsAssistedLiving
    self.luck = luck
  }
}

/// Draws fixed per detainee at creation, in a fixed order.
///
/// Uniforms decide yes/no questions by `u < p`, so raising `p` in a scenario
/// only changes the outcome for the detainees at the margin; normals give
/// lead times by `exp(mu + sigma * z)`. New draws go at the end.
public struct Luck: Sendable {
  public var verifyAddress = 0.0, housingLoss = 0.0, ricId = 0.0, ricDebt = 0.0
  public var zvh = 0.0, huisVanHerstel = 0.0, probationAttends = 0.0, municipalityAttends = 0.0
  public var zId = 0.0, zBenefit = 0.0, zHousing = 0.0, zDebt = 0.0, zCare = 0.0
  public var zReport = 0.0, zDecision = 0.0
}
