extension ParameterCatalog {
  /// The penitentiary institutions (PIs); synthetic, since the sources list none.
  static let institutions: [ParameterBinding] = [
    bind(
      "institutions.regionalCount", \.institutions.regionalCount, .integer(min: 1, max: 200), 24,
      source: "assumption (synthetic PIs)",
      "Regional PIs; municipalities are split into this many regions of equal population",
      held:
        "the layout of synthetic PIs, not a statement about the world; capacitySlack and nationalPlacementShare carry the effects of distance"
    ),
    bind(
      "institutions.nationalCount", \.institutions.nationalCount, .integer(min: 0, max: 50), 2,
      source: "seed 003 (national-coverage PIs, e.g. women's prisons); count assumption",
      "PIs with national coverage, usually far from the home municipality",
      held: "the layout of synthetic PIs, not a statement about the world; nationalPlacementShare carries the effect"),
    bind(
      "institutions.nationalPlacementShare", \.institutions.nationalPlacementShare, .probability, 0.1, unit: "share",
      source: assumption,
      "Share of detainees placed in a national-coverage PI",
      plausible: 0.05...0.2,
      "national-coverage PIs (women, special units) hold a minority; women alone are under a tenth of detainees"),
    bind(
      "institutions.capacitySlack", \.institutions.capacitySlack, .number(min: 0, max: 5), 0.05, unit: "share",
      source: assumption,
      "Regional PI places above its expected population; when full, a detainee goes to a national PI far from home",
      plausible: 0.0...0.15,
      "Dutch prisons run near full (seed 003: placed anywhere in the country); much slack would make far placements rare"
    ),
  ]

  /// Casemanagers (MMD): caseload, staffing and the hours every task costs.
  static let casemanagers: [ParameterBinding] = [
    bind(
      "casemanagers.caseloadNorm", \.casemanagers.caseloadNorm, .integer(min: 1, max: 500), 30, unit: "detainees",
      source: "seed 003 (national norm 30)", "Caseload norm per casemanager"),
    bind(
      "casemanagers.staffingMode", \.casemanagers.staffingMode, .choice, .staffedToNorm,
      source: assumption,
      "staffedToNorm: hire so no caseload exceeds the norm; fixedStaff: a fixed number, caseloads float"),
    bind(
      "casemanagers.fixedStaffTotal", \.casemanagers.fixedStaffTotal, .integer(min: 1, max: 100_000), 330,
      unit: "casemanagers",
      role: .policyLever(.assumed), source: assumption,
      "National number of casemanagers when staffingMode is fixedStaff",
      held: "a lever: the staff a fixed-staff scenario chooses"),
    bind(
      "casemanagers.handOverCases", \.casemanagers.handOverCases, .boolean, true,
      source: "assumption (staffed to the norm, the staff follows a falling caseload as it follows a rising one)",
      "Staffed to the norm, a casemanager the caseload no longer needs leaves and hands their cases to the others (false: leaves only once their last case has ended, so the staff ratchets up)"
    ),
    bind(
      "casemanagers.handoverSpareCaseloads", \.casemanagers.handoverSpareCaseloads, .number(min: 0, max: 10), 1.0,
      unit: "caseloads",
      source: assumption,
      "Free places, in caseloads of the norm, the other casemanagers of a PI must keep after one leaves and hands over",
      plausible: 0.5...2.0,
      "a PI does not let someone go for a dip of a few days: one caseload is the margin hiring at a full staff already leaves; two is about a tenth of a PI's dozen or so casemanagers"
    ),
    bind(
      "casemanagers.handoverHours", \.casemanagers.handoverHours, .number(min: 0, max: 100), 1.0, unit: "hours",
      source:
        "seed 003 (part of the case is in the casemanager's head: colleagues lack it when one drops out); value assumption",
      "Hours a casemanager taking over a case spends reading the file and meeting the person, before asking again each help question not registered (conditionRequestHours each)",
      plausible: 0.5...2.0,
      "reading a D&R plan and one conversation with the detainee: about as long as a screening session, at most two"
    ),
    bind(
      "casemanagers.hoursPerWeek", \.casemanagers.hoursPerWeek, .number(min: 0, max: 80), 14, unit: "hours/week",
      source:
        "assumption (share of a 36-hour week left for caseload tasks; with the chain of issue 14 all seed 003 patterns pass at 14, not at 10 or 16)",
      "Hours a casemanager has each week for the tasks below",
      plausible: 10...20,
      "seed 003's overload patterns hold near 14 hours of a 36-hour week (at 10 housing stops being the bottleneck, at 16 plans are seldom registered incomplete); 20, the earlier default, is the most other duties leave"
    ),
    bind(
      "casemanagers.screeningHours", \.casemanagers.screeningHours, .number(min: 0, max: 100), 1.0, unit: "hours",
      source: assumption, "One screening session on the basic conditions",
      plausible: 0.5...2.0, "one conversation over five conditions plus its note: half an hour to two"),
    bind(
      "casemanagers.lvbScreeningSessions", \.casemanagers.lvbScreeningSessions, .integer(min: 1, max: 20), 3,
      unit: "sessions",
      source: "seed 003 (several sessions); count assumption", "Screening sessions an LVB detainee needs",
      plausible: 2...5,
      "seed 003: several sessions; more than five would exceed the 10-day screening deadline at one a day"),
    bind(
      "casemanagers.planRegistrationHours", \.casemanagers.planRegistrationHours, .number(min: 0, max: 100), 1.5,
      unit: "hours",
      source: assumption, "Writing the D&R plan, before the registration burden",
      plausible: 1.0...3.0,
      "a plan over five conditions; seed 003 calls registering it labour-intensive, so not under an hour"),
    bind(
      "casemanagers.registrationBurdenFactor", \.casemanagers.registrationBurdenFactor, .number(min: 0, max: 10), 2.0,
      source: "seed 003 (same data on several Tulp tabs); value assumption",
      "Multiplier on plan registration hours for duplicate entry",
      plausible: 1.5...3.0,
      "seed 003: the same data entered on several Tulp tabs, i.e. at least half again and at most about three entries"),
    bind(
      "casemanagers.contactHours", \.casemanagers.contactHours, .number(min: 0, max: 100), 0.5, unit: "hours",
      source: assumption, "Contacting a known municipal contact person",
      plausible: 0.25...1.0, "one call or e-mail to a contact person already known, with its note"),
    bind(
      "casemanagers.contactSearchHours", \.casemanagers.contactSearchHours, .number(min: 0, max: 100), 2.0,
      unit: "hours",
      source: "seed 003 (no time to find who the contact is); value assumption",
      "Extra hours to find a municipal contact person when none is known",
      plausible: 1.0...4.0,
      "seed 003: casemanagers have no time to find who the contact is, so it costs hours, yet less than a working day"),
    bind(
      "casemanagers.farPlacementSearchFactor", \.casemanagers.farPlacementSearchFactor, .number(min: 0, max: 10), 1.5,
      source: assumption, "Multiplier on contact search for a PI far from the home municipality",
      plausible: 1.0...2.5,
      "far from home the PI knows neither the municipality's people nor its routines: never easier, at most a few times harder"
    ),
    bind(
      "casemanagers.jointConversationHours", \.casemanagers.jointConversationHours, .number(min: 0, max: 100), 1.5,
      unit: "hours",
      source: assumption, "Joint conversation of PI, partners and detainee on the draft plan",
      plausible: 1.0...3.0, "a meeting of three parties with the detainee, plus scheduling and preparation"),
    bind(
      "casemanagers.mdoHours", \.casemanagers.mdoHours, .number(min: 0, max: 100), 0.5, unit: "hours",
      source: assumption,
      "Preparing and attending one MDO for a detainee",
      plausible: 0.25...1.0,
      "an MDO discusses many detainees in one sitting every six weeks; the share of one detainee is short"),
    bind(
      "casemanagers.mdoIntervalDays", \.casemanagers.mdoIntervalDays, .integer(min: 1, max: 365), 42, unit: "days",
      source: "seed 003 (every 6 weeks)", "Interval between MDOs"),
    bind(
      "casemanagers.caseConferenceHours", \.casemanagers.caseConferenceHours, .number(min: 0, max: 100), 1.0,
      unit: "hours",
      source: assumption, "One case conference (trajectgesprek) in person",
      plausible: 0.5...2.0,
      "one conversation with partners in the PI and its note, shorter than the joint conversation on the plan"),
    bind(
      "casemanagers.releaseCoordinationHours", \.casemanagers.releaseCoordinationHours, .number(min: 0, max: 100), 1.0,
      unit: "hours",
      source: assumption, "Coordinating release with municipality and probation",
      plausible: 0.5...2.0, "a few calls with municipality and probation on what continues after release"),
    bind(
      "casemanagers.releaseCoordinationLeadDays", \.casemanagers.releaseCoordinationLeadDays,
      .integer(min: 0, max: 365), 14, unit: "days",
      source: assumption, "Release coordination is due this many days before release",
      plausible: 7...28, "coordination in the last weeks before release (seed 003: often only at the end of detention)"),
    bind(
      "casemanagers.lvbSupportFactor", \.casemanagers.lvbSupportFactor, .number(min: 1, max: 10), 1.5,
      source: "seed 003 (LVB detainees need much explanation and support); value assumption",
      "Multiplier on plan, request and joint-conversation hours for an LVB detainee",
      plausible: 1.2...2.5,
      "seed 003: LVB detainees need much explanation and support; more than about double would dominate the caseload"),
    bind(
      "casemanagers.lvbAttentionDroppedUnderPressure", \.casemanagers.lvbAttentionDroppedUnderPressure, .boolean, true,
      source: "seed 003 (\"niet altijd tijd voor die extra aandacht\")",
      "A casemanager who cannot register the whole plan (workload pressure) drops the extra LVB attention: the plan takes ordinary hours and help questions the person does not see go unregistered"
    ),
    bind(
      "casemanagers.lvbUnsupportedRecognitionProbability", \.casemanagers.lvbUnsupportedRecognitionProbability,
      .probability, 0.5, unit: "share",
      source: "seed 003 (LVB detainees often do not see they need help); value assumption",
      "Chance that an LVB detainee's help question is recognised without the extra explanation and support",
      plausible: 0.3...0.8,
      "seed 003: LVB detainees often do not understand what is expected or see that they need help; often, not always"
    ),
    bind(
      "casemanagers.paidHoursPerWeek", \.casemanagers.paidHoursPerWeek, .number(min: 1, max: 80), 36,
      unit: "hours/week",
      source: "assumption (the 36-hour week of a full-time post in the Dutch civil service)",
      "Paid hours of one casemanager FTE, of which hoursPerWeek is casework; the cost output counts these",
      held: "a definition of one FTE, not a statement about the world"),
    bind(
      "casemanagers.conditionRequestHours", \.casemanagers.conditionRequestHours, .number(min: 0, max: 100), 0.25,
      unit: "hours",
      source: assumption, "Requesting one basic condition (ID, benefit, ...) from a partner",
      plausible: 0.1...0.5, "one form or call to a partner per condition"),
    bind(
      "casemanagers.fullRegistrationBacklogWeeks", \.casemanagers.fullRegistrationBacklogWeeks,
      .number(min: 0.01, max: 52), 1.5, unit: "weeks",
      source:
        "seed 003 ('vaak niet alles registreren' under workload); value assumption: with it about 30% of the plans with help questions are registered incomplete (validation asks 25-75%)",
      "Work that can be done now, in weeks of a casemanager's hours, up to which the whole plan is registered; beyond it the share that fits",
      plausible: 0.75...3,
      "below 0.75 most plans would be incomplete ('meestal', not 'vaak'); above 3 weeks registration would seldom suffer"
    ),
  ]

  /// Deadlines of the handreiking that the model tracks.
  static let deadlines: [ParameterBinding] = [
    bind(
      "deadlines.screeningWorkingDays", \.deadlines.screeningWorkingDays, .integer(min: 1, max: 365), 10,
      unit: "working days",
      source: "seed 003", "Screening on the basic conditions after entry"),
    bind(
      "deadlines.contactWorkingDays", \.deadlines.contactWorkingDays, .integer(min: 1, max: 365), 10,
      unit: "working days",
      source: "seed 003", "Contact with the municipality after entry"),
    bind(
      "deadlines.planDays", \.deadlines.planDays, .integer(min: 1, max: 365), 28, unit: "days",
      source: "seed 003 (4 weeks)",
      "D&R plan fixed after entry"),
    bind(
      "deadlines.jointConversationDays", \.deadlines.jointConversationDays, .integer(min: 1, max: 365), 28,
      unit: "days",
      source: "seed 003 (4 weeks)", "Joint conversation on the draft plan after entry"),
  ]
}
