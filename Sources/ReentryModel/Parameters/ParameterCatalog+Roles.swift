import ScenarioFormat

extension ParameterCatalog {
  /// The role a catalog line implies when it does not state one: a `run.` path is a run
  /// setting, a list is structural, a switch or choice is a lever, a number is an assumption
  /// about the world when its source says "assumption" or it declares a plausibility, and a
  /// figure from the sources otherwise. Lines for an assumption about how an intervention
  /// works, or a numeric lever, state their role.
  static func role(path: String, kind: ParameterKind, source: String, plausibility: Plausibility?)
    -> ParameterRole
  {
    let basis = basis(of: source)
    if path.hasPrefix("run.") { return .runSetting }
    switch kind {
    case .numberList: return .structuralList(basis)
    case .boolean, .choice: return .policyLever(basis)
    default: break
    }
    return basis == .sources && plausibility == nil ? .sourceFigure : .worldAssumption(basis)
  }

  /// How far a default is ours, as its source states it: "assumption…" wholly, a source
  /// document with "…assumption" (value, count, tail) partly, a source document alone not.
  static func basis(of source: String) -> ParameterRole.ValueBasis {
    if source.hasPrefix(assumption) { return .assumed }
    return source.contains(assumption) ? .partlyAssumed : .sources
  }

  /// The plausibility of a line that declares none: run settings, levers whose value is ours
  /// and lists are held at their values; a numeric assumption gets nil here, which
  /// `PlausibilityTests` rejects, so it must declare `plausible:` or say why it is `held:`.
  ///
  /// A lever whose source is a document (e.g. a recommendation) gets nil, not `held`, as
  /// before roles were typed: `describe` prints no plausibility for it.
  static func implicitPlausibility(_ role: ParameterRole) -> Plausibility? {
    switch role {
    case .runSetting: return .held("run setting, not part of the model")
    case .policyLever(let basis) where basis != .sources:
      return .held("a lever that scenarios set, not a statement about the world")
    case .structuralList(let basis) where basis != .sources:
      return .held("a list; its entries are not varied one by one")
    default: return nil
    }
  }
}
