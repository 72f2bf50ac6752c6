import ReentryModel
import ScenarioFormat

/// What a robustness analysis runs and its identity: what `design.json` records.
///
/// The drawn values of every draw are part of the plan, so the design is
/// fixed before anything runs, resume and merge compare one digest, and
/// `merge` rebuilds everything from `design.json` and the point files
/// without the scenario files.
package struct RobustnessPlan: Sendable {
  /// Whether a draw must reproduce the sources before its variants count.
  package enum Filter: String, Sendable, CaseIterable {
    /// Keep a draw only if its base passes every judged figure and pattern of `validate-model`.
    case patterns
    /// Keep every draw.
    case none
  }

  /// One scenario of the analysis, the base first.
  struct Scenario: Sendable {
    let name: String
    /// Drawn parameters this scenario sets itself (not inherited from the
    /// base's files): they keep the scenario's value in every draw.
    let levers: [String]
    /// The scenario's resolved parameters (its `effectiveJSON`).
    let parameters: JSONValue
  }

  /// At most as many draws as a sweep has points.
  package static let maximumDraws = 10_000

  package let name: String
  package let draws: Int
  package let replications: Int
  package let seed: UInt64
  package let filter: Filter
  let factors: [RobustnessFactor]
  let scenarios: [Scenario]
  /// `values[draw][factor]`: the drawn values, as they run.
  let values: [[Double]]
  /// Draws whose first position broke a cross-field rule and were redrawn within their strata.
  let redrawn: [Int]
  /// The posterior the worlds were drawn from; nil: from the plausible ranges alone.
  let worlds: Worlds?

  var variants: ArraySlice<Scenario> { scenarios.dropFirst() }

  /// `design.json`: the plan as JSON, fixed key order.
  var json: JSONValue {
    .object(
      [
        ("name", .string(name)),
        ("version", .string(ReentryVersion.current)),
        ("draws", .number(Double(draws))),
        ("replications", .number(Double(replications))),
        ("seed", .number(Double(seed))),
        ("filter", .string(filter.rawValue)),
        (
          "factors",
          .array(
            factors.map {
              .object([
                ("path", .string($0.path)), ("low", .number($0.low)), ("high", .number($0.high)),
                ("integer", .bool($0.isInteger)),
              ])
            })
        ),
        (
          "scenarios",
          .array(
            scenarios.map {
              .object([
                ("name", .string($0.name)), ("levers", .array($0.levers.map { .string($0) })),
                ("parameters", $0.parameters),
              ])
            })
        ),
        ("redrawn", .array(redrawn.map { .number(Double($0)) })),
      ] + (worlds.map { [("worlds", $0.json)] } ?? []) + [
        ("design", .array(values.map { .array($0.map { .number($0) }) }))
      ])
  }

  package var fileBytes: [UInt8] { Array(JSONWriter.write(json, pretty: true).utf8) }
}

extension RobustnessPlan {
  package init?(fileBytes bytes: [UInt8]) {
    guard let json = try? JSONParser.parse(bytes),
      case .string(let name)? = json.value(forKey: "name"),
      case .number(let draws)? = json.value(forKey: "draws"),
      case .number(let replications)? = json.value(forKey: "replications"),
      case .number(let seed)? = json.value(forKey: "seed"),
      case .string(let filterText)? = json.value(forKey: "filter"), let filter = Filter(rawValue: filterText),
      case .array(let factorList)? = json.value(forKey: "factors"),
      case .array(let scenarioList)? = json.value(forKey: "scenarios"),
      case .array(let redrawnList)? = json.value(forKey: "redrawn"),
      case .array(let design)? = json.value(forKey: "design")
    else { return nil }
    var factors: [RobustnessFactor] = []
    for entry in factorList {
      guard case .string(let path)? = entry.value(forKey: "path"), case .number(let low)? = entry.value(forKey: "low"),
        case .number(let high)? = entry.value(forKey: "high"), case .bool(let integer)? = entry.value(forKey: "integer")
      else { return nil }
      factors.append(RobustnessFactor(path: path, low: low, high: high, isInteger: integer))
    }
    var scenarios: [Scenario] = []
    for entry in scenarioList {
      guard case .string(let scenarioName)? = entry.value(forKey: "name"),
        case .array(let levers)? = entry.value(forKey: "levers"), let parameters = entry.value(forKey: "parameters")
      else { return nil }
      let paths = levers.compactMap { if case .string(let p) = $0 { p } else { nil } }
      scenarios.append(Scenario(name: scenarioName, levers: paths, parameters: parameters))
    }
    let values = design.map { row -> [Double] in
      guard case .array(let cells) = row else { return [] }
      return cells.compactMap { if case .number(let x) = $0 { x } else { nil } }
    }
    let redrawn = redrawnList.compactMap { if case .number(let x) = $0 { Int(x) } else { nil } }
    var worlds: Worlds?
    if let entry = json.value(forKey: "worlds") {
      guard let parsed = Worlds(json: entry) else { return nil }
      worlds = parsed
    }
    self.init(
      name: name, draws: Int(draws), replications: Int(replications), seed: UInt64(seed), filter: filter,
      factors: factors, scenarios: scenarios, values: values, redrawn: redrawn, worlds: worlds)
    guard !scenarios.isEmpty, values.count == self.draws, values.allSatisfy({ $0.count == factors.count }),
      fileBytes == bytes
    else { return nil }
  }
}
