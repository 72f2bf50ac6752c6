import ScenarioFormat

extension ParameterCatalog {
  /// Municipal behaviour by size class (seed 003: big cities run an aftercare
  /// department, small municipalities handle aftercare at the counter).
  static let municipalities: [ParameterBinding] =
    [
      bind(
        "municipalities.smallBelowPopulation", \.municipalities.smallBelowPopulation, .integer(min: 0, max: 10_000_000),
        30_000,
        unit: "inhabitants", source: assumption, "Municipalities below this are small"),
      bind(
        "municipalities.largeFromPopulation", \.municipalities.largeFromPopulation, .integer(min: 0, max: 10_000_000),
        100_000,
        unit: "inhabitants", source: assumption, "Municipalities from this size up are large"),
    ] + sizeClass("small", \.municipalities.small, proactive: 0.1, responsive: 0.5, rent: 0.1, visits: false, places: 4)
    + sizeClass(
      "medium", \.municipalities.medium, proactive: 0.4, responsive: 0.75, rent: 0.5, visits: false, places: 6)
    + sizeClass("large", \.municipalities.large, proactive: 0.9, responsive: 0.95, rent: 0.9, visits: true, places: 10)
    + [
      bind(
        "municipalities.earlyInvolvement", \.municipalities.earlyInvolvement, .boolean, false,
        source: "seed 003 (recommendation 7)",
        "Every municipality acts on the notification, also those that rarely see a detainee"),
      bind(
        "municipalities.earlyInvolvementProactiveProbability", \.municipalities.earlyInvolvementProactiveProbability,
        .probability, 0.8, unit: "share",
        source: assumption, "Proactive probability at least this high under early involvement"),
      bind(
        "municipalities.jointConversationAttendanceProbability",
        \.municipalities.jointConversationAttendanceProbability, .probability, 0.4, unit: "share",
        source: "seed 003 (joint conversations with all partners are rare); value assumption",
        "Chance that a municipality in contact joins the joint conversation"),
      bind(
        "municipalities.responseDelayDays", \.municipalities.responseDelayDays, .integer(min: 0, max: 365), 5,
        unit: "days",
        source: assumption, "Days for a municipality to act on a notification or call"),
      bind(
        "municipalities.reportAtCounterMeanDays", \.municipalities.reportAtCounterMeanDays, .number(min: 0, max: 365),
        14, unit: "days",
        source: "seed 003 (reactive: picked up when the person reports); value assumption",
        "Mean days after release before an unprepared person reports at the counter"),
      bind(
        "municipalities.lvbReportDelayFactor", \.municipalities.lvbReportDelayFactor, .number(min: 1, max: 10), 2.0,
        source: "seed 003 (LVB not on the sheet; after release it comes down to self-reliance); value assumption",
        "Multiplier on the counter delay for an LVB person the municipality was not told about"),
      bind(
        "municipalities.rentContinuationMaxDays", \.municipalities.rentContinuationMaxDays, .integer(min: 0, max: 3650),
        182, unit: "days",
        source: "seed 003 (up to 6 months)", "Longest stay for which rent can be continued"),
    ]

  /// The five behaviours that differ by size class, declared once for all
  /// three classes; `size` is the class's field, e.g. `\.municipalities.small`.
  private static func sizeClass(
    _ name: String, _ size: WritableKeyPath<ModelParameters, ModelParameters.SizeClassBehaviour> & Sendable,
    proactive: Double, responsive: Double, rent: Double, visits: Bool, places: Double
  ) -> [ParameterBinding] {
    func bind<Value>(
      _ field: WritableKeyPath<ModelParameters.SizeClassBehaviour, Value> & Sendable, _ key: String,
      _ kind: FieldKind<Value>, _ value: Value, unit: String = "", source: String, _ summary: String
    ) -> ParameterBinding {
      let path = "municipalities.\(name).\(key)"
      return ParameterBinding(spec(path, kind, value, unit: unit, source: source, summary), size, field, kind)
    }
    let source = "seed 003 (differs by size); value assumption"
    return [
      bind(
        \.proactiveProbability, "proactiveProbability", .probability, proactive, unit: "share", source: source,
        "Probability that a \(name) municipality seeks contact on the notification"),
      bind(
        \.responsiveProbability, "responsiveProbability", .probability, responsive, unit: "share", source: source,
        "Probability that a \(name) municipality takes up a casemanager's call"),
      bind(
        \.rentContinuationProbability, "rentContinuationProbability", .probability, rent, unit: "share",
        source: "seed 003 (big municipalities can pay rent, small often cannot); value assumption",
        "Probability that a \(name) municipality continues rent during detention once in contact"),
      bind(
        \.aftercarePlacesPer10k, "aftercarePlacesPer10k", .number(min: 0, max: 1000), places,
        unit: "detainees per 10,000 inhabitants",
        source: "seed 003 (big cities have an aftercare department, small ones a side task); value assumption",
        "Detainees a \(name) municipality can follow proactively at once (at least 1); beyond that it is reactive"),
      bind(
        \.visitsInstitution, "visitsInstitution", .boolean, visits, source: source,
        "A proactive \(name) municipality visits a nearby PI, finding the casemanager without details"),
    ]
  }

  /// Lead times of the work that puts each basic condition in order.
  static let conditions: [ParameterBinding] = [
    bind(
      "conditions.leadTimeCV", \.conditions.leadTimeCV, .number(min: 0, max: 5), 0.5, source: assumption,
      "Coefficient of variation of every lead time (lognormal)"),
    bind(
      "conditions.idLeadTimeDays", \.conditions.idLeadTimeDays, .number(min: 0, max: 3650), 14, unit: "days",
      source: assumption,
      "Mean time to issue an ID once requested"),
    bind(
      "conditions.benefitPreparationDays", \.conditions.benefitPreparationDays, .number(min: 0, max: 3650), 21,
      unit: "days",
      source: assumption, "Mean time to prepare a benefit during detention"),
    bind(
      "conditions.benefitPaymentDaysPrepared", \.conditions.benefitPaymentDaysPrepared, .integer(min: 0, max: 365), 7,
      unit: "days",
      source: "seed 003 (within about a week)", "Days to first income after release when prepared"),
    bind(
      "conditions.benefitDecisionMeanDays", \.conditions.benefitDecisionMeanDays, .number(min: 0, max: 3650), 42,
      unit: "days",
      source: assumption, "Mean decision time for a benefit applied for after release"),
    bind(
      "conditions.benefitDecisionMaxDays", \.conditions.benefitDecisionMaxDays, .integer(min: 0, max: 3650), 56,
      unit: "days",
      source: "seed 003 (up to 8 weeks)", "Longest decision time for a benefit after release"),
    bind(
      "conditions.housingSearchMeanDays", \.conditions.housingSearchMeanDays, .number(min: 0, max: 3650), 120,
      unit: "days",
      source: "seed 003 (housing the biggest bottleneck); value assumption",
      "Mean time to find housing in a normal market"),
    bind(
      "conditions.housingMarketTightness", \.conditions.housingMarketTightness, .number(min: 0.1, max: 10), 1.0,
      source: assumption,
      "Multiplier on housing search time (above 1: tight market)"),
    bind(
      "conditions.debtArrangementDays", \.conditions.debtArrangementDays, .number(min: 0, max: 3650), 60, unit: "days",
      source: assumption, "Mean time to arrange debts once debt assistance starts"),
    bind(
      "conditions.careArrangementDays", \.conditions.careArrangementDays, .number(min: 0, max: 3650), 30, unit: "days",
      source: assumption, "Mean time to arrange continued (ambulant) care"),
  ]
}

extension ParameterCatalog {
  /// `SizeClass.of` tests "small" first, so a small threshold above the large
  /// one would make every municipality between them small and leave the
  /// medium class empty without a word.
  static let municipalityRules: [CrossFieldRule] = [
    CrossFieldRule(
      ["municipalities.smallBelowPopulation", "municipalities.largeFromPopulation"],
      "municipalities.smallBelowPopulation is at most municipalities.largeFromPopulation"
    ) { scenario in
      let small = scenario.int("municipalities.smallBelowPopulation")
      let large = scenario.int("municipalities.largeFromPopulation")
      guard small > large else { return nil }
      return CrossFieldRule.Violation(
        path: "municipalities.smallBelowPopulation",
        message: "\(small) is above municipalities.largeFromPopulation (\(large))",
        allowed: "at most municipalities.largeFromPopulation (\(large)), so the size classes stay in order")
    }
  ]

  /// A benefit decision is drawn around its mean and capped at the maximum,
  /// so a mean above the maximum would be capped on nearly every draw and
  /// no longer be the mean.
  static let conditionRules: [CrossFieldRule] = [
    CrossFieldRule(
      ["conditions.benefitDecisionMeanDays", "conditions.benefitDecisionMaxDays"],
      "conditions.benefitDecisionMeanDays is at most conditions.benefitDecisionMaxDays"
    ) { scenario in
      let mean = scenario.double("conditions.benefitDecisionMeanDays")
      let max = scenario.int("conditions.benefitDecisionMaxDays")
      guard mean > Double(max) else { return nil }
      return CrossFieldRule.Violation(
        path: "conditions.benefitDecisionMeanDays",
        message: "\(JSONWriter.formatNumber(mean)) is above conditions.benefitDecisionMaxDays (\(max))",
        allowed: "at most conditions.benefitDecisionMaxDays (\(max))")
    }
  ]
}
