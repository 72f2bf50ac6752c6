extension ModelParameters {
  /// Partners as people with hours (seed 003): municipal aftercare coordinators and
  /// probation officers, what their work on a case takes, and how they choose.
  public struct Partners: Sendable, Equatable {
    /// Aftercare coordinator FTE per 100,000 inhabitants, by size class.
    public var coordinatorFTEPer100kSmall: Double = 0, coordinatorFTEPer100kMedium: Double = 0,
      coordinatorFTEPer100kLarge: Double = 0
    /// Hours a week one coordinator FTE has for detainees' cases.
    public var coordinatorHoursPerFTE: Double = 0
    /// Probation officers' weekly hours for the detention phase, per 1,000 releases a year.
    public var probationHoursPerWeekPer1000Releases: Double = 0
    /// A partner's hours per item.
    public var conferenceHours: Double = 0, jointConversationHours: Double = 0, requestHours: Double = 0
    public var intakeHours: Double = 0, benefitPreparationHours: Double = 0, housingSearchHours: Double = 0
    public var probationContactHours: Double = 0
    /// Conference attendance: a municipality that does not follow the case proactively, and one
    /// that declined this case's last invitation, joins with its chance times these.
    public var reactiveConferenceFactor: Double = 0, afterDeclineConferenceFactor: Double = 0
    /// The chance of a delayed supervision intake times this when probation spoke the detainee
    /// during detention (a warm handover).
    public var warmHandoverIntakeFactor: Double = 0

    /// Coordinator FTE per 100,000 inhabitants in a municipality of `size`.
    public func coordinatorFTEPer100k(_ size: SizeClass) -> Double {
      switch size {
      case .small: coordinatorFTEPer100kSmall
      case .medium: coordinatorFTEPer100kMedium
      case .large: coordinatorFTEPer100kLarge
      }
    }
  }
}
