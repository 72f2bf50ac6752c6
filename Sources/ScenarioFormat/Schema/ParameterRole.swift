/// What a parameter is to the analyses, declared once on its spec so that
/// sensitivity, robustness, plausibility and the report select parameters by
/// type rather than by reading the source text.
///
/// Today's selections: `sensitivity` varies the ranged assumptions whose value
/// and mechanism are both ours (`basis == .assumed`; with `--all-assumptions`
/// also the partly assumed ones) that act in the scenario analysed, so in the
/// baseline no assumption about how an intervention works, since none acts there;
/// `robustness` draws every ranged assumption about the world in every scenario,
/// and every ranged assumption about an intervention in the scenarios where the
/// intervention is switched on (`acts(in:)`), also when the scenario's file sets
/// its value: how a recommendation works is uncertain, only the decision to adopt
/// it is held. The report marks every parameter whose default rests wholly or
/// partly on an assumption (including levers, run settings and lists whose source
/// says "assumption"). The sets differ on purpose: robustness includes the partly
/// assumed values that sensitivity leaves out, and a lever counts as resting on an
/// assumption only when its source says so.
public enum ParameterRole: Sendable, Hashable {
  /// A value taken from the source documents; never varied.
  case sourceFigure
  /// Our assumption about the world (behaviour, durations, shares).
  case worldAssumption(ValueBasis)
  /// Our assumption about how an intervention works once a scenario adopts it; it acts
  /// only when every boolean parameter in `actsWhen` (the decision, e.g.
  /// `caseConferences.agreed`) is true. An empty list means it acts in every scenario.
  case interventionAssumption(ValueBasis, actsWhen: [String] = [])
  /// A decision a scenario takes (a recommendation, a pilot, a staffing choice); held.
  case policyLever(ValueBasis)
  /// How long and how often to simulate; not part of the model; held.
  case runSetting
  /// A list such as bin edges or weights whose entries are not varied one by one; held.
  case structuralList(ValueBasis)

  /// How far a parameter's default is the sources' or ours.
  public enum ValueBasis: Sendable, Hashable {
    /// The sources give the value.
    case sources
    /// The sources describe the mechanism; the value is ours ("…; value assumption").
    case partlyAssumed
    /// Value and mechanism are ours (the source reads "assumption").
    case assumed
  }

  /// How far the default is the sources' or ours.
  public var basis: ValueBasis {
    switch self {
    case .sourceFigure: return .sources
    case .runSetting: return .assumed
    case .worldAssumption(let basis), .interventionAssumption(let basis, _), .policyLever(let basis),
      .structuralList(let basis):
      return basis
    }
  }

  /// Whether the value is a statement of ours about the world or an intervention, which
  /// robustness and sensitivity may question (if it has a plausible range).
  public var isAssumption: Bool {
    switch self {
    case .worldAssumption, .interventionAssumption: return true
    case .sourceFigure, .policyLever, .runSetting, .structuralList: return false
    }
  }

  /// Whether the default rests wholly or partly on an assumption (the report's badge).
  public var restsOnAssumption: Bool { basis != .sources }

  /// Whether the parameter has any effect in a scenario whose effective values `value`
  /// gives: an assumption about an intervention only when its switches are all on;
  /// everything else always.
  public func acts(in value: (String) -> JSONValue) -> Bool {
    guard case .interventionAssumption(_, let switches) = self else { return true }
    return switches.allSatisfy { value($0) == .bool(true) }
  }

  /// Whether this is an assumption about how an intervention works.
  public var isInterventionAssumption: Bool {
    if case .interventionAssumption = self { return true }
    return false
  }
}
