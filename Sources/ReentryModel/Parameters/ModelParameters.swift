import ScenarioFormat

/// The resolved scenario as typed values, read once before a run.
///
/// Field names follow the catalog paths; see `ParameterCatalog` for units and
/// sources. Nothing in the model reads a scenario path directly.
public struct ModelParameters: Sendable {
  public struct Run: Sendable {
    public var seed: UInt64, replications: Int
    public var warmupDays: Int, measuredDays: Int, followUpDays: Int, timeseriesIntervalDays: Int
    /// First simulated day that is no longer simulated.
    public var horizonDays: Int { warmupDays + measuredDays + followUpDays }
    /// Releases on days in this range are measured.
    public var measuredWindow: Range<Int> { warmupDays..<(warmupDays + measuredDays) }
  }
  public struct Population: Sendable {
    public var releasesPerYear: Double
    public var sentenceLengthEdgesDays: [Double], sentenceLengthWeights: [Double]
    public var shortSentenceBelowDays: Int
    public var lvbShare, selfReliantShare, denialPhaseShare: Double
    public var denialPhaseDays: Int
    public var returnDiffersProbability, urbanExponent: Double
    public var judicialTitleShortProbability, judicialTitleLongProbability: Double
  }
  public struct Needs: Sendable {
    public var noIdShare, noHousingShare, noIncomeShare, debtsShare, careShare: Double
    public var benefitIncomeShare: Double
    public var housingAtRiskAfterDays: Int
    public var housingLossProbability, assistedLivingShare: Double
  }
  public struct Institutions: Sendable {
    public var regionalCount, nationalCount: Int
    public var nationalPlacementShare: Double
    public var capacitySlack: Double
  }
  public enum StaffingMode: String, Sendable { case staffedToNorm, fixedStaff }
  public struct Casemanagers: Sendable {
    public var caseloadNorm: Int
    public var staffingMode: StaffingMode
    public var fixedStaffTotal: Int
    public var hoursPerWeek, screeningHours: Double
    public var lvbScreeningSessions: Int
    public var planRegistrationHours, registrationBurdenFactor: Double
    public var contactHours, contactSearchHours, farPlacementSearchFactor: Double
    public var jointConversationHours, mdoHours: Double
    public var mdoIntervalDays: Int
    public var caseConferenceHours, releaseCoordinationHours: Double
    public var releaseCoordinationLeadDays: Int
    public var conditionRequestHours: Double
    public var lvbSupportFactor: Double
  }
  public struct Deadlines: Sendable {
    public var screeningWorkingDays, contactWorkingDays, planDays, jointConversationDays: Int
  }
  public struct Information: Sendable {
    public var contactDetailsOnSheet, fullSheet, sharedSystem: Bool
    public var sharedSystemBurdenFactor: Double
    public var returnAddressVerifiedProbability, gdprRefusalProbability: Double
    public var institutionAnswersProbability: Double
    public var requestDelayDays: Int
  }
  public struct CaseConferences: Sendable {
    public var agreed: Bool
    public var intervalDays: Int
    public var adHocProbability, digitalHoursFactor: Double
  }
  /// Behaviour that differs by municipality size class.
  public struct SizeClassBehaviour: Sendable {
    public var proactiveProbability, responsiveProbability, rentContinuationProbability: Double
    public var visitsInstitution: Bool
    public var aftercarePlacesPer10k: Double
  }
  public struct Municipalities: Sendable {
    public var smallBelowPopulation, largeFromPopulation: Int
    public var small, medium, large: SizeClassBehaviour
    public var earlyInvolvement: Bool
    public var earlyInvolvementProactiveProbability: Double
    public var jointConversationAttendanceProbability: Double
    public var responseDelayDays: Int
    public var reportAtCounterMeanDays: Double
    public var lvbReportDelayFactor: Double
    public var rentContinuationMaxDays: Int

    public func behaviour(_ size: SizeClass) -> SizeClassBehaviour {
      switch size {
      case .small: small
      case .medium: medium
      case .large: large
      }
    }
  }
  public struct Conditions: Sendable {
    public var leadTimeCV, idLeadTimeDays, benefitPreparationDays: Double
    public var benefitPaymentDaysPrepared: Int
    public var benefitDecisionMeanDays: Double
    public var benefitDecisionMaxDays: Int
    public var housingSearchMeanDays, housingMarketTightness: Double
    public var debtArrangementDays, careArrangementDays: Double
  }
  public struct RIC: Sendable {
    public var enabled: Bool
    public var hoursPerWeek: Double
    public var startAfterDays: Int
    public var idSelfHelpProbability, debtSelfHelpProbability, lvbSelfHelpFactor: Double
  }
  public struct Probation: Sendable {
    public var spareCapacityShare, supervisionMeanDays, jointConversationAttendanceProbability: Double
  }
  public struct Care: Sendable {
    public var spareCapacityShare, placementMeanDays: Double
    public var initialWaitingList: Int
  }
  public struct Mechanisms: Sendable {
    public var municipalDesk: Bool
    public var municipalDeskContactDays: Int
    public var rioPilot: Bool
    public var rioMaxStayDays, rioContactDays: Int
    public var zvh: Bool
    public var zvhShare: Double
    public var huisVanHerstel: Bool
    public var huisVanHerstelShare: Double
    public var huisVanHerstelMinStayDays, huisVanHerstelMaxDays: Int
    public var chainPartnersInInstitution: Bool
    public var chainPartnersHoursFactor: Double
  }

  public var run: Run
  public var population: Population
  public var needs: Needs
  public var institutions: Institutions
  public var casemanagers: Casemanagers
  public var deadlines: Deadlines
  public var information: Information
  public var caseConferences: CaseConferences
  public var municipalities: Municipalities
  public var conditions: Conditions
  public var ric: RIC
  public var probation: Probation
  public var care: Care
  public var mechanisms: Mechanisms
}
