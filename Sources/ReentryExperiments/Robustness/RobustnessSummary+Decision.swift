import ReentryModel
import ScenarioFormat

/// The choice between the variants over the kept draws, each statement with its uncertainty.
///
/// - `leadingPair`: the two ranked variants with the largest mean effect on
///   release_ready, their difference per world (median, 90% range) and the
///   probability that the first does better, with its Wilson interval; when
///   that interval holds one half the two "cannot be ranked".
/// - `acceptability`: per value of an extra release-ready person (paid hours),
///   the probability that each option, the base included, is the best buy.
/// - `choiceDependsOn`: per drawn assumption, the EVPPI of the choice among
///   the ranked variants on release_ready (in percentage points of the
///   share), only where it clears the noise floor of random columns.
extension RobustnessSummary {
  /// The metric the choice is judged on.
  static var choiceMetric: Int { Metric.index(MetricName.releaseReady) }

  /// The kept draws in which every ranked variant has an effect on release_ready, and those effects.
  func rankedEffects(kept: [Draw]) -> (draws: [Draw], effects: [[Double]]) {
    let ranked = rankedVariants
    var draws: [Draw] = []
    var effects: [[Double]] = []
    for draw in kept {
      let row = ranked.compactMap { draw.differences[$0][Self.choiceMetric] }
      guard row.count == ranked.count else { continue }
      draws.append(draw)
      effects.append(row)
    }
    return (draws, effects)
  }

  func leadingPair(kept: [Draw]) -> JSONValue {
    let ranked = rankedVariants
    let (_, effects) = rankedEffects(kept: kept)
    guard ranked.count > 1, !effects.isEmpty else { return .null }
    let means = ranked.indices.map { v in effects.map { $0[v] }.reduce(0, +) / Double(effects.count) }
    let order = ranked.indices.sorted { means[$0] != means[$1] ? means[$0] > means[$1] : $0 < $1 }
    let (a, b) = (order[0], order[1])
    let differences = effects.map { $0[a] - $0[b] }
    // A world where the two are equal counts half for each.
    let firstBetter = differences.reduce(0.0) { $0 + ($1 > 0 ? 1 : $1 == 0 ? 0.5 : 0) }
    let interval = WilsonInterval(successes: firstBetter, trials: Double(differences.count))
    let sorted = differences.sorted()
    return .object([
      ("metric", .string(MetricName.releaseReady)),
      ("first", .string(plan.scenarios[ranked[a]].name)),
      ("second", .string(plan.scenarios[ranked[b]].name)),
      ("draws", .number(Double(differences.count))),
      ("medianDifference", Self.number(Self.quantile(sorted, 0.5))),
      ("range90", .array([Self.number(Self.quantile(sorted, 0.05)), Self.number(Self.quantile(sorted, 0.95))])),
      ("probabilityFirstBetter", Self.number(firstBetter / Double(differences.count))),
      ("probabilityFirstBetterInterval", Self.interval(interval)),
      // The interval holds "as likely either way": no ranking may be stated.
      ("canBeRanked", .bool(!interval.contains(0.5))),
    ])
  }

  /// The acceptability curve as JSON and as `acceptability.csv`.
  func acceptability(kept: [Draw]) -> (json: JSONValue, csv: String) {
    let options = Array(plan.scenarios.indices)
    let gains = kept.compactMap { draw -> [(people: Double, hours: Double)]? in
      let row = options.dropFirst().compactMap { gain($0, in: draw) }
      return row.count == options.count - 1 ? [(0, 0)] + row : nil
    }
    let shares = Acceptability.curve(gains)
    var csv = "value_hours_per_person,option,probability_best_buy,ci_low,ci_high,draws\n"
    var series: [JSONValue] = []
    for v in options {
      var points: [JSONValue] = []
      for (l, lambda) in Acceptability.values.enumerated() {
        let p = gains.isEmpty ? Double.nan : shares[l][v]
        let w = WilsonInterval(successes: p * Double(gains.count), trials: Double(gains.count))
        points.append(.array([Self.number(p), Self.number(w.low), Self.number(w.high)]))
        csv +=
          [
            TextFormat.decimal(lambda), TextFormat.csvField(plan.scenarios[v].name),
            gains.isEmpty ? "NA" : TextFormat.decimal(p), TextFormat.decimal(w.low), TextFormat.decimal(w.high),
            String(gains.count),
          ].joined(separator: ",") + "\n"
      }
      series.append(.object([("option", .string(plan.scenarios[v].name)), ("probability", .array(points))]))
    }
    let json = JSONValue.object([
      ("draws", .number(Double(gains.count))),
      ("valuesHoursPerPerson", .array(Acceptability.values.map { .number($0) })),
      // Per option, per value: [probability of being the best buy, Wilson low, high].
      ("options", .array(series)),
    ])
    return (json, csv)
  }

  func choiceDependsOn(kept: [Draw]) -> JSONValue {
    let (draws, effects) = rankedEffects(kept: kept)
    guard rankedVariants.count > 1, draws.count >= 5 else { return .null }
    let perfect = ValueOfInformation.perfect(effects)
    var tested: [(j: Int, value: Double, changes: Double)] = []
    for j in plan.factors.indices {
      let column = draws.map { plan.values[$0.index][j] }
      guard column.contains(where: { $0 != column[0] }) else { continue }
      let (value, changes) = ValueOfInformation.partial(effects, parameter: column)
      tested.append((j, value, changes))
    }
    // The largest of 19 random columns per assumption tested: when no assumption matters, the
    // largest of theirs clears it with probability m / (m + 19m) = 5% (all columns exchangeable).
    let floor = ValueOfInformation.noiseFloor(effects, seed: plan.seed, columns: 19 * max(1, tested.count))
    var leads = tested.filter { $0.value > floor }
    leads.sort { $0.value != $1.value ? $0.value > $1.value : $0.j < $1.j }
    return .object([
      ("metric", .string(MetricName.releaseReady)),
      ("options", .array(rankedVariants.map { .string(plan.scenarios[$0].name) })),
      ("draws", .number(Double(draws.count))),
      (
        "method",
        .string("regression EVPPI (Strong, Oakley & Brennan 2014), polynomial of degree 0-3 in ranks by PRESS")
      ),
      ("evpi", Self.number(perfect, 8)),
      ("noiseFloor", Self.number(floor, 8)),
      (
        "parameters",
        .array(
          leads.map {
            .object([
              ("parameter", .string(plan.factors[$0.j].path)), ("evppi", Self.number($0.value, 8)),
              ("changesChoice", Self.number($0.changes, 4)),
            ])
          })
      ),
    ])
  }
}
