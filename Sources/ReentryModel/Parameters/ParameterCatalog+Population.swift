import ScenarioFormat

extension ParameterCatalog {
  /// Who enters prison, for how long, and where they come from.
  static let population: [ParameterSpec] = [
    spec(
      "population.releasesPerYear", .number(min: 0, max: 1_000_000), 27_500,
      unit: "releases/year", source: "seed 002 (~30,000), seed 003 (~25,000)",
      "National yearly outflow; admissions arrive as a Poisson stream at this rate"),
    spec(
      "population.sentenceLengthEdgesDays",
      .numberList(min: 1, max: 36_500, minCount: 2, maxCount: 50),
      .array([1, 14, 30, 61, 91, 182, 365, 730, 1461, 3652].map { .number($0) }),
      unit: "days", source: "assumption (bins)", "Bin edges of the length-of-stay histogram"),
    spec(
      "population.sentenceLengthWeights",
      .numberList(min: 0, max: 1_000_000, minCount: 1, maxCount: 49),
      .array([0.20, 0.15, 0.20, 0.18, 0.12, 0.08, 0.04, 0.025, 0.005].map { .number($0) }),
      unit: "share", source: "seed 003 (nearly 3/4 < 3 months), seed 001 (most < 2 months); tail assumption",
      "Share of admissions per bin (normalised); 55% under 2 months, 73% under 3 months"),
    spec(
      "population.shortSentenceBelowDays", .integer(min: 1, max: 36_500), 91, unit: "days",
      source: "seed 003 (3 months)", "Stays shorter than this form the group sentence=short"),
    spec(
      "population.lvbShare", .probability, 0.3, unit: "share", source: assumption,
      "Share with a mild intellectual disability (LVB)"),
    spec(
      "population.selfReliantShare", .probability, 0.5, unit: "share", source: assumption,
      "Share able to work on their own conditions in the RIC (LVB lowers their chances)"),
    spec(
      "population.denialPhaseShare", .probability, 0.2, unit: "share",
      source: "seed 003 (denial phase); value assumption",
      "Share who cannot be screened in their first days"),
    spec(
      "population.denialPhaseDays", .integer(min: 0, max: 365), 7, unit: "days", source: assumption,
      "Days before a detainee in denial can be screened"),
    spec(
      "population.returnDiffersProbability", .probability, 0.15, unit: "share",
      source: "seed 003 (not everyone returns to the registered address); value assumption",
      "Probability that the actual return municipality differs from the registered one"),
    spec(
      "population.urbanExponent", .number(min: 0, max: 3), 1.1, source: assumption,
      "Return weight is population^exponent; above 1 over-represents cities"),
    spec(
      "population.judicialTitleShortProbability", .probability, 0.1, unit: "share",
      source: assumption, "Probability that supervision follows release after a short stay"),
    spec(
      "population.judicialTitleLongProbability", .probability, 0.45, unit: "share",
      source: assumption, "Probability that supervision follows release after a long stay"),
  ]

  /// Needs at entry per basic condition, and what detention itself takes away.
  static let needs: [ParameterSpec] = [
    spec(
      "needs.noIdShare", .probability, 0.20, unit: "share", source: "seed 001",
      "Share without a valid ID at entry"),
    spec(
      "needs.noHousingShare", .probability, 0.20, unit: "share", source: "seed 001",
      "Share without housing at entry"),
    spec(
      "needs.noIncomeShare", .probability, 0.40, unit: "share", source: "seed 001",
      "Share without work or income at entry"),
    spec(
      "needs.debtsShare", .probability, 0.70, unit: "share", source: "seed 001",
      "Share with debts at entry"),
    spec(
      "needs.careShare", .probability, 0.31, unit: "share", source: "seed 001",
      "Share with a care contact before detention (needs care continued)"),
    spec(
      "needs.benefitIncomeShare", .probability, 0.3, unit: "share",
      source: "seed 003 (benefits stop on detention); value assumption",
      "Of those with income at entry, the share living on a benefit that stops on detention"),
    spec(
      "needs.housingAtRiskAfterDays", .integer(min: 0, max: 3650), 60, unit: "days",
      source: assumption, "Stays longer than this put rented housing at risk"),
    spec(
      "needs.housingLossProbability", .probability, 0.4, unit: "share",
      source: "seed 003 (housing lost on long stays); value assumption",
      "Probability of losing housing on a long stay when rent is not continued"),
    spec(
      "needs.assistedLivingShare", .probability, 0.25, unit: "share", source: assumption,
      "Of those needing care, the share needing an assisted/protected living place"),
  ]
}
