/// What a parameter is to the analyses, declared once on its spec so that
/// sensitivity, robustness, plausibility and the report select parameters by
/// type rather than by reading the source text.
///
/// Today's selections, which results shipped with this version rest on:
/// `sensitivity` varies the ranged assumptions whose value and mechanism are
/// both ours (`basis == .assumed`, 61 parameters; with `--all-assumptions`
/// also the partly assumed ones), `robustness` draws every ranged assumption
/// (115), and the report marks every parameter whose default rests wholly or
/// partly on an assumption (134, including levers, run settings and lists whose
/// source says "assumption"). The three sets differ on purpose or by history:
/// robustness includes the partly assumed values that sensitivity leaves out,
/// and a lever counts as resting on an assumption only when its source says so.
public enum ParameterRole: Sendable, Hashable {
  /// A value taken from the source documents; never varied.
  case sourceFigure
  /// Our assumption about the world (behaviour, durations, shares).
  case worldAssumption(ValueBasis)
  /// Our assumption about how an intervention works once a scenario adopts it.
  case interventionAssumption(ValueBasis)
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
    case .worldAssumption(let basis), .interventionAssumption(let basis), .policyLever(let basis),
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
}
