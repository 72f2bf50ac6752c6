/// What the model knows about one release: the row of `releases.csv`.
public struct ReleaseRecord: Sendable {
  public let detainee: DetaineeID
  public let institution: Int
  public let admissionDay: Int
  public let releaseDay: Int
  public let shortSentence: Bool
  public let registeredMunicipality: Int
  public let returnMunicipality: Int
  public let sizeClass: SizeClass
  public let lvb: Bool
  public let selfReliant: Bool
  public let judicialTitle: Bool
  public let initialStock: Bool
  public let farFromHome: Bool
  public let needsAtEntry: ConditionSet
  public let needsAtRelease: ConditionSet
  /// Conditions in order at release (not needed counts as in order). Care for someone who
  /// needs assisted living is added once the place turns out to start on the release day.
  public var inOrder: ConditionSet
  /// Conditions in order at release or handed over to a named partner with a start date (seed
  /// 003 §6.3: "met passende begeleiding"); always a superset of `inOrder`.
  public var arranged: ConditionSet
  /// Continued (ambulant) care arranged by release, when care is needed.
  public let ambulantCareArranged: Bool
  public let municipalContact: Bool
  /// Every help question of the entry needs was registered in the D&R plan (nil: none needed).
  public let registrationComplete: Bool?
  public let screeningDay: Int
  public let planDay: Int
  public let returnContactDay: Int
  public let jointConversationDay: Int
  public let screeningOnTime: Bool?
  public let planOnTime: Bool?
  public let jointConversationOnTime: Bool?
  public let caseConferences: Int
  /// Case conferences held without any partner (held minus those a partner joined).
  public var caseConferencesWithoutPartner = 0
  /// Case conferences a municipality joined.
  public var conferencesWithMunicipality = 0
  public let daysToIncome: Int?
  public let daysWithoutHousing: Int?
  /// Filled in after release by probation and the care provider; nil when not applicable.
  public var probationWaitDays: Int?
  public var probationWaitCensored = false
  public var careWaitDays: Int?
  public var careWaitCensored = false
  /// Days from release until the person left the care waiting list without a place (nil: did
  /// not leave it, or needed no place); such a person has no `careWaitDays`.
  public var careLeftDays: Int?
  /// A non-criminal social network at entry, and still at release (not a basic condition;
  /// seed 003:733-734, 1456-1471).
  public let socialNetworkAtEntry: Bool
  public let socialNetworkKept: Bool
  /// Needed income and had no usable bank account at release, so `daysToIncome` also waits for
  /// one (seed 003:1337-1339), beside the benefit decision.
  public let lacksBankAccount: Bool

  public var stayDays: Int { releaseDay - admissionDay }
  /// Every needed basic condition in order.
  public var releaseReady: Bool { inOrder.count == BasicCondition.allCases.count }
  /// Every needed basic condition in order or arranged: ready, or prepared and handed over.
  public var releasePrepared: Bool { arranged.count == BasicCondition.allCases.count }
}
