import ScenarioFormat

/// Every parameter a scenario can set, with its default, unit and source,
/// bound to the field of `ModelParameters` it fills.
///
/// This list is the single source of truth for defaults: `Scenarios/baseline.json`
/// spells out exactly these values (a test keeps the two equal) and
/// `reentry describe` prints them with their origin. A source of the form
/// `seed NNN` points into the source documents; `assumption` marks a value of
/// ours that a scenario should question, never a finding. Each entry's role
/// (`ParameterRole`) follows from its declaration (`role(path:kind:source:plausibility:)`)
/// unless the line states it, e.g. for an assumption about how an intervention works.
public enum ParameterCatalog {
  /// Every binding in schema order; the order of `describe` and `baseline.json`.
  static let bindings: [ParameterBinding] =
    run + population + needs + institutions + casemanagers + deadlines + initialStock
    + information + caseConferences + municipalities + conditions + ric
    + probation + care + mechanisms + bankAccount + work + leave + phasing + treatment + partners

  /// Rules over several parameters, each declared next to the parameters it
  /// relates; every invariant the model relies on about parameter values
  /// that a single parameter's kind cannot state is one of these, so that
  /// `validate` rejects what a run could not use.
  static let rules: [CrossFieldRule] = populationRules + municipalityRules + conditionRules

  /// The schema used to load and validate scenario files.
  public static let schema = ParameterSchema(bindings.map(\.spec), rules: rules)

  /// Loads and validates scenario files against `schema`, from disk.
  public static let loader = ScenarioLoader(schema: schema)

  /// Declares one parameter in one call: its path, the field it fills, its
  /// kind (which must suit the field's type), default and documentation.
  /// An assumption declared this way is held at its value only if it is a
  /// run setting, a lever or a list (`implicitPlausibility`).
  static func bind<Value>(
    _ path: String, _ field: WritableKeyPath<ModelParameters, Value> & Sendable, _ kind: FieldKind<Value>,
    _ value: Value, unit: String = "", role: ParameterRole? = nil, source: String, _ summary: String
  ) -> ParameterBinding {
    ParameterBinding(spec(path, kind, value, unit: unit, source: source, summary, nil, role: role), field, kind)
  }

  /// Declares a numeric assumption with the range of values the sources and
  /// physics leave open, e.g. `plausible: 10...20, "why"`.
  static func bind<Value: PlausibleNumber>(
    _ path: String, _ field: WritableKeyPath<ModelParameters, Value> & Sendable, _ kind: FieldKind<Value>,
    _ value: Value, unit: String = "", role: ParameterRole? = nil, source: String, _ summary: String,
    plausible: ClosedRange<Value>, _ rationale: String
  ) -> ParameterBinding {
    let range = Plausibility.range(
      low: plausible.lowerBound.plausibleValue, high: plausible.upperBound.plausibleValue, rationale: rationale)
    return ParameterBinding(
      spec(path, kind, value, unit: unit, source: source, summary, range, role: role), field, kind)
  }

  /// Declares a numeric assumption that is never varied, e.g. a definition, with the reason.
  static func bind<Value>(
    _ path: String, _ field: WritableKeyPath<ModelParameters, Value> & Sendable, _ kind: FieldKind<Value>,
    _ value: Value, unit: String = "", role: ParameterRole? = nil, source: String, _ summary: String,
    held reason: String
  ) -> ParameterBinding {
    ParameterBinding(
      spec(path, kind, value, unit: unit, source: source, summary, .held(reason), role: role), field, kind)
  }

  /// Builds the spec a binding hands to the scenario format; `role` as the line states it, or
  /// as its declaration implies.
  static func spec<Value>(
    _ path: String, _ kind: FieldKind<Value>, _ value: Value, unit: String, source: String, _ summary: String,
    _ plausibility: Plausibility?, role: ParameterRole? = nil
  ) -> ParameterSpec {
    let role = role ?? Self.role(path: path, kind: kind.kind, source: source, plausibility: plausibility)
    return ParameterSpec(
      path: path, kind: kind.kind, defaultValue: kind.encode(value), unit: unit, source: source, summary: summary,
      plausibility: plausibility ?? implicitPlausibility(role), role: role)
  }

  static let assumption = "assumption"
}
