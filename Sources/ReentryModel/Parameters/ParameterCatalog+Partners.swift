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
      "Days after entry before a detainee starts in the RIC",
      plausible: 7...28, "after intake and first screening; the RIC is for the whole stay, so within the first month"),
    bind(
      "ric.idSelfHelpProbability", \.ric.idSelfHelpProbability, .probability, 0.6, unit: "share", source: assumption,
      "Chance that a self-reliant detainee arranges an ID via the RIC",
      plausible: 0.4...0.8,
      "seed 000: the RIC helps detainees request an ID, a simple task for those who can work on their own"),
    bind(
      "ric.debtSelfHelpProbability", \.ric.debtSelfHelpProbability, .probability, 0.3, unit: "share",
      source: assumption,
      "Chance that a self-reliant detainee arranges debts via the RIC",
      plausible: 0.15...0.45, "debts need an inventory and creditors: harder than an ID on one's own"),
    bind(
      "ric.lvbSelfHelpFactor", \.ric.lvbSelfHelpFactor, .number(min: 0, max: 1), 0.2,
      source: "seed 003 (LVB detainees mostly cannot); value assumption",
      "Multiplier on self-help chances for LVB detainees",
      plausible: 0.1...0.4, "seed 003: LVB detainees mostly cannot arrange it themselves"),
  ]

  /// Probation (reclassering): advice during detention, supervision after.
  static let probation: [ParameterBinding] = [
    bind(
      "probation.spareCapacityShare", \.probation.spareCapacityShare, .number(min: -0.5, max: 5), 0.05, unit: "share",
      source: "seed 003 footnote (probation: no structural waiting lists); value assumption",
      "Supervision places above the expected steady-state load; above 0 the list is stationary",
      plausible: 0.0...0.15,
      "seed 003 footnote: no structural waiting lists, yet intakes start late: capacity near the load, not far above"),
    bind(
      "probation.supervisionMeanDays", \.probation.supervisionMeanDays, .number(min: 1, max: 3650), 365, unit: "days",
      source: assumption, "Mean length of supervision",
      plausible: 180...730,
      "supervision after conditional release or with special conditions runs from months to two years"),
    bind(
      "probation.jointConversationAttendanceProbability", \.probation.jointConversationAttendanceProbability,
      .probability, 0.5, unit: "share",
      source: assumption, "Chance that probation joins a joint conversation it is invited to",
      plausible: 0.3...0.7,
      "seed 003: probation joins more often than municipalities but joint conversations remain rare"),
    bind(
      "probation.delayedIntakeShare", \.probation.delayedIntakeShare, .probability, 0.4, unit: "share",
      source: "seed 003 (supervision starts months later \"met enige regelmaat\"; §4.4); value assumption",
      "Share of supervisions without a warm handover whose intake is not arranged at release",
      plausible: 0.2...0.6,
      "seed 003 §4.4: without coordination the person phones probation and is called weeks later; months 'met enige regelmaat'"
    ),
    bind(
      "probation.delayedIntakeMeanDays", \.probation.delayedIntakeMeanDays, .number(min: 1, max: 3650), 75,
      unit: "days",
      source: "seed 003 (\"pas enkele maanden daarna\"); value assumption",
      "Mean (exponential) days from release to the intake of such a supervision",
      plausible: 45...120, "seed 003: 'pas enkele maanden daarna', a few months"),
  ]

  /// Care providers: assisted and protected living with a waiting list.
  static let care: [ParameterBinding] = [
    bind(
      "care.spareCapacityShare", \.care.spareCapacityShare, .number(min: -0.5, max: 5), -0.2, unit: "share",
      source: "seed 003 (a shortage of places, 003:1404; waiting lists up to a year, 003:1620-1622); value assumption",
      "Places above the expected steady-state load of assisted living (negative: a shortage)",
      plausible: -0.3...0.0,
      "seed 003: a shortage; with people leaving the list, 20% too few places give longest waits of about half a year"),
    bind(
      "care.placementMeanDays", \.care.placementMeanDays, .number(min: 1, max: 3650), 365, unit: "days",
      source: assumption,
      "Mean length of an assisted-living placement",
      plausible: 180...730, "assisted and protected living placements last months to a few years"),
    bind(
      "care.initialWaitingList", \.care.initialWaitingList, .integer(min: 0, max: 1_000_000), 400, unit: "people",
      source: "seed 003 (waiting lists); value assumption",
      "People already waiting at the start of the simulation",
      plausible: 200...800, "seed 003 gives waits, not a count; a year's wait at this inflow means hundreds waiting"),
    bind(
      "care.arrangedStartMaxDays", \.care.arrangedStartMaxDays, .integer(min: 0, max: 365), 30, unit: "days",
      source: "seed 003 (referral during detention, waiting lists up to a year); value assumption",
      "Longest a care provider holds a free place for a start arranged on the release day",
      plausible: 14...60, "a provider holds a place for weeks, not months, while waiting lists run to a year (seed 003)"
    ),
    bind(
      "care.patienceMeanDays", \.care.patienceMeanDays, .number(min: 0, max: 36500), 365, unit: "days",
      role: .worldAssumption(.partlyAssumed),
      source: "seed 003 (wait with family or in a shelter, placed after months; lists up to a year); value assumption",
      "Mean days on the waiting list after release before leaving it without a place (0: nobody leaves)",
      plausible: 180...730,
      "seed 003: people wait months with family or in a shelter; over a year the need lapses or is met elsewhere"),
  ]

  /// Mechanisms the sources describe in some places, switched off or on per scenario.
  static let mechanisms: [ParameterBinding] = [
    bind(
      "mechanisms.municipalDesk", \.mechanisms.municipalDesk, .boolean, false, source: "seed 003 (e.g. PI Ter Apel)",
      "A municipal desk in every PI makes contact with each new detainee"),
    bind(
      "mechanisms.municipalDeskContactDays", \.mechanisms.municipalDeskContactDays, .integer(min: 0, max: 365), 5,
      unit: "days",
      role: .interventionAssumption(.assumed, actsWhen: ["mechanisms.municipalDesk"]), source: assumption,
      "Days after entry before the desk has spoken to a detainee",
      plausible: 2...10, "a desk inside the PI (seed 003, Ter Apel) sees new detainees within days"),
    bind(
      "mechanisms.rioPilot", \.mechanisms.rioPilot, .boolean, false, source: "seed 003 (RIO pilot)",
      "A municipal reintegration officer speaks everyone staying under rioMaxStayDays"),
    bind(
      "mechanisms.rioMaxStayDays", \.mechanisms.rioMaxStayDays, .integer(min: 0, max: 3650), 28, unit: "days",
      source: "seed 003 (shorter than 28 days)", "Stays the RIO covers"),
    bind(
      "mechanisms.rioContactDays", \.mechanisms.rioContactDays, .integer(min: 0, max: 365), 3, unit: "days",
      role: .interventionAssumption(.assumed, actsWhen: ["mechanisms.rioPilot"]), source: assumption,
      "Days after entry before the RIO has spoken to a detainee",
      plausible: 1...7, "the RIO must speak everyone staying under 28 days, so within the first week"),
    bind(
      "mechanisms.zvh", \.mechanisms.zvh, .boolean, false,
      source: "seed 003 (collaboration works where the ZVH is involved)",
      "The regional care-and-safety house discusses a share of cases with all partners"),
    bind(
      "mechanisms.zvhShare", \.mechanisms.zvhShare, .probability, 0.1, unit: "share",
      role: .interventionAssumption(.assumed, actsWhen: ["mechanisms.zvh"]), source: assumption,
      "Share of detainees discussed at the ZVH when it is involved",
      plausible: 0.05...0.2, "the ZVH discusses complex cases only (seed 003), a minority"),
    bind(
      "mechanisms.huisVanHerstel", \.mechanisms.huisVanHerstel, .boolean, false,
      source: "seed 003 (last 2-18 months of detention)",
      "Huis van Herstel: intensive preparation in the last months of long stays"),
    bind(
      "mechanisms.huisVanHerstelShare", \.mechanisms.huisVanHerstelShare, .probability, 0.2, unit: "share",
      role: .interventionAssumption(.assumed, actsWhen: ["mechanisms.huisVanHerstel"]), source: assumption,
      "Share of eligible detainees placed in a Huis van Herstel",
      plausible: 0.1...0.3, "a Huis van Herstel has few places compared with the long stays eligible"),
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
      role: .interventionAssumption(.assumed, actsWhen: ["mechanisms.chainPartnersInInstitution"]), source: assumption,
      "Joint conversation hours relative to normal when partners are present in the PI",
      plausible: 0.3...0.8, "partners present in the PI save scheduling and travel, not the conversation"),
    bind(
      "mechanisms.municipalDeskScope", \.mechanisms.municipalDeskScope, .choice, .pilot,
      source: "seed 003 (a desk of the PI's own municipality inside the PI)",
      "pilot: the desk speaks detainees returning to the municipality where their PI stands (its largest); national: everyone"
    ),
    bind(
      "mechanisms.rioScope", \.mechanisms.rioScope, .choice, .pilot,
      source: "seed 003 (a pilot: an officer 'vanuit een gemeente'); which municipality is an assumption",
      "pilot: the RIO speaks short stays returning to one municipality (the largest, Amsterdam); national: every municipality has one"
    ),
    bind(
      "mechanisms.huisVanHerstelScope", \.mechanisms.huisVanHerstelScope, .choice, .pilot,
      source: "seed 003 (Almelo, for the fourteen Twente municipalities)",
      "pilot: only detainees returning to the fourteen Twente municipalities; national: everyone eligible"),
  ]

  /// Partners as people with hours (seed 003): municipal aftercare coordinators and probation
  /// officers, the hours their work on a case takes, and how they choose to join.
  static let partners: [ParameterBinding] = [
    bind(
      "partners.coordinatorFTEPer100kSmall", \.partners.coordinatorFTEPer100kSmall, .number(min: 0, max: 100), 0.75,
      unit: "FTE/100k inhabitants",
      source: "seed 003 (aftercare a side task in small municipalities); value assumption",
      "Aftercare coordinator FTE per 100,000 inhabitants in a small municipality",
      plausible: 0.25...1.5,
      "seed 003: a side task picked up at the counter; a 20,000-inhabitant municipality has a few hours a week"),
    bind(
      "partners.coordinatorFTEPer100kMedium", \.partners.coordinatorFTEPer100kMedium, .number(min: 0, max: 100), 1.0,
      unit: "FTE/100k inhabitants", source: assumption,
      "Aftercare coordinator FTE per 100,000 inhabitants in a medium municipality",
      plausible: 0.5...2.0, "a part-time to one-FTE post in a municipality of 30,000 to 100,000"),
    bind(
      "partners.coordinatorFTEPer100kLarge", \.partners.coordinatorFTEPer100kLarge, .number(min: 0, max: 100), 1.5,
      unit: "FTE/100k inhabitants", source: "seed 003 (large cities run an aftercare department); value assumption",
      "Aftercare coordinator FTE per 100,000 inhabitants in a large municipality",
      plausible: 0.8...3.0, "seed 003: Amsterdam and Rotterdam run an aftercare department, about a dozen FTE"),
    bind(
      "partners.coordinatorHoursPerFTE", \.partners.coordinatorHoursPerFTE, .number(min: 0, max: 40), 24,
      unit: "hours/week", source: "seed 003 (VNG: coordinators too have a high workload); value assumption",
      "Hours a week one coordinator FTE has for detainees' cases",
      plausible: 16...30, "of 36 paid hours, other clients, travel and meetings take the rest (VNG in seed 003)"),
    bind(
      "partners.probationHoursPerWeekPer1000Releases", \.partners.probationHoursPerWeekPer1000Releases,
      .number(min: 0, max: 10_000), 50, unit: "hours/week",
      source: "seed 003 (probation staff working in the PI; waiting lists); value assumption",
      "Probation officers' weekly hours for the detention phase, per 1,000 releases a year",
      plausible: 25...100,
      "one or two probation officers per PI (seed 003), about 30 PIs: some 45 FTE of 32 hours for 27,500 releases"),
    bind(
      "partners.conferenceHours", \.partners.conferenceHours, .number(min: 0, max: 40), 2.0, unit: "hours",
      source: assumption,
      "A partner's hours for a case conference in person; an agreed (digital) one takes digitalHoursFactor of it",
      plausible: 1...3, "an hour's conversation with preparation and travel to the PI (seed 003: agendas and travel)"),
    bind(
      "partners.jointConversationHours", \.partners.jointConversationHours, .number(min: 0, max: 40), 2.0,
      unit: "hours", source: assumption, "A partner's hours for the joint conversation on the draft plan",
      plausible: 1...3, "a conversation in the PI with preparation and travel"),
    bind(
      "partners.requestHours", \.partners.requestHours, .number(min: 0, max: 40), 0.5, unit: "hours",
      source: assumption, "Probation's hours to answer a municipality's information request",
      plausible: 0.25...1.0, "looking up one person's file and answering in writing"),
    bind(
      "partners.intakeHours", \.partners.intakeHours, .number(min: 0, max: 40), 2.0, unit: "hours",
      source: assumption, "A coordinator's hours to take on a case: contact with the casemanager and the detainee",
      plausible: 1...4, "a first call, a file and a conversation with the detainee, by phone or in the PI"),
    bind(
      "partners.benefitPreparationHours", \.partners.benefitPreparationHours, .number(min: 0, max: 40), 2.0,
      unit: "hours", source: "seed 003 (benefit prepared in the PI pays within a week); value assumption",
      "A coordinator's hours to prepare a benefit during detention, for a case with an income question",
      plausible: 1...4, "seed 003: the preparatory work done in the PI so that the decision follows release"),
    bind(
      "partners.housingSearchHours", \.partners.housingSearchHours, .number(min: 0, max: 80), 4.0, unit: "hours",
      source: "seed 003 (housing the largest bottleneck, much creativity); value assumption",
      "A coordinator's hours to take on a housing search, for a case with a housing question",
      plausible: 2...8, "seed 003: corporations, shelters and other municipalities are approached ('veel creativiteit')"
    ),
    bind(
      "partners.probationContactHours", \.partners.probationContactHours, .number(min: 0, max: 40), 2.0,
      unit: "hours", source: "seed 003 (supervisor contacts the detainee during detention); value assumption",
      "Probation's hours to speak a detainee with a judicial title during detention",
      plausible: 1...3, "seed 003: the agreed new way of working, a conversation in the PI with travel"),
    bind(
      "partners.reactiveConferenceFactor", \.partners.reactiveConferenceFactor, .probability, 0.3,
      source: "seed 003 (municipalities seldom join, small ones not set up for aftercare); value assumption",
      "Multiplier on a municipality's chance to join a conference on a case it does not follow proactively",
      plausible: 0.1...0.6, "seed 003: municipalities without aftercare provisions act when the person reports"),
    bind(
      "partners.afterDeclineConferenceFactor", \.partners.afterDeclineConferenceFactor, .probability, 0.3,
      source: "seed 003 (municipalities seldom join); value assumption",
      "Multiplier on a municipality's chance to join a case's conference after declining its last one",
      plausible: 0.1...0.6, "a partner that made no time for a case last time seldom does next time: priorities persist"
    ),
    bind(
      "partners.warmHandoverIntakeFactor", \.partners.warmHandoverIntakeFactor, .probability, 0.25,
      source: "seed 003 §4.4 (coordinated where partners worked together during detention); value assumption",
      "Multiplier on the chance of a delayed supervision intake when probation spoke the detainee during detention",
      plausible: 0.0...0.6,
      "seed 003: without coordination the person phones probation and is called weeks later; with it, little waiting"),
  ]
}
