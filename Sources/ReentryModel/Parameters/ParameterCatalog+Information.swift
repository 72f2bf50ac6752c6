extension ParameterCatalog {
  /// Information-sharing rules: recommendations 2, 3, 4 and 6 of seed 003 §6.3.
  static let information: [ParameterBinding] = [
    bind(
      "information.contactDetailsOnSheet", \.information.contactDetailsOnSheet, .boolean, false,
      source: "seed 003 (contact details often missing; recommendation 2)",
      "The information sheet to the municipality names the casemanager and how to reach them"),
    bind(
      "information.fullSheet", \.information.fullSheet, .boolean, false,
      source: "seed 003 (help questions yes/no, LVB not mentioned; recommendation 3)",
      "The sheet carries full help questions and LVB, so partners can start without the plan"),
    bind(
      "information.sharedSystem", \.information.sharedSystem, .boolean, false, source: "seed 003 (recommendation 4)",
      "A shared information system: partners read the plan and contacts there, and registration is entered once"),
    bind(
      "information.sharedSystemInformation", \.information.sharedSystemInformation, .boolean, true,
      source: "seed 003 (recommendation 4: partners have the information they need)",
      "Under a shared system, partners read the registered plan and the casemanager's details directly (the information path)"
    ),
    bind(
      "information.sharedSystemSavesHours", \.information.sharedSystemSavesHours, .boolean, true,
      source: "seed 003 (recommendation 4: entered once, contacts known)",
      "Under a shared system, registration takes sharedSystemBurdenFactor and no contact search (the hours path)"),
    bind(
      "information.sharedSystemBurdenFactor", \.information.sharedSystemBurdenFactor, .number(min: 0, max: 10), 1.0,
      source: assumption, "Registration burden factor that replaces the default under a shared system"),
    bind(
      "information.returnAddressVerifiedProbability", \.information.returnAddressVerifiedProbability, .probability, 0.2,
      unit: "share",
      source: "seed 003 (return address often not verified); value assumption",
      "Probability that the casemanager verifies the return municipality"),
    bind(
      "information.gdprRefusalProbability", \.information.gdprRefusalProbability, .probability, 0.3, unit: "share",
      source: "seed 003 (refusals citing the GDPR; recommendation 6); value assumption",
      "Probability that probation refuses a municipality's information request"),
    bind(
      "information.institutionAnswersProbability", \.information.institutionAnswersProbability, .probability, 0.5,
      unit: "share",
      source: assumption, "Probability that a PI answers a municipality's request for the casemanager"),
    bind(
      "information.requestDelayDays", \.information.requestDelayDays, .integer(min: 0, max: 365), 10, unit: "days",
      source: assumption, "Days before an information request is answered"),
  ]

  /// Case conferences (trajectgesprekken): recommendation 5 of seed 003 §6.3.
  static let caseConferences: [ParameterBinding] = [
    bind(
      "caseConferences.agreed", \.caseConferences.agreed, .boolean, false, source: "seed 003 (recommendation 5)",
      "A conference frequency is agreed at the start of detention"),
    bind(
      "caseConferences.intervalDays", \.caseConferences.intervalDays, .integer(min: 7, max: 365), 42, unit: "days",
      source: assumption, "Interval between agreed conferences"),
    bind(
      "caseConferences.adHocProbability", \.caseConferences.adHocProbability, .probability, 0.1, unit: "share",
      source: "seed 003 (rarely held, ad hoc); value assumption",
      "Without agreement: chance per MDO cycle that a conference happens ad hoc"),
    bind(
      "caseConferences.digitalHoursFactor", \.caseConferences.digitalHoursFactor, .number(min: 0, max: 1), 0.5,
      source: assumption, "Hours of an agreed (digital) conference relative to one in person"),
    bind(
      "caseConferences.municipalityAttendanceProbability", \.caseConferences.municipalityAttendanceProbability,
      .probability, 0.6, unit: "share",
      source:
        "seed 003 (municipalities seldom join; digital attendance as the way to plan them); value assumption, above the in-person joint conversation's 0.4",
      "Chance that the municipality joins an agreed (digital) conference, drawn afresh for each one"),
    bind(
      "caseConferences.probationAttendanceProbability", \.caseConferences.probationAttendanceProbability,
      .probability, 0.7, unit: "share",
      source:
        "seed 003 (probation joins conferences; much contact with the PI); value assumption, above the in-person joint conversation's 0.5",
      "Chance that probation joins an agreed (digital) conference on someone with a judicial title"),
  ]
}
