import ReentryModel
import ScenarioFormat

/// `robustness.json`: per variant and metric (group all), what the kept draws say.
///
/// Over the kept draws (the plausible worlds that reproduce the sources):
/// the median paired effect, its 50% and 90% ranges, the probability that
/// the variant improves the metric, the probability that it is the best of
/// the variants (ties share), both with Wilson 95% intervals, and the staff
/// cost per extra release-ready person. Over all variants: whether the two
/// leading ones can be ranked, the acceptability curve of the best buy, and
/// what the choice hangs on (EVPPI; see `RobustnessSummary+Decision`).
/// Plus how many draws were kept and which figures rejected the others.
struct RobustnessSummary {
  /// One draw as its point file records it, for group all.
  struct Draw {
    let index: Int
    let rejectedBy: [String]
    /// `values[scenario][metric]` and `differences[scenario][metric]`; nil where absent.
    var values: [[Double?]]
    var differences: [[Double?]]
    /// `replicationDifferences[scenario][metric]`: the paired difference of each replication that has one.
    var replicationDifferences: [[[Double]]] = []
  }

  let plan: RobustnessPlan
  let draws: [Draw]

  /// Reads the group-all rows of every draw's point file.
  init(plan: RobustnessPlan, pointFile: (Int) throws(InputError) -> [UInt8]) throws(InputError) {
    self.plan = plan
    let metricIndex = Dictionary(uniqueKeysWithValues: Metric.all.enumerated().map { ($1.name, $0) })
    let scenarioIndex = Dictionary(plan.scenarios.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    var draws: [Draw] = []
    for d in 0..<plan.draws {
      let name = RobustnessPlan.pointFile(d)
      let table = try CSVTable(String(decoding: try pointFile(d), as: UTF8.self), file: name)
      let kept = try table.column("rejected_by")
      let scenario = try table.column("scenario")
      let metric = try table.column("metric")
      let group = try table.column("group")
      let value = try table.column("value")
      let difference = try table.column("difference")
      let perReplication = try (0..<plan.replications).map { r throws(InputError) in
        try table.column(RobustnessPointFile.replicationColumn(r, difference: true))
      }
      let empty = [[Double?]](
        repeating: [Double?](repeating: nil, count: Metric.all.count), count: plan.scenarios.count)
      var draw = Draw(
        index: d, rejectedBy: table.records.first.map { $0.fields[kept].split(separator: ";").map(String.init) } ?? [],
        values: empty, differences: empty,
        replicationDifferences: Array(
          repeating: Array(repeating: [], count: Metric.all.count), count: plan.scenarios.count))
      for record in table.records where record.fields[group] == "all" {
        guard let s = scenarioIndex[record.fields[scenario]], let m = metricIndex[record.fields[metric]] else {
          continue
        }
        draw.values[s][m] = Double(record.fields[value])
        draw.differences[s][m] = Double(record.fields[difference])
        draw.replicationDifferences[s][m] = perReplication.compactMap { Double(record.fields[$0]) }
      }
      draws.append(draw)
    }
    self.draws = draws
  }

  var kept: [Draw] { draws.filter { $0.rejectedBy.isEmpty } }

  /// The whole file.
  var json: JSONValue {
    let kept = self.kept
    var rejections: [String: Int] = [:]
    for draw in draws { for id in draw.rejectedBy { rejections[id, default: 0] += 1 } }
    let byPattern = rejections.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    return .object([
      ("kind", .string("robustness-summary")),
      ("name", .string(plan.name)),
      ("base", .string(plan.scenarios[0].name)),
      ("filter", .string(plan.filter.rawValue)),
      ("draws", .number(Double(plan.draws))),
      ("kept", .number(Double(kept.count))),
      ("rejected", .number(Double(plan.draws - kept.count))),
      (
        "rejectionsByFigure",
        .array(byPattern.map { .object([("figure", .string($0.key)), ("draws", .number(Double($0.value)))]) })
      ),
      ("variants", .array(plan.scenarios.indices.dropFirst().map { variant($0, kept: kept) })),
      // The variants ranked against each other for `probabilityBest` (not combinations of others).
      ("rankedVariants", .array(rankedVariants.map { .string(plan.scenarios[$0].name) })),
      ("leadingPair", leadingPair(kept: kept)),
      ("acceptability", acceptability(kept: kept).json),
      ("choiceDependsOn", choiceDependsOn(kept: kept)),
    ])
  }

  func variant(_ s: Int, kept: [Draw]) -> JSONValue {
    .object([
      ("name", .string(plan.scenarios[s].name)),
      ("levers", .array(plan.scenarios[s].levers.map { .string($0) })),
      ("staffCost", staffCost(s, kept: kept)),
      ("metrics", .array(Metric.all.indices.compactMap { metric($0, variant: s, kept: kept) })),
    ])
  }

  /// The effect on one metric over the kept draws; nil when no kept draw has it.
  func metric(_ m: Int, variant s: Int, kept: [Draw]) -> JSONValue? {
    let withEffect = kept.compactMap { draw in draw.differences[s][m].map { (draw: draw, effect: $0) } }
    guard !withEffect.isEmpty else { return nil }
    let effects = withEffect.map(\.effect)
    let direction = Metric.all[m].direction
    let sorted = effects.sorted()
    let improved = effects.compactMap { direction.better($0, than: 0) }
    let better = Double(improved.filter { $0 }.count)
    let best = probabilityBest(m, variant: s, kept: kept)
    return .object([
      ("metric", .string(Metric.all[m].name)),
      ("draws", .number(Double(effects.count))),
      ("medianEffect", Self.number(Self.quantile(sorted, 0.5))),
      ("range50", .array([Self.number(Self.quantile(sorted, 0.25)), Self.number(Self.quantile(sorted, 0.75))])),
      ("range90", .array([Self.number(Self.quantile(sorted, 0.05)), Self.number(Self.quantile(sorted, 0.95))])),
      ("probabilityImprovement", improved.isEmpty ? .null : Self.number(better / Double(improved.count))),
      (
        "probabilityImprovementInterval",
        improved.isEmpty ? .null : Self.interval(WilsonInterval(successes: better, trials: Double(improved.count)))
      ),
      ("probabilityBest", best.map { Self.number($0.share / Double($0.worlds)) } ?? .null),
      (
        "probabilityBestInterval",
        best.map { Self.interval(WilsonInterval(successes: $0.share, trials: Double($0.worlds))) } ?? .null
      ),
      ("spread", spread(m, variant: s, kept: kept)),
    ])
  }

  /// The effect's spread over the kept draws split into simulation noise and assumption uncertainty
  /// (see `EffectSpread`), as variances and standard deviations; null with fewer than 2 replications or worlds.
  func spread(_ m: Int, variant s: Int, kept: [Draw]) -> JSONValue {
    guard let split = EffectSpread(replications: kept.map { $0.replicationDifferences[s][m] }) else { return .null }
    let total = split.totalVariance
    return .object([
      ("worlds", .number(Double(split.worlds))),
      ("noiseVariance", Self.number(split.noiseVariance, 10)),
      ("assumptionVariance", Self.number(split.assumptionVariance, 10)),
      ("noiseSD", Self.number(split.noiseVariance.squareRoot())),
      // Below zero when noise drowns it: no assumption uncertainty can be told apart.
      ("assumptionSD", Self.number(max(0, split.assumptionVariance).squareRoot())),
      ("assumptionShare", total > 0 ? Self.number(min(1, max(0, split.assumptionVariance / total))) : .null),
    ])
  }

  /// The kept draws in which the variant's effect is the best of all variants'
  /// (a tie shares the draw) and the draws compared; nil without a direction or with one variant.
  func probabilityBest(_ m: Int, variant s: Int, kept: [Draw]) -> (share: Double, worlds: Int)? {
    let direction = Metric.all[m].direction
    let ranked = rankedVariants
    guard direction != .none, ranked.count > 1, ranked.contains(s) else { return nil }
    var share = 0.0
    var counted = 0
    for draw in kept {
      let effects = ranked.compactMap { draw.differences[$0][m] }
      guard effects.count == ranked.count, let mine = draw.differences[s][m] else { continue }
      counted += 1
      let best = direction == .higherIsBetter ? effects.max()! : effects.min()!
      if mine == best { share += 1 / Double(effects.filter { $0 == best }.count) }
    }
    return counted == 0 ? nil : (share, counted)
  }

  /// The variants ranked against each other: all but a combination, a variant whose settings
  /// strictly contain another variant's (`all-recommendations` is not a rival of its parts,
  /// and would otherwise be best in every world).
  var rankedVariants: [Int] {
    let variants = Array(plan.scenarios.indices.dropFirst())
    return variants.filter { v in
      let mine = plan.settings(of: v)
      return !variants.contains { o in
        let other = plan.settings(of: o)
        return o != v && !other.isEmpty && mine.isStrictSuperset(of: other)
      }
    }
  }

  /// Casework hours a year (available, i.e. paid for) per extra release-ready
  /// person a year: the ratio of the mean differences over the kept draws,
  /// like `compare`'s cost.csv; release-ready people a year are the share
  /// times the releases a year of each scenario's means.
  func staffCost(_ s: Int, kept: [Draw]) -> JSONValue {
    var hours: [Double] = []
    var ready: [Double] = []
    var fte: [Double] = []
    for draw in kept {
      guard let gain = gain(s, in: draw), let f = draw.differences[s][Metric.index(MetricName.casemanagersFTE)]
      else { continue }
      ready.append(gain.people)
      hours.append(gain.hours)
      fte.append(f)
    }
    guard !ready.isEmpty else { return .null }
    let meanReady = ready.reduce(0, +) / Double(ready.count)
    let meanHours = hours.reduce(0, +) / Double(hours.count)
    return .object([
      ("draws", .number(Double(ready.count))),
      ("extraReleaseReadyPerYearMedian", Self.number(Self.quantile(ready.sorted(), 0.5))),
      ("extraCasemanagersFTEMedian", Self.number(Self.quantile(fte.sorted(), 0.5))),
      ("extraCaseworkHoursAvailablePerYearMedian", Self.number(Self.quantile(hours.sorted(), 0.5))),
      ("caseworkHoursAvailablePerExtraReleaseReady", meanReady > 0 ? Self.number(meanHours / meanReady) : .null),
    ])
  }

  /// Extra release-ready people a year and extra casework hours available (paid) a year of
  /// scenario `s` over the base in one draw; nil where a value is missing.
  func gain(_ s: Int, in draw: Draw) -> (people: Double, hours: Double)? {
    let index = [MetricName.releaseReady, MetricName.releasesPerYear, MetricName.casemanagerHoursAvailable].map(
      Metric.index)
    guard let r0 = draw.values[0][index[0]], let n0 = draw.values[0][index[1]],
      let r1 = draw.values[s][index[0]], let n1 = draw.values[s][index[1]], let h = draw.differences[s][index[2]]
    else { return nil }
    return (r1 * n1 - r0 * n0, h)
  }

  /// A Wilson interval as `[low, high]`.
  static func interval(_ w: WilsonInterval) -> JSONValue { .array([number(w.low), number(w.high)]) }

  /// The q-quantile of sorted values, linear between order statistics (Hyndman–Fan type 7).
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let h = Double(sorted.count - 1) * q
    let low = Int(h.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  /// A number rounded to `decimals` places for the file; null when not finite.
  static func number(_ x: Double, _ decimals: Int = 6) -> JSONValue {
    guard x.isFinite else { return .null }
    var power = 1.0
    for _ in 0..<decimals { power *= 10 }
    let rounded = (x * power).rounded() / power
    return .number(rounded == 0 ? 0 : rounded)
  }
}
