extension ParameterCatalog {
  /// The re-integration centre (RIC), where detainees work on their own conditions.
  static let ric: [ParameterBinding] = [
    bind("ric.enabled", \.ric.enabled, .boolean, true, source: "seed 000, seed 001", "The RIC is open to detainees"),
    bind(
      "ric.hoursPerWeek", \.ric.hoursPerWeek, .number(min: 0, max: 40), 4, unit: "hours/week",
      source: "seed 001 (4 hours a week for reintegration)",
      "Hours for reintegration activities; self-help lead times scale with 4 / this"),
    bind(
      "ric.startAfterDays", \.ric.startAfterDays, .integer(min: 0, max: 365), 14, unit: "days", source: assumption,
      "Days after entry before a detainee starts in the RIC"),
    bind(
      "ric.idSelfHelpProbability", \.ric.idSelfHelpProbability, .probability, 0.6, unit: "share", source: assumption,
      "Chance that a self-reliant detainee arranges an ID via the RIC"),
    bind(
      "ric.debtSelfHelpProbability", \.ric.debtSelfHelpProbability, .probability, 0.3, unit: "share",
      source: assumption,
      "Chance that a self-reliant detainee arranges debts via the RIC"),
    bind(
      "ric.lvbSelfHelpFactor", \.ric.lvbSelfHelpFactor, .number(min: 0, max: 1), 0.2,
      source: "seed 003 (LVB detainees mostly cannot); value assumption",
      "Multiplier on self-help chances for LVB detainees"),
  ]

  /// Probation (reclassering): advice during detention, supervision after.
  static let probation: [ParameterBinding] = [
    bind(
      "probation.spareCapacityShare", \.probation.spareCapacityShare, .number(min: -0.5, max: 5), 0.05, unit: "share",
      source: "seed 003 footnote (probation: no structural waiting lists); value assumption",
      "Supervision places above the expected steady-state load; above 0 the list is stationary"),
    bind(
      "probation.supervisionMeanDays", \.probation.supervisionMeanDays, .number(min: 1, max: 3650), 365, unit: "days",
      source: assumption, "Mean length of supervision"),
    bind(
      "probation.jointConversationAttendanceProbability", \.probation.jointConversationAttendanceProbability,
      .probability, 0.5, unit: "share",
      source: assumption, "Chance that probation joins a joint conversation it is invited to"),
    bind(
      "probation.delayedIntakeShare", \.probation.delayedIntakeShare, .probability, 0.2, unit: "share",
      source: "seed 003 (supervision starts months later \"met enige regelmaat\"); value assumption",
      "Share of supervisions whose intake is not arranged at release"),
    bind(
      "probation.delayedIntakeMeanDays", \.probation.delayedIntakeMeanDays, .number(min: 1, max: 3650), 75,
      unit: "days",
      source: "seed 003 (\"pas enkele maanden daarna\"); value assumption",
      "Mean (exponential) days from release to the intake of such a supervision"),
  ]

  /// Care providers: assisted and protected living with a waiting list.
  static let care: [ParameterBinding] = [
    bind(
      "care.spareCapacityShare", \.care.spareCapacityShare, .number(min: -0.5, max: 5), 0.0, unit: "share",
      source: "seed 003 (waiting lists up to a year); value assumption",
      "Places above the expected steady-state load of assisted living"),
    bind(
      "care.placementMeanDays", \.care.placementMeanDays, .number(min: 1, max: 3650), 365, unit: "days",
      source: assumption,
      "Mean length of an assisted-living placement"),
    bind(
      "care.initialWaitingList", \.care.initialWaitingList, .integer(min: 0, max: 1_000_000), 400, unit: "people",
      source: "seed 003 (waiting lists); value assumption",
      "People already waiting at the start of the simulation"),
    bind(
      "care.arrangedStartMaxDays", \.care.arrangedStartMaxDays, .integer(min: 0, max: 365), 30, unit: "days",
      source: "seed 003 (referral during detention, waiting lists up to a year); value assumption",
      "Longest a care provider holds a free place for a start arranged on the release day"),
  ]

  /// Mechanisms the sources describe in some places, switched off or on per scenario.
  static let mechanisms: [ParameterBinding] = [
    bind(
      "mechanisms.municipalDesk", \.mechanisms.municipalDesk, .boolean, false, source: "seed 003 (e.g. PI Ter Apel)",
      "A municipal desk in every PI makes contact with each new detainee"),
    bind(
      "mechanisms.municipalDeskContactDays", \.mechanisms.municipalDeskContactDays, .integer(min: 0, max: 365), 5,
      unit: "days",
      source: assumption, "Days after entry before the desk has spoken to a detainee"),
    bind(
      "mechanisms.rioPilot", \.mechanisms.rioPilot, .boolean, false, source: "seed 003 (RIO pilot)",
      "A municipal reintegration officer speaks everyone staying under rioMaxStayDays"),
    bind(
      "mechanisms.rioMaxStayDays", \.mechanisms.rioMaxStayDays, .integer(min: 0, max: 3650), 28, unit: "days",
      source: "seed 003 (shorter than 28 days)", "Stays the RIO covers"),
    bind(
      "mechanisms.rioContactDays", \.mechanisms.rioContactDays, .integer(min: 0, max: 365), 3, unit: "days",
      source: assumption,
      "Days after entry before the RIO has spoken to a detainee"),
    bind(
      "mechanisms.zvh", \.mechanisms.zvh, .boolean, false,
      source: "seed 003 (collaboration works where the ZVH is involved)",
      "The regional care-and-safety house discusses a share of cases with all partners"),
    bind(
      "mechanisms.zvhShare", \.mechanisms.zvhShare, .probability, 0.1, unit: "share", source: assumption,
      "Share of detainees discussed at the ZVH when it is involved"),
    bind(
      "mechanisms.huisVanHerstel", \.mechanisms.huisVanHerstel, .boolean, false,
      source: "seed 003 (last 2-18 months of detention)",
      "Huis van Herstel: intensive preparation in the last months of long stays"),
    bind(
      "mechanisms.huisVanHerstelShare", \.mechanisms.huisVanHerstelShare, .probability, 0.2, unit: "share",
      source: assumption,
      "Share of eligible detainees placed in a Huis van Herstel"),
    bind(
      "mechanisms.huisVanHerstelMinStayDays", \.mechanisms.huisVanHerstelMinStayDays, .integer(min: 0, max: 36_500), 61,
      unit: "days",
      source: "seed 003 (last 2-18 months)", "Shortest stay eligible for a Huis van Herstel"),
    bind(
      "mechanisms.huisVanHerstelMaxDays", \.mechanisms.huisVanHerstelMaxDays, .integer(min: 0, max: 36_500), 548,
      unit: "days",
      source: "seed 003 (last 2-18 months)", "Longest time before release spent in a Huis van Herstel"),
    bind(
      "mechanisms.chainPartnersInInstitution", \.mechanisms.chainPartnersInInstitution, .boolean, false,
      source: "seed 003",
      "Municipality and probation are present in the PI and join every joint conversation"),
    bind(
      "mechanisms.chainPartnersHoursFactor", \.mechanisms.chainPartnersHoursFactor, .number(min: 0, max: 1), 0.5,
      source: assumption,
      "Joint conversation hours relative to normal when partners are present in the PI"),
  ]
}
