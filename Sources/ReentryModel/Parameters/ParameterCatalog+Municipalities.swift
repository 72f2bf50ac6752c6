import ScenarioFormat

extension ParameterCatalog {
  /// Municipal behaviour by size class (seed 003: big cities run an aftercare
  /// department, small municipalities handle aftercare at the counter).
  static let municipalities: [ParameterBinding] =
    [
      bind(
        "municipalities.smallBelowPopulation", \.municipalities.smallBelowPopulation, .integer(min: 0, max: 10_000_000),
        30_000,
        unit: "inhabitants", source: assumption, "Municipalities below this are small",
        held:
          "defines the size classes results are grouped by; varying it would change what 'small' means between draws"),
      bind(
        "municipalities.largeFromPopulation", \.municipalities.largeFromPopulation, .integer(min: 0, max: 10_000_000),
        100_000,
        unit: "inhabitants", source: assumption, "Municipalities from this size up are large",
        held:
          "defines the size classes results are grouped by; varying it would change what 'large' means between draws"),
    ]
    + sizeClass(
      "small", \.municipalities.small, proactive: (0.1, 0.03...0.25), responsive: (0.5, 0.3...0.7),
      rent: (0.1, 0.03...0.25), visits: false, places: (4, 2...8), jobs: (0.1, 0.0...0.25))
    + sizeClass(
      "medium", \.municipalities.medium, proactive: (0.4, 0.25...0.6), responsive: (0.75, 0.6...0.9),
      rent: (0.5, 0.3...0.7), visits: false, places: (6, 3...10), jobs: (0.4, 0.2...0.6))
    + sizeClass(
      "large", \.municipalities.large, proactive: (0.9, 0.75...1.0), responsive: (0.95, 0.85...1.0),
      rent: (0.9, 0.75...1.0), visits: true, places: (10, 6...15), jobs: (0.9, 0.7...1.0))
    + [
      bind(
        "municipalities.earlyInvolvement", \.municipalities.earlyInvolvement, .boolean, false,
        source: "seed 003 (recommendation 7)",
        "Every municipality acts on the notification, also those that rarely see a detainee"),
      bind(
        "municipalities.earlyInvolvementProactiveProbability", \.municipalities.earlyInvolvementProactiveProbability,
        .probability, 0.8, unit: "share",
        role: .interventionAssumption(.assumed, actsWhen: ["municipalities.earlyInvolvement"]), source: assumption,
        "Proactive probability at least this high under early involvement",
        plausible: 0.6...0.95,
        "recommendation 7 asks every municipality to act; small ones without an aftercare department will not all manage"
      ),
      bind(
        "municipalities.jointConversationAttendanceProbability",
        \.municipalities.jointConversationAttendanceProbability, .probability, 0.4, unit: "share",
        source: "seed 003 (joint conversations with all partners are rare); value assumption",
        "Chance that a municipality in contact joins the joint conversation",
        plausible: 0.2...0.6, "seed 003: joint conversations with all partners are rare, municipalities often absent"),
      bind(
        "municipalities.responseDelayDays", \.municipalities.responseDelayDays, .integer(min: 0, max: 365), 5,
        unit: "days",
        source: assumption, "Days for a municipality to act on a notification or call",
        plausible: 2...10, "a notice arriving by Injus is handled at the next team moment: days to two weeks"),
      bind(
        "municipalities.reportAtCounterMeanDays", \.municipalities.reportAtCounterMeanDays, .number(min: 0, max: 365),
        14, unit: "days",
        source: "seed 003 (reactive: picked up when the person reports); value assumption",
        "Mean days after release before an unprepared person reports at the counter",
        plausible: 7...30,
        "seed 003: picked up when the person reports; within days for money, weeks for those who stay with family"),
      bind(
        "municipalities.lvbReportDelayFactor", \.municipalities.lvbReportDelayFactor, .number(min: 1, max: 10), 2.0,
        source: "seed 003 (LVB not on the sheet; after release it comes down to self-reliance); value assumption",
        "Multiplier on the counter delay for an LVB person the municipality was not told about",
        plausible: 1.5...3.0,
        "seed 003: after release it comes down to self-reliance, which LVB persons lack; later, not never"),
      bind(
        "municipalities.rentContinuationMaxDays", \.municipalities.rentContinuationMaxDays, .integer(min: 0, max: 3650),
        182, unit: "days",
        source: "seed 003 (up to 6 months)", "Longest stay for which rent can be continued"),
    ]

  /// The six behaviours that differ by size class, declared once for all
  /// three classes; `size` is the class's field, e.g. `\.municipalities.small`.
  /// Each number comes with its class's plausible range; the ranges keep the
  /// classes in the order seed 003 describes.
  private static func sizeClass(
    _ name: String, _ size: WritableKeyPath<ModelParameters, ModelParameters.SizeClassBehaviour> & Sendable,
    proactive: Assumed, responsive: Assumed, rent: Assumed, visits: Bool, places: Assumed, jobs: Assumed
  ) -> [ParameterBinding] {
    func bind<Value>(
      _ field: WritableKeyPath<ModelParameters.SizeClassBehaviour, Value> & Sendable, _ key: String,
      _ kind: FieldKind<Value>, _ value: Value, unit: String = "", source: String, _ summary: String,
      plausible: ClosedRange<Double>? = nil, _ rationale: String = ""
    ) -> ParameterBinding {
      let path = "municipalities.\(name).\(key)"
      let range = plausible.map { Plausibility.range(low: $0.lowerBound, high: $0.upperBound, rationale: rationale) }
      return ParameterBinding(spec(path, kind, value, unit: unit, source: source, summary, range), size, field, kind)
    }
    let source = "seed 003 (differs by size); value assumption"
    return [
      bind(
        \.proactiveProbability, "proactiveProbability", .probability, proactive.value, unit: "share", source: source,
        "Probability that a \(name) municipality seeks contact on the notification",
        plausible: proactive.plausible,
        "seed 003: large cities contact every notified detainee, small municipalities mostly wait for the counter"),
      bind(
        \.responsiveProbability, "responsiveProbability", .probability, responsive.value, unit: "share",
        source: source, "Probability that a \(name) municipality takes up a casemanager's call",
        plausible: responsive.plausible,
        "a call is taken up more readily than a notice, and best where aftercare is a department, not a side task (seed 003)"
      ),
      bind(
        \.rentContinuationProbability, "rentContinuationProbability", .probability, rent.value, unit: "share",
        source: "seed 003 (big municipalities can pay rent, small often cannot); value assumption",
        "Probability that a \(name) municipality continues rent during detention once in contact",
        plausible: rent.plausible,
        "seed 003: big municipalities can continue rent for up to 6 months, small ones often cannot"),
      bind(
        \.aftercarePlacesPer10k, "aftercarePlacesPer10k", .number(min: 0, max: 1000), places.value,
        unit: "detainees per 10,000 inhabitants",
        source: "seed 003 (big cities have an aftercare department, small ones a side task); value assumption",
        "Detainees a \(name) municipality can follow proactively at once (at least 1); beyond that it is reactive",
        plausible: places.plausible,
        "seed 003: big cities run an aftercare department, small ones a side task; a few to fifteen per 10,000 at once"),
      bind(
        \.visitsInstitution, "visitsInstitution", .boolean, visits, source: source,
        "A proactive \(name) municipality visits a nearby PI, finding the casemanager without details"),
      bind(
        \.jobSupportProbability, "jobSupportProbability", .probability, jobs.value, unit: "share",
        source:
          "seed 003:1369-1373 (large municipalities with an aftercare department fund job support); value assumption",
        "Probability that a \(name) municipality funds someone who helps detainees find a job",
        plausible: jobs.plausible,
        "seed 003: Amsterdam and Rotterdam fund a job helper, smaller municipalities mostly have no budget for it"),
    ]
  }

  /// A size class's value with its plausible range, e.g. `(0.1, 0.03...0.25)`.
  private typealias Assumed = (value: Double, plausible: ClosedRange<Double>)

  /// Lead times of the work that puts each basic condition in order.
  static let conditions: [ParameterBinding] = [
    bind(
      "conditions.leadTimeCV", \.conditions.leadTimeCV, .number(min: 0, max: 5), 0.5, source: assumption,
      "Coefficient of variation of every lead time (lognormal)",
      plausible: 0.3...0.8, "administrative lead times are right-skewed but rarely spread more than their mean"),
    bind(
      "conditions.idLeadTimeDays", \.conditions.idLeadTimeDays, .number(min: 0, max: 3650), 14, unit: "days",
      source: assumption,
      "Mean time to issue an ID once requested",
      plausible: 7...28,
      "an ID card is ready about a week after application; from a PI with photo and appointment up to a month"),
    bind(
      "conditions.benefitPreparationDays", \.conditions.benefitPreparationDays, .number(min: 0, max: 3650), 21,
      unit: "days",
      source: assumption, "Mean time to prepare a benefit during detention",
      plausible: 14...42,
      "preparing a benefit from detention takes weeks of forms and checks, so it can pay a week after release (seed 003)"
    ),
    bind(
      "conditions.benefitPaymentDaysPrepared", \.conditions.benefitPaymentDaysPrepared, .integer(min: 0, max: 365), 7,
      unit: "days",
      source: "seed 003 (within about a week)", "Days to first income after release when prepared"),
    bind(
      "conditions.benefitDecisionMeanDays", \.conditions.benefitDecisionMeanDays, .number(min: 0, max: 3650), 42,
      unit: "days",
      source: assumption, "Mean decision time for a benefit applied for after release",
      plausible: 28...56, "seed 003: a decision takes up to 8 weeks (the maximum), with an advance only after 4"),
    bind(
      "conditions.benefitDecisionMaxDays", \.conditions.benefitDecisionMaxDays, .integer(min: 0, max: 3650), 56,
      unit: "days",
      source: "seed 003 (up to 8 weeks)", "Longest decision time for a benefit after release"),
    bind(
      "conditions.housingSearchMeanDays", \.conditions.housingSearchMeanDays, .number(min: 0, max: 3650), 120,
      unit: "days",
      source: "seed 003 (housing the biggest bottleneck); value assumption",
      "Mean time to find housing in a normal market",
      plausible: 60...240,
      "seed 003: housing is the biggest bottleneck; via shelters and priority schemes two to eight months, not the years of regular waits"
    ),
    bind(
      "conditions.housingMarketTightness", \.conditions.housingMarketTightness, .number(min: 0.1, max: 10), 1.0,
      role: .policyLever(.assumed), source: assumption,
      "Multiplier on housing search time (above 1: tight market)",
      held:
        "a lever (housing-easy, housing-tight); today's market is uncertain through conditions.housingSearchMeanDays"),
    bind(
      "conditions.debtArrangementDays", \.conditions.debtArrangementDays, .number(min: 0, max: 3650), 60, unit: "days",
      source: assumption, "Mean time to arrange debts once debt assistance starts",
      plausible: 30...120,
      "an inventory and a first arrangement with creditors take one to four months once debt help starts"),
    bind(
      "conditions.careArrangementDays", \.conditions.careArrangementDays, .number(min: 0, max: 3650), 30, unit: "days",
      source: assumption, "Mean time to arrange continued (ambulant) care",
      plausible: 14...60, "an intake with an ambulant provider takes two weeks to two months"),
    bind(
      "conditions.postalAddressWithoutHomeProbability", \.conditions.postalAddressWithoutHomeProbability,
      .probability, 0.5, unit: "share",
      source:
        "seed 003 (domino effect: without housing the rest is hard; a benefit needs a postal address); value assumption",
      "Chance that someone released without housing has a postal address, so a benefit and a debt arrangement can still be in order",
      plausible: 0.25...0.75,
      "municipalities grant a postal address to the homeless, but not everyone asks or qualifies at release"),
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
