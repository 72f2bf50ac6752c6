import ScenarioFormat

/// The choice between the variants as `robustness.json` holds it: the leading
/// pair, the value of information and the acceptability curve. Each is nil
/// when the file has none (one variant, too few kept worlds, an older file).
extension RobustnessResult {
  static func leadingPair(_ value: JSONValue?) -> LeadingPair? {
    guard let value, case .string(let first)? = value.value(forKey: "first"),
      case .string(let second)? = value.value(forKey: "second"), let draws = number(value, "draws"),
      let median = number(value, "medianDifference"), let range = pair(value.value(forKey: "range90")),
      let p = number(value, "probabilityFirstBetter"),
      let interval = pair(value.value(forKey: "probabilityFirstBetterInterval")),
      case .bool(let ranked)? = value.value(forKey: "canBeRanked")
    else { return nil }
    return LeadingPair(
      first: first, second: second, draws: Int(draws), medianDifference: median, range90: range,
      probabilityFirstBetter: p, interval: interval, canBeRanked: ranked)
  }

  static func choice(_ value: JSONValue?) -> Choice? {
    guard let value, let draws = number(value, "draws"), let evpi = number(value, "evpi"),
      let floor = number(value, "noiseFloor"), case .array(let options)? = value.value(forKey: "options"),
      case .array(let list)? = value.value(forKey: "parameters")
    else { return nil }
    let leads = list.compactMap { entry -> (parameter: String, evppi: Double, changesChoice: Double)? in
      guard case .string(let path)? = entry.value(forKey: "parameter"), let v = number(entry, "evppi"),
        let changes = number(entry, "changesChoice")
      else { return nil }
      return (path, v, changes)
    }
    return Choice(draws: Int(draws), options: options.count, evpi: evpi, noiseFloor: floor, leads: leads)
  }

  static func acceptability(_ value: JSONValue?) -> Acceptability? {
    guard let value, let draws = number(value, "draws"), draws > 0,
      case .array(let values)? = value.value(forKey: "valuesHoursPerPerson"),
      case .array(let options)? = value.value(forKey: "options")
    else { return nil }
    let lambdas = values.compactMap { if case .number(let x) = $0 { x } else { nil } }
    let series = options.compactMap { entry -> (name: String, shares: [Double])? in
      guard case .string(let name)? = entry.value(forKey: "option"),
        case .array(let points)? = entry.value(forKey: "probability")
      else { return nil }
      let shares = points.compactMap { point -> Double? in
        if case .array(let cells) = point, case .number(let p)? = cells.first { p } else { nil }
      }
      return shares.count == lambdas.count ? (name, shares) : nil
    }
    return Acceptability(draws: Int(draws), values: lambdas, options: series)
  }
}
