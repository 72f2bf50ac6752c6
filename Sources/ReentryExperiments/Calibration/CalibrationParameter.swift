import ScenarioFormat

/// A world assumption that calibration learns: its catalog path and its plausible range, the uniform prior.
///
/// Only world assumptions are calibrated: an intervention assumption says
/// how a lever works once adopted, which the baseline world cannot show.
/// Integers are sampled on `[low, high + 1)` and enter the model as their
/// whole part, so every whole value of the range is equally likely a priori
/// while the sampler itself works on a continuous scale.
package struct CalibrationParameter: Sendable, Equatable {
  package let path: String
  package let low: Double
  package let high: Double
  package let isInteger: Bool

  package init(path: String, low: Double, high: Double, isInteger: Bool) {
    self.path = path
    self.low = low
    self.high = high
    self.isInteger = isInteger
  }

  /// The calibrated parameters of `schema`, in catalog order: every world assumption with a range.
  static func all(in schema: ParameterSchema) -> [CalibrationParameter] {
    schema.specs.compactMap { spec in
      guard case .worldAssumption = spec.role, let range = spec.plausibility?.bounds,
        range.lowerBound < range.upperBound
      else { return nil }
      var integer = false
      if case .integer = spec.kind { integer = true }
      return CalibrationParameter(path: spec.path, low: range.lowerBound, high: range.upperBound, isInteger: integer)
    }
  }

  /// The upper end of the sampling scale (one past `high` for integers).
  var upper: Double { isInteger ? high + 1 : high }

  /// The value the model receives for the sampled `x`.
  func modelValue(_ x: Double) -> Double {
    isInteger ? min(high, max(low, x.rounded(.down))) : min(high, max(low, x))
  }
}
