import ScenarioFormat

extension ParameterCatalog {
  /// Who enters prison, for how long, and where they come from.
  static let population: [ParameterBinding] = [
    bind(
      "population.releasesPerYear", \.population.releasesPerYear, .number(min: 0, max: 1_000_000), 27_500,
      unit: "releases/year", source: "seed 002 (~30,000), seed 003 (~25,000)",
      "National yearly outflow; admissions arrive as a Poisson stream at this rate"),
    bind(
      "population.sentenceLengthEdgesDays", \.population.sentenceLengthEdgesDays,
      .numberList(min: 1, max: 36_500, minCount: 2, maxCount: 50),
      [1, 14, 30, 61, 91, 182, 365, 730, 1461, 3652],
      unit: "days", source: "assumption (bins)", "Bin edges of the length-of-stay histogram"),
    bind(
      "population.sentenceLengthWeights", \.population.sentenceLengthWeights,
      .numberList(min: 0, max: 1_000_000, minCount: 1, maxCount: 49),
      [0.20, 0.15, 0.20, 0.18, 0.12, 0.08, 0.04, 0.025, 0.005],
      unit: "share", source: "seed 003 (nearly 3/4 < 3 months), seed 001 (most < 2 months); tail assumption",
      "Share of admissions per bin (normalised); 55% under 2 months, 73% under 3 months"),
    bind(
      "population.shortSentenceBelowDays", \.population.shortSentenceBelowDays, .integer(min: 1, max: 36_500), 91,
      unit: "days",
      source: "seed 003 (3 months)", "Stays shorter than this form the group sentence=short"),
    bind(
      "population.lvbShare", \.population.lvbShare, .probability, 0.3, unit: "share", source: assumption,
      "Share with a mild intellectual disability (LVB)",
      plausible: 0.15...0.45,
      "Dutch prison screenings find roughly a fifth to over two fifths with IQ below 85; the seeds give no figure"),
    bind(
      "population.selfReliantShare", \.population.selfReliantShare, .probability, 0.5, unit: "share",
      source: assumption,
      "Share able to work on their own conditions in the RIC (LVB lowers their chances)",
      plausible: 0.3...0.7,
      "seeds 000/001 make the RIC a regular route for those who can, seed 003 says many (LVB, addiction) cannot: neither few nor nearly all"
    ),
    bind(
      "population.denialPhaseShare", \.population.denialPhaseShare, .probability, 0.2, unit: "share",
      source: "seed 003 (denial phase); value assumption",
      "Share who cannot be screened in their first days",
      plausible: 0.1...0.35,
      "seed 003 names the denial phase as a recurring reason for late screening: a minority, not a rarity"),
    bind(
      "population.denialPhaseDays", \.population.denialPhaseDays, .integer(min: 0, max: 365), 7, unit: "days",
      source: assumption,
      "Days before a detainee in denial can be screened",
      plausible: 3...14,
      "a phase of the first days: it delays screening, due within 10 working days, without preventing it"),
    bind(
      "population.returnDiffersProbability", \.population.returnDiffersProbability, .probability, 0.15, unit: "share",
      source: "seed 003 (not everyone returns to the registered address); value assumption",
      "Probability that the actual return municipality differs from the registered one",
      plausible: 0.05...0.3,
      "seed 003: not everyone returns to the registered address; about the fifth without housing at entry (seed 001) at most"
    ),
    bind(
      "population.urbanExponent", \.population.urbanExponent, .number(min: 0, max: 3), 1.1, source: assumption,
      "Return weight is population^exponent; above 1 over-represents cities",
      plausible: 1.0...1.3,
      "detention is more frequent in cities: at least proportional to population, at most about 3 times per head in the largest"
    ),
    bind(
      "population.judicialTitleShortProbability", \.population.judicialTitleShortProbability, .probability, 0.1,
      unit: "share",
      source: assumption, "Probability that supervision follows release after a short stay",
      plausible: 0.05...0.2,
      "conditional release needs a sentence over a year, so supervision after a stay under 3 months comes only from special conditions"
    ),
    bind(
      "population.judicialTitleLongProbability", \.population.judicialTitleLongProbability, .probability, 0.45,
      unit: "share",
      source: assumption, "Probability that supervision follows release after a long stay",
      plausible: 0.3...0.6,
      "conditional release with supervision follows the longer sentences, special conditions part of the rest: a large minority to a small majority"
    ),
  ]

  /// Needs at entry per basic condition, and what detention itself takes away.
  static let needs: [ParameterBinding] = [
    bind(
      "needs.noIdShare", \.needs.noIdShare, .probability, 0.20, unit: "share", source: "seed 001",
      "Share without a valid ID at entry"),
    bind(
      "needs.noHousingShare", \.needs.noHousingShare, .probability, 0.20, unit: "share", source: "seed 001",
      "Share without housing at entry"),
    bind(
      "needs.noIncomeShare", \.needs.noIncomeShare, .probability, 0.40, unit: "share", source: "seed 001",
      "Share without work or income at entry"),
    bind(
      "needs.debtsShare", \.needs.debtsShare, .probability, 0.70, unit: "share", source: "seed 001",
      "Share with debts at entry"),
    bind(
      "needs.careShare", \.needs.careShare, .probability, 0.31, unit: "share", source: "seed 001",
      "Share with a care contact before detention (needs care continued)"),
    bind(
      "needs.benefitIncomeShare", \.needs.benefitIncomeShare, .probability, 0.3, unit: "share",
      source: "seed 003 (benefits stop on detention); value assumption",
      "Of those with income at entry, the share living on a benefit that stops on detention",
      plausible: 0.15...0.45,
      "many detainees with an income live on welfare rather than work (seed 003: benefits stop on detention), without a share"
    ),
    bind(
      "needs.housingAtRiskAfterDays", \.needs.housingAtRiskAfterDays, .integer(min: 0, max: 3650), 60, unit: "days",
      source: assumption, "Stays longer than this put rented housing at risk",
      plausible: 30...120,
      "landlords start eviction after about 2-3 months of arrears; seed 003: rent can be paid for up to 6 months to prevent it"
    ),
    bind(
      "needs.housingLossProbability", \.needs.housingLossProbability, .probability, 0.4, unit: "share",
      source: "seed 003 (housing lost on long stays); value assumption",
      "Probability of losing housing on a long stay when rent is not continued",
      plausible: 0.2...0.6,
      "seed 003: housing is lost on long stays, the biggest bottleneck, yet family or partners often keep paying: not a certainty"
    ),
    bind(
      "needs.assistedLivingShare", \.needs.assistedLivingShare, .probability, 0.25, unit: "share", source: assumption,
      "Of those needing care, the share needing an assisted/protected living place",
      plausible: 0.1...0.4,
      "most continued care is ambulant; seed 003's year-long waits concern the minority needing assisted or protected living"
    ),
  ]
}

extension ParameterCatalog {
  /// The length-of-stay histogram that `DetaineeFactory` builds from the two
  /// lists: `HistogramDistribution` and `CategoricalDistribution` throw on
  /// each of these, which would end every run as an internal error.
  static let populationRules: [CrossFieldRule] = [
    CrossFieldRule(
      ["population.sentenceLengthEdgesDays"], "population.sentenceLengthEdgesDays increase strictly"
    ) { scenario in
      let path = "population.sentenceLengthEdgesDays"
      let edges = scenario.doubles(path)
      guard let i = edges.indices.dropFirst().first(where: { !(edges[$0 - 1] < edges[$0]) }) else { return nil }
      let f = JSONWriter.formatNumber
      return CrossFieldRule.Violation(
        path: path, message: "\(f(edges[i])) at [\(i)] is not above \(f(edges[i - 1])) at [\(i - 1)]",
        allowed: "strictly increasing edges")
    },
    CrossFieldRule(
      ["population.sentenceLengthWeights", "population.sentenceLengthEdgesDays"],
      "population.sentenceLengthWeights has one weight per interval between population.sentenceLengthEdgesDays"
    ) { scenario in
      let path = "population.sentenceLengthWeights"
      let weights = scenario.doubles(path).count
      let edges = scenario.doubles("population.sentenceLengthEdgesDays").count
      guard weights != edges - 1 else { return nil }
      return CrossFieldRule.Violation(
        path: path,
        message: "\(weights) \(weights == 1 ? "weight" : "weights") for \(edges) edges",
        allowed: "one weight per interval between edges (\(edges - 1))")
    },
    CrossFieldRule(
      ["population.sentenceLengthWeights"], "population.sentenceLengthWeights has at least one weight above 0"
    ) { scenario in
      let path = "population.sentenceLengthWeights"
      let weights = scenario.doubles(path)
      guard !weights.contains(where: { $0 > 0 }) else { return nil }
      let all = weights.count == 1 ? "the only weight is" : "all \(weights.count) weights are"
      return CrossFieldRule.Violation(path: path, message: "\(all) 0", allowed: "at least one weight above 0")
    },
  ]
}
