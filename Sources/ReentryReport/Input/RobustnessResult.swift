import ReentryExperiments
import ScenarioFormat

/// The output directory of `reentry robustness`, read back for a report.
///
/// Numbers come from `robustness.json` (per variant and metric over the kept
/// draws); the drawn assumptions, their ranges and every scenario's resolved
/// parameters from `design.json`. `robustness.csv` is not read: the summary
/// holds every number the page shows.
struct RobustnessResult: Sendable {
  /// A variant's effect on one metric over the kept draws (group all).
  struct Effect: Sendable {
    let metric: String
    /// Kept draws with a value.
    let draws: Int
    let median: Double
    let range50: (low: Double, high: Double)
    let range90: (low: Double, high: Double)
    /// Share of kept draws in which the variant does better; nil for a metric without a better direction.
    let probabilityImprovement: Double?
    /// Its Wilson 95% interval.
    let improvementInterval: (low: Double, high: Double)?
    /// Share of kept draws in which it is the best variant; nil without a direction or with one variant.
    let probabilityBest: Double?
    let bestInterval: (low: Double, high: Double)?
    /// The effect's spread split by the law of total variance; nil without 2 replications and 2 worlds.
    let spread: Spread?
  }

  /// How much an effect varies between worlds (assumption uncertainty) and
  /// between replications of one world (simulation noise), as standard deviations.
  struct Spread: Sendable {
    let worlds: Int
    let assumptionSD: Double
    let noiseSD: Double
    /// The assumptions' share of the variance of one replication's effect; nil when it has none.
    let assumptionShare: Double?
  }

  /// The two ranked variants with the largest mean effect on release_ready, per world.
  struct LeadingPair: Sendable {
    let first: String
    let second: String
    let draws: Int
    let medianDifference: Double
    let range90: (low: Double, high: Double)
    let probabilityFirstBetter: Double
    let interval: (low: Double, high: Double)
    /// False when the interval holds one half: then no ranking may be stated.
    let canBeRanked: Bool
  }

  /// What knowing one assumption is worth to the choice among the ranked variants (EVPPI).
  struct Choice: Sendable {
    let draws: Int
    let options: Int
    let evpi: Double
    let noiseFloor: Double
    /// Assumptions above the noise floor, most valuable first.
    let leads: [(parameter: String, evppi: Double, changesChoice: Double)]
  }

  /// The probability of each option (base first) being the best buy per value of an extra release-ready person.
  struct Acceptability: Sendable {
    let draws: Int
    let values: [Double]
    /// `shares[option][value]`.
    let options: [(name: String, shares: [Double])]
  }

  /// Staff cost over the kept draws: medians, and the hours per extra release-ready person (a ratio of means).
  struct StaffCost: Sendable {
    let draws: Int
    let extraReleaseReadyPerYear: Double
    let extraFTE: Double
    let extraHoursPerYear: Double
    /// Nil when the mean gain is not positive.
    let hoursPerExtraReleaseReady: Double?
  }

  struct Variant: Sendable {
    let name: String
    /// Drawn parameters the variant sets itself and keeps in every draw.
    let levers: [String]
    let staffCost: StaffCost?
    let effects: [Effect]

    func effect(_ metric: String) -> Effect? { effects.first { $0.metric == metric } }
  }

  /// A drawn assumption and its plausible range.
  struct Factor: Sendable {
    let path: String
    let low: Double
    let high: Double
  }

  /// A scenario of `design.json`: its name and resolved parameters (with the analysis's seed and replications).
  struct Scenario: Sendable {
    let name: String
    let parameters: JSONValue
  }

  let name: String
  let base: String
  /// "patterns" or "none".
  let filter: String
  let draws: Int
  let kept: Int
  let rejected: Int
  /// Figures of `validate-model` and the draws each rejected, most first.
  let rejections: [(figure: String, draws: Int)]
  let variants: [Variant]
  /// How many variants "best" is judged among (combinations of other variants are not).
  let rankedCount: Int
  let factors: [Factor]
  let leadingPair: LeadingPair?
  let choice: Choice?
  let acceptability: Acceptability?
  /// The calibration generation the worlds were drawn from (`--worlds`); nil: the plausible ranges alone.
  let posteriorGeneration: Int?
  /// Base first.
  let scenarios: [Scenario]
  let provenance: Provenance

  /// Whether the kept draws were tested against the sources.
  var filtered: Bool { filter != "none" }

  init(_ directory: ResultDirectory, manifest: JSONValue) throws(InputError) {
    let why = "a robustness directory holds robustness.json, design.json and manifest.json"
    let summary = try directory.json("robustness.json", needed: why)
    let file = directory.file("robustness.json")
    func count(_ key: String) throws(InputError) -> Int {
      guard case .number(let x)? = summary.value(forKey: key), x >= 0, x == x.rounded() else {
        throw InputError.invalid(file, "needs \"\(key)\", a whole number")
      }
      return Int(x)
    }
    guard summary.value(forKey: "kind") == .string("robustness-summary") else {
      throw InputError.invalid(
        file, "is not the summary of a robustness analysis (no \"kind\": \"robustness-summary\")")
    }
    name = Provenance.text(summary.value(forKey: "name") ?? .string("robustness"))
    base = Provenance.text(summary.value(forKey: "base") ?? .string("base"))
    filter = Provenance.text(summary.value(forKey: "filter") ?? .string("patterns"))
    draws = try count("draws")
    kept = try count("kept")
    rejected = try count("rejected")
    var rejections: [(figure: String, draws: Int)] = []
    if case .array(let list)? = summary.value(forKey: "rejectionsByFigure") {
      for entry in list {
        guard case .string(let figure)? = entry.value(forKey: "figure"), let n = Self.number(entry, "draws") else {
          throw InputError.invalid(file, "every entry of \"rejectionsByFigure\" needs a \"figure\" and \"draws\"")
        }
        rejections.append((figure, Int(n)))
      }
    }
    self.rejections = rejections
    guard case .array(let list)? = summary.value(forKey: "variants"), !list.isEmpty else {
      throw InputError.invalid(file, "needs \"variants\", one entry per variant")
    }
    var variants: [Variant] = []
    for entry in list {
      guard let variant = Self.variant(entry) else {
        throw InputError.invalid(
          file, "every variant needs a \"name\" and \"metrics\" with a median and 50% and 90% ranges each")
      }
      variants.append(variant)
    }
    self.variants = variants
    if case .array(let ranked)? = summary.value(forKey: "rankedVariants") {
      rankedCount = ranked.count
    } else {
      rankedCount = variants.count
    }

    leadingPair = Self.leadingPair(summary.value(forKey: "leadingPair"))
    choice = Self.choice(summary.value(forKey: "choiceDependsOn"))
    acceptability = Self.acceptability(summary.value(forKey: "acceptability"))

    let design = try directory.json("design.json", needed: why)
    let designFile = directory.file("design.json")
    guard case .array(let factorList)? = design.value(forKey: "factors"),
      case .array(let scenarioList)? = design.value(forKey: "scenarios")
    else { throw InputError.invalid(designFile, "needs \"factors\" and \"scenarios\"") }
    factors = factorList.compactMap { entry in
      guard case .string(let path)? = entry.value(forKey: "path"), let low = Self.number(entry, "low"),
        let high = Self.number(entry, "high")
      else { return nil }
      return Factor(path: path, low: low, high: high)
    }
    posteriorGeneration = Self.number(design.value(forKey: "worlds"), "generation").map(Int.init)
    scenarios = scenarioList.compactMap { entry in
      guard case .string(let name)? = entry.value(forKey: "name"), let parameters = entry.value(forKey: "parameters")
      else { return nil }
      return Scenario(name: name, parameters: parameters)
    }
    guard scenarios.count == variants.count + 1 else {
      throw InputError.invalid(designFile, "needs the base and every variant of robustness.json in \"scenarios\"")
    }
    provenance = try Provenance(
      manifest: manifest, runInfo: try directory.optionalJSON("run-info.json"), file: directory.file("manifest.json"))
  }

  func variant(_ name: String) -> Variant? { variants.first { $0.name == name } }

  static func number(_ value: JSONValue?, _ key: String) -> Double? {
    if case .number(let x)? = value?.value(forKey: key) { x } else { nil }
  }

  static func pair(_ value: JSONValue?) -> (low: Double, high: Double)? {
    guard case .array(let ends)? = value, ends.count == 2, case .number(let low) = ends[0],
      case .number(let high) = ends[1]
    else { return nil }
    return (low, high)
  }

  private static func spread(_ value: JSONValue?) -> Spread? {
    guard let worlds = number(value, "worlds"), let assumption = number(value, "assumptionSD"),
      let noise = number(value, "noiseSD")
    else { return nil }
    return Spread(
      worlds: Int(worlds), assumptionSD: assumption, noiseSD: noise, assumptionShare: number(value, "assumptionShare"))
  }

  private static func variant(_ entry: JSONValue) -> Variant? {
    guard case .string(let name)? = entry.value(forKey: "name"),
      case .array(let metrics)? = entry.value(forKey: "metrics")
    else { return nil }
    var effects: [Effect] = []
    for m in metrics {
      guard case .string(let metric)? = m.value(forKey: "metric"), let draws = number(m, "draws"),
        let median = number(m, "medianEffect"), let range50 = pair(m.value(forKey: "range50")),
        let range90 = pair(m.value(forKey: "range90"))
      else { return nil }
      effects.append(
        Effect(
          metric: metric, draws: Int(draws), median: median, range50: range50, range90: range90,
          probabilityImprovement: number(m, "probabilityImprovement"),
          improvementInterval: pair(m.value(forKey: "probabilityImprovementInterval")),
          probabilityBest: number(m, "probabilityBest"), bestInterval: pair(m.value(forKey: "probabilityBestInterval")),
          spread: spread(m.value(forKey: "spread"))))
    }
    var levers: [String] = []
    if case .array(let list)? = entry.value(forKey: "levers") {
      levers = list.compactMap { if case .string(let p) = $0 { p } else { nil } }
    }
    var cost: StaffCost? = nil
    if let c = entry.value(forKey: "staffCost"), c != .null, let draws = number(c, "draws"),
      let ready = number(c, "extraReleaseReadyPerYearMedian"), let fte = number(c, "extraCasemanagersFTEMedian"),
      let hours = number(c, "extraCaseworkHoursAvailablePerYearMedian")
    {
      cost = StaffCost(
        draws: Int(draws), extraReleaseReadyPerYear: ready, extraFTE: fte, extraHoursPerYear: hours,
        hoursPerExtraReleaseReady: number(c, "caseworkHoursAvailablePerExtraReleaseReady"))
    }
    return Variant(name: name, levers: levers, staffCost: cost, effects: effects)
  }
}
