import ScenarioFormat
import SimKernel

/// The points of a sweep and its identity: what `sweep.json` records.
///
/// Everything that determines a sweep's results is in here or in the base
/// scenario's parameters that `sweep.json` also holds, and the sweep digest
/// is the SHA-256 of that file. Resume and merge compare digests, so a
/// directory never mixes points of two different sweeps. `merge` rebuilds
/// the plan from `sweep.json` alone, without the scenario files.
package struct SweepPlan: Sendable {
  /// How the varied parameters combine into points.
  enum Mode: String, Sendable, CaseIterable {
    /// Every combination; the first varied parameter changes slowest.
    case grid
    /// The i-th value of every varied parameter together; lists have equal lengths.
    case zip
  }

  /// One varied parameter and its values, in the order the points take them.
  struct Dimension: Sendable {
    let path: String
    let values: [JSONValue]
  }

  package let name: String
  let mode: Mode
  let dimensions: [Dimension]
  let replications: Int
  let seed: UInt64
  /// The base scenario's resolved parameters (its `effectiveJSON`), with the sweep's seed and replications.
  let baseParameters: JSONValue

  /// The number of points.
  package var pointCount: Int {
    switch mode {
    case .grid: return dimensions.reduce(1) { $0 * $1.values.count }
    case .zip: return dimensions.first?.values.count ?? 0
    }
  }

  /// The value of every varied parameter at point `index` (0-based), in `dimensions` order.
  package func assignments(ofPoint index: Int) -> [(path: String, value: JSONValue)] {
    switch mode {
    case .zip:
      return dimensions.map { ($0.path, $0.values[index]) }
    case .grid:
      var rest = index
      var values: [JSONValue] = []
      for dimension in dimensions.reversed() {
        values.append(dimension.values[rest % dimension.values.count])
        rest /= dimension.values.count
      }
      return zip(dimensions, values.reversed()).map { ($0.path, $1) }
    }
  }

  /// `sweep.json`: the plan as JSON, fixed key order.
  var json: JSONValue {
    let baseName = baseParameters.value(forKey: "name") ?? .string("")
    return .object([
      ("name", .string(name)),
      ("version", .string(ReentryVersion.current)),
      ("mode", .string(mode.rawValue)),
      ("replications", .number(Double(replications))),
      ("seed", .number(Double(seed))),
      ("points", .number(Double(pointCount))),
      ("vary", .array(dimensions.map { .object([("path", .string($0.path)), ("values", .array($0.values))]) })),
      ("base", baseName),
      ("parameters", baseParameters),
    ])
  }

  /// The bytes of `sweep.json`; their SHA-256 is the sweep digest.
  package var fileBytes: [UInt8] { Array(JSONWriter.write(json, pretty: true).utf8) }
}

extension SweepPlan {
  /// Rebuilds a plan from the bytes of a `sweep.json` we wrote; nil if they are not one.
  package init?(fileBytes bytes: [UInt8]) {
    guard let json = try? JSONParser.parse(bytes),
      case .string(let name)? = json.value(forKey: "name"),
      case .string(let modeText)? = json.value(forKey: "mode"), let mode = Mode(rawValue: modeText),
      case .number(let replications)? = json.value(forKey: "replications"),
      case .number(let seed)? = json.value(forKey: "seed"),
      case .array(let vary)? = json.value(forKey: "vary"),
      let parameters = json.value(forKey: "parameters")
    else { return nil }
    var dimensions: [Dimension] = []
    for entry in vary {
      guard case .string(let path)? = entry.value(forKey: "path"),
        case .array(let values)? = entry.value(forKey: "values")
      else { return nil }
      dimensions.append(Dimension(path: path, values: values))
    }
    self.init(
      name: name, mode: mode, dimensions: dimensions, replications: Int(replications), seed: UInt64(seed),
      baseParameters: parameters)
    guard fileBytes == bytes else { return nil }
  }
}
