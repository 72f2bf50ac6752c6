import ScenarioFormat

/// Every parameter a scenario can set, with its default, unit and source.
///
/// This list is the single source of truth for defaults: `Scenarios/baseline.json`
/// spells out exactly these values (a test keeps the two equal) and
/// `reentry describe` prints them with their origin. A source of the form
/// `seed NNN` points into the source documents; `assumption` marks a value of
/// ours that a scenario should question, never a finding.
public enum ParameterCatalog {
  /// The schema used to load and validate scenario files.
  public static let schema = ParameterSchema(
    run + population + needs + institutions + casemanagers + deadlines
      + information + caseConferences + municipalities + conditions + ric
      + probation + care + mechanisms)

  /// Loads and validates scenario files against `schema`, from disk.
  public static let loader = ScenarioLoader(schema: schema)

  /// Builds one spec; keeps the group files short and uniform.
  static func spec(
    _ path: String, _ kind: ParameterKind, _ value: JSONValue,
    unit: String = "", source: String, _ summary: String
  ) -> ParameterSpec {
    ParameterSpec(
      path: path, kind: kind, defaultValue: value, unit: unit, source: source,
      summary: summary)
  }

  static let assumption = "assumption"
}
