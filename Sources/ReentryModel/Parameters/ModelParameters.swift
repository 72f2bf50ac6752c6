/// The resolved scenario as typed values, read once before a run.
///
/// Field names follow the catalog paths; see `ParameterCatalog` for units,
/// sources and defaults. Nothing in the model reads a scenario path directly.
///
/// The zeros, `false`s and empty lists below are not defaults but blanks:
/// `ModelParameters(scenario)` starts from them and lets every catalog
/// binding fill its field, and `CatalogTests` proves that every stored field
/// is bound by exactly one catalog entry, so no blank survives. Keeping the
/// defaults in the catalog alone means a default is written once.
public struct ModelParameters: Sendable, Equatable {
  public struct Run: Sendable, Equatable {
    public var seed: UInt64 = 0, replications: Int = 0
    public var warmupDays: Int = 0, measuredDays: Int = 0, followUpDays: Int = 0, timeseriesIntervalDays: Int = 0
    /// First simulated day that is no longer simulated.
    public var horizonDays: Int { warmupDays + measuredDays + followUpDays }
    /// Releases on days in this range are measured.
    public var measuredWindow: Range<Int> { warmupDays..<(warmupDays + measuredDays) }
  }
  public struct Population: Sendable, Equatable {
    public var releasesPerYear: Double = 0
    public var sentenceLengthEdgesDays: [Double] = [], sentenceLengthWeights: [Double] = []
    public var shortSentenceBelowDays: Int = 0
    public var lvbShare: Double = 0, selfReliantShare: Double = 0, denialPhaseShare: Double = 0
    public var denialPhaseDays: Int = 0
    public var returnDiffersProbability: Double = 0, urbanExponent: Double = 0
    public var judicialTitleShortProbability: Double = 0, judicialTitleLongProbability: Double = 0
  }
  public struct Needs: Sendable, Equatable {
    public var noIdShare: Double = 0, noHousingShare: Double = 0, noIncomeShare: Double = 0, debtsShare: Double = 0,
      careShare: Double = 0
    public var benefitIncomeShare: Double = 0
    public var housingAtRiskAfterDays: Int = 0
    public var housingLossProbability: Double = 0, assistedLivingShare: Double = 0
  }
  public struct Institutions: Sendable, Equatable {
    public var regionalCount: Int = 0, nationalCount: Int = 0
    public var nationalPlacementShare: Double = 0
    public var capacitySlack: Double = 0
  }
  public enum StaffingMode: String, Sendable, CaseIterable { case staffedToNorm, fixedStaff }
  public struct Casemanagers: Sendable, Equatable {
    public var caseloadNorm: Int = 0
    public var staffingMode: StaffingMode = .staffedToNorm
    public var fixedStaffTotal: Int = 0
    public var handOverCases: Bool = false
    public var handoverSpareCaseloads: Double = 0, handoverHours: Double = 0
    public var hoursPerWeek: Double = 0, screeningHours: Double = 0
    public var lvbScreeningSessions: Int = 0
    public var planRegistrationHours: Double = 0, registrationBurdenFactor: Double = 0
    public var contactHours: Double = 0, contactSearchHours: Double = 0, farPlacementSearchFactor: Double = 0
    public var jointConversationHours: Double = 0, mdoHours: Double = 0
    public var mdoIntervalDays: Int = 0
    public var caseConferenceHours: Double = 0, releaseCoordinationHours: Double = 0
    public var releaseCoordinationLeadDays: Int = 0
    public var conditionRequestHours: Double = 0
    public var lvbSupportFactor: Double = 0
    public var lvbAttentionDroppedUnderPressure: Bool = false
    public var lvbUnsupportedRecognitionProbability: Double = 0
    public var paidHoursPerWeek: Double = 0
    public var fullRegistrationBacklogWeeks: Double = 0
  }
  /// The people inside on day 0 and the casework history imputed to them.
  public struct InitialStock: Sendable, Equatable {
    public var historyWaitShareOfSlack: Double = 0
    public var stationaryFromDay: Int = 0
  }
  public struct Deadlines: Sendable, Equatable {
    public var screeningWorkingDays: Int = 0, contactWorkingDays: Int = 0, planDays: Int = 0,
      jointConversationDays: Int = 0
  }
  public struct Information: Sendable, Equatable {
    public var contactDetailsOnSheet: Bool = false, fullSheet: Bool = false, sharedSystem: Bool = false
    public var sharedSystemBurdenRatio: Double = 0
    public var sharedSystemInformation: Bool = false, sharedSystemSavesHours: Bool = false
    public var sharedSystemIntroductionHours: Double = 0, sharedSystemYearlyHours: Double = 0
    public var partnersAdjustToLvb: Bool = false
    public var returnAddressVerifiedProbability: Double = 0, gdprRefusalProbability: Double = 0
    public var staffKnowTheyMayShare: Bool = false
    public var mayShareRefusalRatio: Double = 0
    public var institutionAnswersProbability: Double = 0
    public var requestDelayDays: Int = 0
    public var addressCorrectionMeanDays: Double = 0
  }
  public struct CaseConferences: Sendable, Equatable {
    public var agreed: Bool = false
    public var intervalDays: Int = 0
    public var adHocProbability: Double = 0, digitalHoursFactor: Double = 0
    public var municipalityAttendanceProbability: Double = 0, probationAttendanceProbability: Double = 0
  }
  /// Behaviour that differs by municipality size class.
  public struct SizeClassBehaviour: Sendable, Equatable {
    public var proactiveProbability: Double = 0, responsiveProbability: Double = 0,
      rentContinuationProbability: Double = 0
    public var visitsInstitution: Bool = false
    public var aftercarePlacesPer10k: Double = 0
    public var jobSupportProbability: Double = 0
  }
  public struct Municipalities: Sendable, Equatable {
    public var smallBelowPopulation: Int = 0, largeFromPopulation: Int = 0
    public var small = SizeClassBehaviour(), medium = SizeClassBehaviour(), large = SizeClassBehaviour()
    public var earlyInvolvement: Bool = false
    public var earlyInvolvementProactiveProbability: Double = 0
    public var jointConversationAttendanceProbability: Double = 0
    public var responseDelayDays: Int = 0
    public var reportAtCounterMeanDays: Double = 0
    public var lvbReportDelayFactor: Double = 0
    public var rentContinuationMaxDays: Int = 0

    public func behaviour(_ size: SizeClass) -> SizeClassBehaviour {
      switch size {
      case .small: small
      case .medium: medium
      case .large: large
      }
    }
  }
  public struct Conditions: Sendable, Equatable {
    public var leadTimeCV: Double = 0, idLeadTimeDays: Double = 0, benefitPreparationDays: Double = 0
    public var benefitPaymentDaysPrepared: Int = 0
    public var benefitDecisionMeanDays: Double = 0
    public var benefitDecisionMaxDays: Int = 0
    public var housingSearchMeanDays: Double = 0, housingMarketTightness: Double = 0
    public var debtArrangementDays: Double = 0, careArrangementDays: Double = 0
    public var postalAddressWithoutHomeProbability: Double = 0
  }
  public struct RIC: Sendable, Equatable {
    public var enabled: Bool = false
    public var hoursPerWeek: Double = 0
    public var startAfterDays: Int = 0
    public var idSelfHelpProbability: Double = 0, debtSelfHelpProbability: Double = 0, lvbSelfHelpFactor: Double = 0
  }
  public struct Probation: Sendable, Equatable {
    public var spareCapacityShare: Double = 0, supervisionMeanDays: Double = 0,
      jointConversationAttendanceProbability: Double = 0
    public var delayedIntakeShare: Double = 0, delayedIntakeMeanDays: Double = 0
  }
  public struct Care: Sendable, Equatable {
    public var spareCapacityShare: Double = 0, placementMeanDays: Double = 0
    public var initialWaitingList: Int = 0
    public var arrangedStartMaxDays: Int = 0
    /// Mean days a person stays on the waiting list after release before leaving it without a
    /// place (0: nobody leaves).
    public var patienceMeanDays: Double = 0
  }
  public struct Mechanisms: Sendable, Equatable {
    public var municipalDesk: Bool = false
    public var municipalDeskContactDays: Int = 0
    public var rioPilot: Bool = false
    public var rioMaxStayDays: Int = 0, rioContactDays: Int = 0
    public var zvh: Bool = false
    public var zvhShare: Double = 0
    public var huisVanHerstel: Bool = false
    public var huisVanHerstelShare: Double = 0
    public var huisVanHerstelMinStayDays: Int = 0, huisVanHerstelMaxDays: Int = 0
    public var chainPartnersInInstitution: Bool = false
    public var chainPartnersHoursFactor: Double = 0
    public var municipalDeskScope: PilotScope = .pilot, rioScope: PilotScope = .pilot
    public var huisVanHerstelScope: PilotScope = .pilot
  }
  /// A benefit pays only into a bank account, which is hard to open from detention (seed 003).
  public struct BankAccount: Sendable, Equatable {
    public var enabled: Bool = false
    public var noAccountShare: Double = 0, casemanagerHours: Double = 0
    public var openFromDetentionProbability: Double = 0, openFromDetentionDays: Double = 0
    public var openAfterReleaseDays: Double = 0
  }
  /// Income from work, the certificate of conduct (VOG) and municipal job support (seed 003).
  public struct Work: Sendable, Equatable {
    public var enabled: Bool = false
    public var unfitShare: Double = 0, vogRefusedShare: Double = 0, vogRefusedFactor: Double = 0
    public var jobFoundProbability: Double = 0, ownSearchFactor: Double = 0, jobSearchDays: Double = 0
  }
  /// Leave and the social network, a state beside the basic conditions (seed 003).
  public struct Leave: Sendable, Equatable {
    public var enabled: Bool = false
    public var networkShare: Double = 0
    public var networkAtRiskAfterDays: Int = 0
    public var networkLossProbability: Double = 0, grantedProbability: Double = 0
  }
  /// Phasing: the limited secure unit (BBA) and the penitentiary programme (PP) (seed 003).
  public struct Phasing: Sendable, Equatable {
    public var enabled: Bool = false
    public var bbaMinStayDays: Int = 0, bbaPhaseDays: Int = 0
    public var bbaPlacementProbability: Double = 0, elderlyShare: Double = 0, bbaLvbFactor: Double = 0
    public var ppMinStayDays: Int = 0, ppMaxStayDays: Int = 0, ppPhaseDays: Int = 0
    public var ppPlacementProbability: Double = 0
  }
  /// Treatment (addiction or other) that should start during detention (seed 003).
  public struct Treatment: Sendable, Equatable {
    public var enabled: Bool = false
    public var needShare: Double = 0, addictionShare: Double = 0, indicationProbability: Double = 0
    public var indicationDays: Double = 0, startDays: Double = 0
  }
  /// Where a pilot of seed 003 runs: where it exists, or rolled out nationally by a scenario.
  public enum PilotScope: String, Sendable, CaseIterable { case pilot, national }

  public var run = Run()
  public var population = Population()
  public var needs = Needs()
  public var institutions = Institutions()
  public var casemanagers = Casemanagers()
  public var deadlines = Deadlines()
  public var initialStock = InitialStock()
  public var information = Information()
  public var caseConferences = CaseConferences()
  public var municipalities = Municipalities()
  public var conditions = Conditions()
  public var ric = RIC()
  public var probation = Probation()
  public var care = Care()
  public var mechanisms = Mechanisms()
  public var bankAccount = BankAccount()
  public var work = Work()
  public var leave = Leave()
  public var phasing = Phasing()
  public var treatment = Treatment()
  public var partners = Partners()
}
