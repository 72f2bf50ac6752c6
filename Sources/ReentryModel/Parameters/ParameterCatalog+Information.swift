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
      "Under a shared system, partners read the registered plan and its progress, and everyone sees the others' contact details (the information path)"
    ),
    bind(
      "information.sharedSystemSavesHours", \.information.sharedSystemSavesHours, .boolean, true,
      source: "seed 003 (casemanagers want a less labour-intensive system)",
      "Under a shared system, registration takes sharedSystemBurdenRatio of today's burden (the hours path)"),
    bind(
      "information.sharedSystemBurdenRatio", \.information.sharedSystemBurdenRatio, .number(min: 0, max: 10), 0.75,
      role: .interventionAssumption(
        .assumed, actsWhen: ["information.sharedSystem", "information.sharedSystemSavesHours"]), source: assumption,
      "Registration burden under a shared system relative to today's (casemanagers.registrationBurdenFactor)",
      plausible: 0.5...1.2,
      "at best it ends duplicate entry (0.5 of today's factor 2, seed 003); it saves nothing if the old tabs stay (1); staff learning it and running two systems during introduction add work (1.2)"
    ),
    bind(
      "information.sharedSystemIntroductionHours", \.information.sharedSystemIntroductionHours,
      .number(min: 0, max: 10_000_000), 60_000, unit: "staff-hour equivalents",
      role: .interventionAssumption(.assumed, actsWhen: ["information.sharedSystem"]), source: assumption,
      "One-off cost of introducing the shared system (building or adapting it, training), in staff-hour equivalents",
      plausible: 20_000...150_000,
      "a chain system of a few to ten million euros at about 75 euros an hour, with training for some 400 casemanagers and partner staff; cost output only"
    ),
    bind(
      "information.sharedSystemYearlyHours", \.information.sharedSystemYearlyHours,
      .number(min: 0, max: 10_000_000), 10_000, unit: "staff-hour equivalents/year",
      role: .interventionAssumption(.assumed, actsWhen: ["information.sharedSystem"]), source: assumption,
      "Yearly cost of running the shared system (licences, maintenance, support), in staff-hour equivalents",
      plausible: 3_000...30_000,
      "running costs of government IT are commonly 10-20% of the build a year; cost output only"),
    bind(
      "information.partnersAdjustToLvb", \.information.partnersAdjustToLvb, .boolean, true,
      source:
        "seed 003 (LVB not on the information sheet; partners set up for it are trained to talk with LVB detainees)",
      "A partner told of LVB (full sheet or shared plan) speaks with the person in an adapted way: it learns every help question once in contact and does not wait for them at the counter"
    ),
    bind(
      "information.returnAddressVerifiedProbability", \.information.returnAddressVerifiedProbability, .probability, 0.2,
      unit: "share",
      source: "seed 003 (return address often not verified); value assumption",
      "Probability that the casemanager verifies the return municipality",
      plausible: 0.1...0.4,
      "seed 003: casemanagers often do not verify the return address filled from the last registration"),
    bind(
      "information.gdprRefusalProbability", \.information.gdprRefusalProbability, .probability, 0.3, unit: "share",
      source: "seed 003 (refusals citing the GDPR; recommendation 6); value assumption",
      "Probability that probation refuses a municipality's information request",
      plausible: 0.15...0.5,
      "seed 003: probation regularly refuses municipal requests citing the GDPR, but not as a rule"),
    bind(
      "information.staffKnowTheyMayShare", \.information.staffKnowTheyMayShare, .boolean, false,
      source: "seed 003 (the law allows sharing without consent; recommendation 6)",
      "Probation and municipal staff know the law (Wet S&B, art. 18a Pbw) lets them share: refusals fall to mayShareRefusalRatio of gdprRefusalProbability"
    ),
    bind(
      "information.mayShareRefusalRatio", \.information.mayShareRefusalRatio, .probability, 0.17, unit: "share",
      role: .interventionAssumption(.assumed, actsWhen: ["information.staffKnowTheyMayShare"]), source: assumption,
      "Refusals of municipal requests, relative to gdprRefusalProbability, once staff know they may share",
      plausible: 0.05...0.5,
      "at best nearly every refusal was a misreading of the law that staff now read right (0.3 to 0.05 is 0.17); at worst half remain, refused out of caution or an organisation's own policy"
    ),
    bind(
      "information.institutionAnswersProbability", \.information.institutionAnswersProbability, .probability, 0.5,
      unit: "share",
      source: assumption, "Probability that a PI answers a municipality's request for the casemanager",
      plausible: 0.3...0.7,
      "seed 003: municipalities struggle to reach the casemanager through the PI; neither routine nor exceptional"),
    bind(
      "information.requestDelayDays", \.information.requestDelayDays, .integer(min: 0, max: 365), 10, unit: "days",
      source: assumption, "Days before an information request is answered",
      plausible: 5...20, "an answer through the PI or probation takes one to a few working weeks"),
    bind(
      "information.addressCorrectionMeanDays", \.information.addressCorrectionMeanDays, .number(min: 1, max: 3650),
      90, unit: "days",
      source: "seed 003 (the right municipality learns of the detainee 'pas later'); value assumption",
      "Mean days until an unverified, wrong return address is corrected and the right municipality notified",
      plausible: 30...240,
      "seed 003: the confusion is noticed later in the stay, typically at a review or when a partner asks"),
  ]

  /// Case conferences (trajectgesprekken): recommendation 5 of seed 003 §6.3.
  static let caseConferences: [ParameterBinding] = [
    bind(
      "caseConferences.agreed", \.caseConferences.agreed, .boolean, false, source: "seed 003 (recommendation 5)",
      "A conference frequency is agreed at the start of detention"),
    bind(
      "caseConferences.intervalDays", \.caseConferences.intervalDays, .integer(min: 7, max: 365), 42, unit: "days",
      role: .interventionAssumption(.assumed, actsWhen: ["caseConferences.agreed"]), source: assumption,
      "Interval between agreed conferences",
      plausible: 28...84,
      "the MDO rhythm of six weeks (seed 003) is the natural cycle; monthly to quarterly are the plausible agreements"),
    bind(
      "caseConferences.adHocProbability", \.caseConferences.adHocProbability, .probability, 0.1, unit: "share",
      source: "seed 003 (rarely held, ad hoc); value assumption",
      "Without agreement: chance per MDO cycle that a conference happens ad hoc",
      plausible: 0.03...0.2, "seed 003: conferences are rarely held, ad hoc when partners happen to be in the PI"),
    bind(
      "caseConferences.digitalHoursFactor", \.caseConferences.digitalHoursFactor, .number(min: 0, max: 1), 0.5,
      role: .interventionAssumption(.assumed, actsWhen: ["caseConferences.agreed"]), source: assumption,
      "Hours of an agreed (digital) conference relative to one in person",
      plausible: 0.3...0.8,
      "a digital meeting saves travel and waiting (seed 003 proposes it for that) but not the conversation itself"),
    bind(
      "caseConferences.municipalityAttendanceProbability", \.caseConferences.municipalityAttendanceProbability,
      .probability, 0.6, unit: "share",
      role: .interventionAssumption(.partlyAssumed, actsWhen: ["caseConferences.agreed"]),
      source:
        "seed 003 (municipalities seldom join; digital attendance as the way to plan them); value assumption, above the in-person joint conversation's 0.4",
      "Chance that the municipality joins an agreed (digital) conference, drawn afresh for each one",
      plausible: 0.4...0.8,
      "digital attendance makes joining easier than in person (0.4), but municipalities seldom join today (seed 003)"),
    bind(
      "caseConferences.probationAttendanceProbability", \.caseConferences.probationAttendanceProbability,
      .probability, 0.7, unit: "share",
      role: .interventionAssumption(.partlyAssumed, actsWhen: ["caseConferences.agreed"]),
      source:
        "seed 003 (probation joins conferences; much contact with the PI); value assumption, above the in-person joint conversation's 0.5",
      "Chance that probation joins an agreed (digital) conference on someone with a judicial title",
      plausible: 0.5...0.9,
      "probation already has much contact with the PI (seed 003); digital attendance raises it above the in-person 0.5"),
  ]
}
