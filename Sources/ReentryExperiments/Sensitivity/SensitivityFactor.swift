import ReentryModel
import ScenarioFormat

/// A numeric assumption parameter and the range Morris screening moves it across.
///
/// The range is ±50% of the scenario's value, clamped to what the parameter
/// allows (so a probability of 0.8 moves over 0.4…1.0, and a narrow allowed
/// range is used whole); integers are widened to whole numbers. A parameter
/// whose value is 0 has no relative range and is left out.
package struct SensitivityFactor: Sendable {
  let path: String
  let source: String
  /// The value in the scenario analysed.
  let base: Double
  let low: Double
  let high: Double
  let isInteger: Bool

  /// The share of the value by which the range extends either side.
  static let relativeHalfWidth = 0.5

  init?(spec: ParameterSpec, value: JSONValue) {
    guard case .number(let x) = value, x != 0 else { return nil }
    let w = abs(x) * Self.relativeHalfWidth
    var low = x - w
    var high = x + w
    var integer = false
    switch spec.kind {
    case .probability:
      low = max(0, low)
      high = min(1, high)
    case .number(let min, let max):
      low = Swift.max(min, low)
      high = Swift.min(max, high)
    case .integer(let min, let max):
      low = Swift.max(Double(min), low.rounded(.down))
      high = Swift.min(Double(max), high.rounded(.up))
      integer = true
    default:
      return nil
    }
    guard low < high else { return nil }
    self.path = spec.path
    self.source = spec.source
    self.base = x
    self.low = low
    self.high = high
    self.isInteger = integer
  }

  /// The parameter value at position `u` in 0…1 of the range (rounded for integers).
  func value(at u: Double) -> Double {
    let x = low + u * (high - low)
    return isInteger ? x.rounded() : x
  }

  /// Where a value lies on the range, 0…1: effects are per whole range.
  func position(of value: Double) -> Double { (value - low) / (high - low) }

  /// The numeric assumption parameters of a scenario, in catalog order.
  ///
  /// An assumption is a parameter whose source starts with "assumption";
  /// with `includeValueAssumptions`, also those whose mechanism has a source
  /// but whose value is ours ("seed 003 (…); value assumption"). Run
  /// settings (`run.*`) are not part of the model and never included.
  package static func factors(of scenario: ResolvedScenario, includeValueAssumptions: Bool = false)
    -> [SensitivityFactor]
  {
    scenario.schema.specs.compactMap { spec in
      guard !spec.path.hasPrefix("run.") else { return nil }
      let assumed =
        spec.source.hasPrefix("assumption")
        || (includeValueAssumptions && spec.source.contains("assumption"))
      guard assumed else { return nil }
      return SensitivityFactor(spec: spec, value: scenario.value(spec.path))
    }
  }
}
