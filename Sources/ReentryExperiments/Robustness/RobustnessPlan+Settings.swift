import ScenarioFormat

extension RobustnessPlan {
  /// The parameters scenario `s` sets to a value other than the base's, as dotted paths:
  /// its decisions (a switch, a norm) as well as any value it gives an assumption.
  ///
  /// Read from the resolved parameters in `design.json`, so `merge` needs no scenario files.
  /// A variant whose settings strictly contain another's is a combination of it.
  func settings(of s: Int) -> Set<String> {
    var base: [String: JSONValue] = [:]
    var mine: [String: JSONValue] = [:]
    Self.leaves(scenarios[0].parameters, prefix: "", into: &base)
    Self.leaves(scenarios[s].parameters, prefix: "", into: &mine)
    // Name and description are not parameters; run settings are not the model.
    return Set(mine.keys.filter { $0.contains(".") && !$0.hasPrefix("run.") && base[$0] != mine[$0] })
  }

  /// Every value below `json` that is not an object, keyed by its dotted path.
  private static func leaves(_ json: JSONValue, prefix: String, into out: inout [String: JSONValue]) {
    guard case .object(let members) = json else {
      out[prefix] = json
      return
    }
    for (key, value) in members { leaves(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &out) }
  }
}
