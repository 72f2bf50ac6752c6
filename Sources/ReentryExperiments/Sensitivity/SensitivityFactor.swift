import ReentryModel
import ScenarioFormat

/// A numeric assumption parameter and the range Morris screening moves it across.
///
/// The range is the parameter's plausible range from the catalog (low and
/// high with a rationale, as `reentry describe` shows), so sensitivity and
/// robustness question the same values; integer ranges have whole ends.
/// The scenario's own value (`base`) is recorded but need not lie inside.
package struct SensitivityFactor: Sendable {
  let path: String
  let source: String
  /// The value in the scenario analysed.
  let base: Double
  let low: Double
  let high: Double
  let isInteger: Bool

  init?(spec: ParameterSpec, value: JSONValue) {
    guard case .number(let x) = value, let range = spec.plausibility?.bounds, range.lowerBound < range.upperBound
    else { return nil }
    self.path = spec.path
    self.source = spec.source
    self.base = x
    self.low = range.lowerBound
    self.high = range.upperBound
    if case .integer = spec.kind { isInteger = true } else { isInteger = false }
  }

  /// The parameter value at position `u` in 0…1 of the range (rounded for
  /// integers); exactly `low` at 0 and `high` at 1.
  func value(at u: Double) -> Double {
    let x = (1 - u) * low + u * high
    return isInteger ? x.rounded() : x
  }

  /// Where a value lies on the range, 0…1: effects are per whole range.
  func position(of value: Double) -> Double { (value - low) / (high - low) }

  /// The ranged assumption parameters of a scenario, in catalog order.
  ///
  /// By default the assumptions whose value and mechanism are both ours
  /// (`ParameterRole.ValueBasis.assumed`); with `includeValueAssumptions`,
  /// also those whose mechanism has a source but whose value is ours
  /// (`.partlyAssumed`), the set `robustness` draws. Held parameters (run
  /// settings, levers, definitions) have no range and are never included, nor is an
  /// assumption about an intervention the scenario does not switch on (it has no effect
  /// there, so a trajectory spent on it would measure noise).
  package static func factors(of scenario: ResolvedScenario, includeValueAssumptions: Bool = false)
    -> [SensitivityFactor]
  {
    scenario.schema.specs.compactMap { spec in
      guard spec.role.isAssumption, includeValueAssumptions || spec.role.basis == .assumed,
        spec.role.acts(in: { scenario.value($0) })
      else { return nil }
      return SensitivityFactor(spec: spec, value: scenario.value(spec.path))
    }
  }
}
