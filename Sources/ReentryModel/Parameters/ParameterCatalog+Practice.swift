extension ParameterCatalog {
  /// The bank account a benefit pays into (seed 003:1337-1339).
  static let bankAccount: [ParameterBinding] = [
    bind(
      "bankAccount.enabled", \.bankAccount.enabled, .boolean, true, source: "seed 003:1337-1339",
      "A benefit or wage pays only into a bank account, which is hard to open from detention"),
    bind(
      "bankAccount.noAccountShare", \.bankAccount.noAccountShare, .probability, 0.2, unit: "share",
      source: assumption, "Share of those needing income at release who have no usable bank account",
      plausible: 0.1...0.4,
      "most adults have an account; those without income, with debts or a blocked one are a minority of those needing income (seed 003 gives no figure)"
    ),
    bind(
      "bankAccount.casemanagerHours", \.bankAccount.casemanagerHours, .number(min: 0, max: 100), 1.0, unit: "hours",
      source: "seed 003:1333-1339 (not possible without the casemanager's help); value assumption",
      "Casemanager hours to apply for an account from detention",
      plausible: 0.5...2.0, "forms, identification and contact with the bank, like the DigiD help beside it"),
    bind(
      "bankAccount.openFromDetentionProbability", \.bankAccount.openFromDetentionProbability, .probability, 0.5,
      unit: "share",
      source: "seed 003:1338-1339 (banks are reluctant); value assumption",
      "Chance that a bank opens an account applied for from detention",
      plausible: 0.3...0.7, "seed 003: banks are reluctant, so clearly below certain, yet it is done"),
    bind(
      "bankAccount.openFromDetentionDays", \.bankAccount.openFromDetentionDays, .number(min: 0, max: 3650), 30,
      unit: "days",
      source: assumption, "Mean days from the application in detention to a usable account",
      plausible: 14...60, "a reluctant bank checks more, by post through the PI: weeks, not days"),
    bind(
      "bankAccount.openAfterReleaseDays", \.bankAccount.openAfterReleaseDays, .number(min: 0, max: 3650), 7,
      unit: "days",
      source: assumption, "Mean days after release to open an account at the counter",
      plausible: 3...14, "outside, with an ID and an address, an account opens within about a week"),
  ]

  /// Income from work and the certificate of conduct (seed 003:1364-1375).
  static let work: [ParameterBinding] = [
    bind(
      "work.enabled", \.work.enabled, .boolean, true, source: "seed 003:1364-1375",
      "Income is also in order with a job found before release"),
    bind(
      "work.unfitShare", \.work.unfitShare, .probability, 0.15, unit: "share", source: assumption,
      "Share of detainees declared unfit for work",
      plausible: 0.05...0.25, "seed 003:1504-1505 names them as a group excluded from the BBA: a minority"),
    bind(
      "work.vogRefusedShare", \.work.vogRefusedShare, .probability, 0.4, unit: "share",
      source: "seed 003:1365-1367 (\"niet altijd verstrekt\"); value assumption",
      "Share of job seekers whose offence history stands in the way of a certificate of conduct (VOG)",
      plausible: 0.2...0.6,
      "seed 003: not always granted; the Beschrijving Getoond Gedrag (fn 46) helps some through"),
    bind(
      "work.vogRefusedFactor", \.work.vogRefusedFactor, .number(min: 0, max: 1), 0.3,
      source: "seed 003:1365-1367; value assumption",
      "Multiplier on the chance of finding a job without a VOG",
      plausible: 0.1...0.5, "many jobs ask a VOG; without one the search is narrowed, not closed"),
    bind(
      "work.jobFoundProbability", \.work.jobFoundProbability, .probability, 0.4, unit: "share", source: assumption,
      "Chance that a supported search during detention finds a job (with a VOG)",
      plausible: 0.2...0.6, "a funded job helper (seed 003:1370-1372) finds work for some, not most, ex-detainees"),
    bind(
      "work.ownSearchFactor", \.work.ownSearchFactor, .number(min: 0, max: 1), 0.25,
      source: "seed 003:1373-1375 (otherwise on one's own); value assumption",
      "Multiplier on that chance for a self-reliant detainee searching on their own from the RIC",
      plausible: 0.1...0.5, "seed 003: without budget the detainee 'is aangewezen op zichzelf'"),
    bind(
      "work.jobSearchDays", \.work.jobSearchDays, .number(min: 0, max: 3650), 60, unit: "days", source: assumption,
      "Mean days from the start of a search to a job",
      plausible: 30...120, "applications, a VOG request and a start date: one to four months"),
  ]

  /// Leave and the social network (seed 003:1456-1475).
  static let leave: [ParameterBinding] = [
    bind(
      "leave.enabled", \.leave.enabled, .boolean, true, source: "seed 003:1460-1462",
      "Leave tied to reintegration goals can be granted to keep the social network"),
    bind(
      "leave.networkShare", \.leave.networkShare, .probability, 0.6, unit: "share", source: assumption,
      "Share with a non-criminal social network at entry",
      plausible: 0.4...0.8, "seed 003 treats the network as a factor to keep, so most have some; many have none"),
    bind(
      "leave.networkAtRiskAfterDays", \.leave.networkAtRiskAfterDays, .integer(min: 0, max: 36_500), 182,
      unit: "days",
      source: "seed 003:1466-1469 (\"langere tijd gedetineerd\"); value assumption",
      "Stays from this length wear the network down without regular leave",
      plausible: 91...365, "seed 003 speaks of people inside 'langere tijd': months, not weeks"),
    bind(
      "leave.networkLossProbability", \.leave.networkLossProbability, .probability, 0.5, unit: "share",
      source: assumption, "Chance that such a stay without regular leave loses the network",
      plausible: 0.3...0.7, "seed 003:1469-1471: without leave the steps back are too large for many, not all"),
    bind(
      "leave.grantedProbability", \.leave.grantedProbability, .probability, 0.5, unit: "share",
      source: "seed 003:1462-1465 (unclear criteria, refusals; fn 50: no figures); value assumption",
      "Chance that regular leave for the social network is granted once the plan asks for it",
      plausible: 0.3...0.7, "seed 003: unclear criteria lead to refusals; DJI has no figures (fn 50)"),
  ]

  /// Phasing: the BBA and the penitentiary programme (seed 003:742-752, 1477-1509).
  static let phasing: [ParameterBinding] = [
    bind(
      "phasing.enabled", \.phasing.enabled, .boolean, true, source: "seed 003:748-752, 1497-1509",
      "A BBA or penitentiary programme lets qualifying detainees arrange housing and work outside"),
    bind(
      "phasing.bbaMinStayDays", \.phasing.bbaMinStayDays, .integer(min: 0, max: 36_500), 182, unit: "days",
      source: assumption, "Shortest stay with a BBA phase",
      plausible: 91...365, "a phase at the end of a stay long enough to have phases"),
    bind(
      "phasing.bbaPhaseDays", \.phasing.bbaPhaseDays, .integer(min: 0, max: 36_500), 120, unit: "days",
      source: assumption, "Days before release a BBA placement starts",
      plausible: 60...365, "the last months of the stay, working outside the PI"),
    bind(
      "phasing.bbaPlacementProbability", \.phasing.bbaPlacementProbability, .probability, 0.3, unit: "share",
      source: "seed 003:1502-1503 (strict requirements); value assumption",
      "Chance that an eligible detainee is placed in a BBA",
      plausible: 0.1...0.5, "seed 003: the requirements are strict, so a minority even of those eligible"),
    bind(
      "phasing.elderlyShare", \.phasing.elderlyShare, .probability, 0.1, unit: "share", source: assumption,
      "Share of older detainees, for whom a BBA is virtually impossible",
      plausible: 0.05...0.15, "seed 003:1504 names the elderly; prisoners over about 55 are a small group"),
    bind(
      "phasing.bbaLvbFactor", \.phasing.bbaLvbFactor, .number(min: 0, max: 1), 0.2,
      source: "seed 003:1506-1509 (in practice hard for LVB); value assumption",
      "Multiplier on the BBA placement chance for LVB detainees",
      plausible: 0.0...0.5, "seed 003: less self-reliant detainees, e.g. LVB, find it hard to get in"),
    bind(
      "phasing.ppMinStayDays", \.phasing.ppMinStayDays, .integer(min: 0, max: 36_500), 91, unit: "days",
      source: assumption, "Shortest stay with a penitentiary programme",
      plausible: 61...182, "a programme needs time to apply and to run: not for the stays of weeks"),
    bind(
      "phasing.ppMaxStayDays", \.phasing.ppMaxStayDays, .integer(min: 0, max: 36_500), 365, unit: "days",
      source: "seed 003:750-752 (only for sentences under one year)",
      "Stays shorter than this can end in a penitentiary programme"),
    bind(
      "phasing.ppPhaseDays", \.phasing.ppPhaseDays, .integer(min: 0, max: 36_500), 60, unit: "days",
      source: assumption, "Days before release a penitentiary programme starts",
      plausible: 30...120, "the last part of a stay under a year"),
    bind(
      "phasing.ppPlacementProbability", \.phasing.ppPlacementProbability, .probability, 0.2, unit: "share",
      source: "seed 003:1477-1480 (phasing restricted since the Wet S&B); value assumption",
      "Chance that an eligible detainee gets a penitentiary programme",
      plausible: 0.1...0.4, "seed 003: interviewees call the restricted phasing an obstacle, so few get one"),
  ]

  /// Treatment during detention (seed 003:1419-1454).
  static let treatment: [ParameterBinding] = [
    bind(
      "treatment.enabled", \.treatment.enabled, .boolean, true, source: "seed 003:1419-1426",
      "Care is in order for someone who needs treatment only if it started during detention"),
    bind(
      "treatment.needShare", \.treatment.needShare, .probability, 0.6, unit: "share", source: assumption,
      "Share of those with a care need at entry who need treatment (addiction or other)",
      plausible: 0.4...0.8, "seed 003:1421-1423: many have addiction problems needing treatment"),
    bind(
      "treatment.addictionShare", \.treatment.addictionShare, .probability, 0.6, unit: "share", source: assumption,
      "Share of those needing treatment whose problem is addiction (excludes a BBA)",
      plausible: 0.4...0.8, "seed 003 names addiction first among the treatment needs"),
    bind(
      "treatment.indicationProbability", \.treatment.indicationProbability, .probability, 0.7, unit: "share",
      source: "seed 003 fn 47 (the PI psychologist or PMO indicates); value assumption",
      "Chance that the PI psychologist or PMO indicates the treatment during detention",
      plausible: 0.5...0.9, "indication is routine once screened, but strict substantiation (seed 003:1439) stops some"),
    bind(
      "treatment.indicationDays", \.treatment.indicationDays, .number(min: 0, max: 3650), 28, unit: "days",
      source: assumption, "Mean days from the D&R plan to the indication",
      plausible: 14...56, "a PMO meets every few weeks"),
    bind(
      "treatment.startDays", \.treatment.startDays, .number(min: 0, max: 3650), 30, unit: "days",
      source: "seed 003:1070-1071 (too short a stay to start treatment); value assumption",
      "Mean days from indication, with a partner involved, to the start of treatment",
      plausible: 14...60, "intake with an outside provider: weeks; too long for the shortest stays"),
  ]
}
