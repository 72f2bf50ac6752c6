/// How far an assumed value could lie from its default, and why: the range
/// that `reentry robustness` draws from and `reentry sensitivity` moves across.
///
/// Only a parameter whose value is ours (its source says "assumption") has
/// one. A numeric model assumption has a `range`; an assumption that is not
/// a statement about the world to question (a run setting, a policy lever,
/// a definition such as the size-class thresholds, a list) is `held` at its
/// value, with the reason, so that nothing is left out silently.
public enum Plausibility: Sendable, Equatable {
  /// Plausible values `low...high` (inclusive, in the parameter's unit) and the
  /// one-line reason: what the sources say, or what is physically possible.
  case range(low: Double, high: Double, rationale: String)
  /// Never varied by robustness or sensitivity, for the reason given.
  case held(String)

  /// The range's ends, or nil when held.
  public var bounds: ClosedRange<Double>? {
    guard case .range(let low, let high, _) = self else { return nil }
    return low...high
  }

  /// The rationale of a range or the reason for holding the value.
  public var reason: String {
    switch self {
    case .range(_, _, let rationale): return rationale
    case .held(let reason): return reason
    }
  }
}
