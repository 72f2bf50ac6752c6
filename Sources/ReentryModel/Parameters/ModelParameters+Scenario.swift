import ScenarioFormat

extension ModelParameters {
  /// Reads every catalog parameter from a validated scenario.
  public init(_ scenario: ResolvedScenario) {
    let reader = ParameterReader(scenario)
    self.init(reader: reader)
  }

  /// The paths a scenario load reads; used by the test that no parameter is ignored.
  static func pathsRead(from scenario: ResolvedScenario) -> [String] {
    let reader = ParameterReader(scenario)
    _ = ModelParameters(reader: reader)
    return reader.readPaths
  }

  init(reader r: ParameterReader) {
    run = Run(
      seed: UInt64(r.int("run.seed")), replications: r.int("run.replications"),
      warmupDays: r.int("run.warmupDays"), measuredDays: r.int("run.measuredDays"),
      followUpDays: r.int("run.followUpDays"),
      timeseriesIntervalDays: r.int("run.timeseriesIntervalDays"))
    population = Population(
      releasesPerYear: r.double("population.releasesPerYear"),
      sentenceLengthEdgesDays: r.doubles("population.sentenceLengthEdgesDays"),
      sentenceLengthWeights: r.doubles("population.sentenceLengthWeights"),
      shortSentenceBelowDays: r.int("population.shortSentenceBelowDays"),
      lvbShare: r.double("population.lvbShare"),
      selfReliantShare: r.double("population.selfReliantShare"),
      denialPhaseShare: r.double("population.denialPhaseShare"),
      denialPhaseDays: r.int("population.denialPhaseDays"),
      returnDiffersProbability: r.double("population.returnDiffersProbability"),
      urbanExponent: r.double("population.urbanExponent"),
      judicialTitleShortProbability: r.double("population.judicialTitleShortProbability"),
      judicialTitleLongProbability: r.double("population.judicialTitleLongProbability"))
    needs = Needs(
      noIdShare: r.double("needs.noIdShare"), noHousingShare: r.double("needs.noHousingShare"),
      noIncomeShare: r.double("needs.noIncomeShare"), debtsShare: r.double("needs.debtsShare"),
      careShare: r.double("needs.careShare"),
      benefitIncomeShare: r.double("needs.benefitIncomeShare"),
      housingAtRiskAfterDays: r.int("needs.housingAtRiskAfterDays"),
      housingLossProbability: r.double("needs.housingLossProbability"),
      assistedLivingShare: r.double("needs.assistedLivingShare"))
    institutions = Institutions(
      regionalCount: r.int("institutions.regionalCount"),
      nationalCount: r.int("institutions.nationalCount"),
      nationalPlacementShare: r.double("institutions.nationalPlacementShare"),
      capacitySlack: r.double("institutions.capacitySlack"))
    casemanagers = Casemanagers(
      caseloadNorm: r.int("casemanagers.caseloadNorm"),
      staffingMode: StaffingMode(rawValue: r.string("casemanagers.staffingMode"))!,
      fixedStaffTotal: r.int("casemanagers.fixedStaffTotal"),
      hoursPerWeek: r.double("casemanagers.hoursPerWeek"),
      screeningHours: r.double("casemanagers.screeningHours"),
      lvbScreeningSessions: r.int("casemanagers.lvbScreeningSessions"),
      planRegistrationHours: r.double("casemanagers.planRegistrationHours"),
      registrationBurdenFactor: r.double("casemanagers.registrationBurdenFactor"),
      contactHours: r.double("casemanagers.contactHours"),
      contactSearchHours: r.double("casemanagers.contactSearchHours"),
      farPlacementSearchFactor: r.double("casemanagers.farPlacementSearchFactor"),
      jointConversationHours: r.double("casemanagers.jointConversationHours"),
      mdoHours: r.double("casemanagers.mdoHours"),
      mdoIntervalDays: r.int("casemanagers.mdoIntervalDays"),
      caseConferenceHours: r.double("casemanagers.caseConferenceHours"),
      releaseCoordinationHours: r.double("casemanagers.releaseCoordinationHours"),
      releaseCoordinationLeadDays: r.int("casemanagers.releaseCoordinationLeadDays"),
      conditionRequestHours: r.double("casemanagers.conditionRequestHours"),
      lvbSupportFactor: r.double("casemanagers.lvbSupportFactor"))
    deadlines = Deadlines(
      screeningWorkingDays: r.int("deadlines.screeningWorkingDays"),
      contactWorkingDays: r.int("deadlines.contactWorkingDays"),
      planDays: r.int("deadlines.planDays"),
      jointConversationDays: r.int("deadlines.jointConversationDays"))
    information = Information(
      contactDetailsOnSheet: r.bool("information.contactDetailsOnSheet"),
      fullSheet: r.bool("information.fullSheet"),
      sharedSystem: r.bool("information.sharedSystem"),
      sharedSystemBurdenFactor: r.double("information.sharedSystemBurdenFactor"),
      returnAddressVerifiedProbability: r.double("information.returnAddressVerifiedProbability"),
      gdprRefusalProbability: r.double("information.gdprRefusalProbability"),
      institutionAnswersProbability: r.double("information.institutionAnswersProbability"),
      requestDelayDays: r.int("information.requestDelayDays"))
    caseConferences = CaseConferences(
      agreed: r.bool("caseConferences.agreed"),
      intervalDays: r.int("caseConferences.intervalDays"),
      adHocProbability: r.double("caseConferences.adHocProbability"),
      digitalHoursFactor: r.double("caseConferences.digitalHoursFactor"))
    func sizeClass(_ name: String) -> SizeClassBehaviour {
      SizeClassBehaviour(
        proactiveProbability: r.double("municipalities.\(name).proactiveProbability"),
        responsiveProbability: r.double("municipalities.\(name).responsiveProbability"),
        rentContinuationProbability: r.double("municipalities.\(name).rentContinuationProbability"),
        visitsInstitution: r.bool("municipalities.\(name).visitsInstitution"),
        aftercarePlacesPer10k: r.double("municipalities.\(name).aftercarePlacesPer10k"))
    }
    municipalities = Municipalities(
      smallBelowPopulation: r.int("municipalities.smallBelowPopulation"),
      largeFromPopulation: r.int("municipalities.largeFromPopulation"),
      small: sizeClass("small"), medium: sizeClass("medium"), large: sizeClass("large"),
      earlyInvolvement: r.bool("municipalities.earlyInvolvement"),
      earlyInvolvementProactiveProbability: r.double("municipalities.earlyInvolvementProactiveProbability"),
      jointConversationAttendanceProbability: r.double("municipalities.jointConversationAttendanceProbability"),
      responseDelayDays: r.int("municipalities.responseDelayDays"),
      reportAtCounterMeanDays: r.double("municipalities.reportAtCounterMeanDays"),
      lvbReportDelayFactor: r.double("municipalities.lvbReportDelayFactor"),
      rentContinuationMaxDays: r.int("municipalities.rentContinuationMaxDays"))
    conditions = Conditions(
      leadTimeCV: r.double("conditions.leadTimeCV"),
      idLeadTimeDays: r.double("conditions.idLeadTimeDays"),
      benefitPreparationDays: r.double("conditions.benefitPreparationDays"),
      benefitPaymentDaysPrepared: r.int("conditions.benefitPaymentDaysPrepared"),
      benefitDecisionMeanDays: r.double("conditions.benefitDecisionMeanDays"),
      benefitDecisionMaxDays: r.int("conditions.benefitDecisionMaxDays"),
      housingSearchMeanDays: r.double("conditions.housingSearchMeanDays"),
      housingMarketTightness: r.double("conditions.housingMarketTightness"),
      debtArrangementDays: r.double("conditions.debtArrangementDays"),
      careArrangementDays: r.double("conditions.careArrangementDays"))
    ric = RIC(
      enabled: r.bool("ric.enabled"), hoursPerWeek: r.double("ric.hoursPerWeek"),
      startAfterDays: r.int("ric.startAfterDays"),
      idSelfHelpProbability: r.double("ric.idSelfHelpProbability"),
      debtSelfHelpProbability: r.double("ric.debtSelfHelpProbability"),
      lvbSelfHelpFactor: r.double("ric.lvbSelfHelpFactor"))
    probation = Probation(
      spareCapacityShare: r.double("probation.spareCapacityShare"),
      supervisionMeanDays: r.double("probation.supervisionMeanDays"),
      jointConversationAttendanceProbability: r.double("probation.jointConversationAttendanceProbability"))
    care = Care(
      spareCapacityShare: r.double("care.spareCapacityShare"),
      placementMeanDays: r.double("care.placementMeanDays"),
      initialWaitingList: r.int("care.initialWaitingList"))
    mechanisms = Mechanisms(
      municipalDesk: r.bool("mechanisms.municipalDesk"),
      municipalDeskContactDays: r.int("mechanisms.municipalDeskContactDays"),
      rioPilot: r.bool("mechanisms.rioPilot"),
      rioMaxStayDays: r.int("mechanisms.rioMaxStayDays"),
      rioContactDays: r.int("mechanisms.rioContactDays"),
      zvh: r.bool("mechanisms.zvh"), zvhShare: r.double("mechanisms.zvhShare"),
      huisVanHerstel: r.bool("mechanisms.huisVanHerstel"),
      huisVanHerstelShare: r.double("mechanisms.huisVanHerstelShare"),
      huisVanHerstelMinStayDays: r.int("mechanisms.huisVanHerstelMinStayDays"),
      huisVanHerstelMaxDays: r.int("mechanisms.huisVanHerstelMaxDays"),
      chainPartnersInInstitution: r.bool("mechanisms.chainPartnersInInstitution"),
      chainPartnersHoursFactor: r.double("mechanisms.chainPartnersHoursFactor"))
  }
}
