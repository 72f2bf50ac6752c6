/// What a figure of the sources may be used for: the three uses kept apart.
///
/// A figure that restates a parameter validates nothing; a figure used to
/// choose a value cannot then confirm that choice. Only a pattern named
/// before calibrating, and never used to choose a value, tests the model.
/// The held-out list is fixed in code before the first calibration run, so
/// its history shows it was not chosen after seeing a posterior.
package enum ValidationRole: String, Sendable, CaseIterable {
  /// Restates a parameter (inflow, stay lengths, needs at entry, a norm): shows the input was read, not counted.
  case input
  /// Used to choose or weight parameter values (by hand or by `calibrate`).
  case calibrationTarget = "calibration"
  /// Named before calibrating, never used to choose a value; checked afterwards.
  case heldOut = "held-out"
  /// A figure with no range (a policy target): printed for comparison, never judged.
  case reference

  /// The heading of the role's group in `validate-model`'s table, in print order.
  var heading: String {
    switch self {
    case .input: "Inputs restated (shown, not counted)"
    case .calibrationTarget: "Calibration targets (used to choose values)"
    case .heldOut: "Held-out patterns (named before calibrating, never used to choose a value)"
    case .reference: "References (no range, never judged)"
    }
  }

  /// Whether a figure of this role counts in the verdict of a run.
  var isCounted: Bool { self == .calibrationTarget || self == .heldOut }
}
