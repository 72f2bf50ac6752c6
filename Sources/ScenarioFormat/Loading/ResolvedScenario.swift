/// A scenario after `extends`, defaults and overrides have been merged and
/// validated: every schema parameter has a valid value and a known origin.
public struct ResolvedScenario: Sendable {
  /// The top-level file's own "name" (names are not inherited from parents),
  /// else its file name without ".json"; a `name=` override wins.
  public let name: String
  /// The top-level file's own "description", else ""; a `description=` override wins.
  public let description: String
  /// The `extends` chain as displayed in messages: root-most parent first,
  /// the top-level file last (the order in which layers are applied).
  public let files: [String]
  /// The schema the values were checked against.
  public let schema: ParameterSchema
  let values: [String: JSONValue]
  let origins: [String: ValueOrigin]

  /// Every parameter at its default.
  init(schema: ParameterSchema, name: String, description: String, files: [String]) {
    self.init(
      name: name, description: description, files: files, schema: schema,
      values: Dictionary(uniqueKeysWithValues: schema.specs.map { ($0.path, $0.defaultValue) }),
      origins: Dictionary(uniqueKeysWithValues: schema.specs.map { ($0.path, .defaultValue) }))
  }

  private init(
    name: String, description: String, files: [String], schema: ParameterSchema,
    values: [String: JSONValue], origins: [String: ValueOrigin]
  ) {
    self.name = name
    self.description = description
    self.files = files
    self.schema = schema
    self.values = values
    self.origins = origins
  }

  /// Lays a valid document over this scenario; with `identity`, its "name"
  /// and "description" replace the current ones.
  func applying(_ document: JSONValue, origin: ValueOrigin, identity: Bool) -> ResolvedScenario {
    var values = values
    var origins = origins
    for (path, value) in schema.assignments(in: document) {
      values[path] = value
      origins[path] = origin
    }
    var name = name
    var description = description
    if identity, case .string(let text)? = document.value(forKey: "name") { name = text }
    if identity, case .string(let text)? = document.value(forKey: "description") { description = text }
    return ResolvedScenario(
      name: name, description: description, files: files, schema: schema, values: values, origins: origins)
  }

  /// Returns a copy with one parameter (or group, given an object) set from
  /// the command line. Throws the same issues as a `path=value` override
  /// would produce for the value itself; cross-field rules are not checked,
  /// since a caller setting several parameters one by one may pass through
  /// combinations it never runs (use `overriding(_:)` for a whole point).
  public func overriding(_ path: String, with value: JSONValue) throws(ScenarioErrors) -> ResolvedScenario {
    let issues = Override.issues(path: path, value: value, schema: schema)
    guard issues.isEmpty else { throw ScenarioErrors(issues: issues) }
    return applying(Override.document(path: path, value: value), origin: .commandLine, identity: true)
  }

  /// Returns a copy with all `assignments` set from the command line, as
  /// `path=value` overrides given together would be; used by sweep points.
  /// Throws every value's issues, else every broken cross-field rule of the
  /// result, so a point is judged as a whole, like a loaded scenario.
  public func overriding(_ assignments: [(path: String, value: JSONValue)]) throws(ScenarioErrors) -> ResolvedScenario {
    let issues = assignments.flatMap { Override.issues(path: $0.path, value: $0.value, schema: schema) }
    guard issues.isEmpty else { throw ScenarioErrors(issues: issues) }
    let scenario = assignments.reduce(self) { scenario, assignment in
      scenario.applying(
        Override.document(path: assignment.path, value: assignment.value), origin: .commandLine, identity: true)
    }
    let inconsistencies = schema.ruleIssues(in: scenario)
    guard inconsistencies.isEmpty else { throw ScenarioErrors(issues: inconsistencies) }
    return scenario
  }
}
