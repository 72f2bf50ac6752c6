import ScenarioFormat

/// One catalog entry bound to the field of `ModelParameters` it fills, so that
/// a parameter's path, kind, default, documentation and destination are
/// declared together and the model reads no scenario path by name.
struct ParameterBinding: Sendable {
  /// What the scenario format needs: path, kind, default, unit, source, summary.
  let spec: ParameterSpec
  /// The field, for the test that every stored field is bound exactly once.
  let field: @Sendable () -> AnyKeyPath
  /// Stores a validated scenario value in the field.
  let apply: @Sendable (inout ModelParameters, JSONValue) -> Void
  /// The field's current value as JSON, for tests that compare with defaults.
  let read: @Sendable (ModelParameters) -> JSONValue

  /// Binds a field of `ModelParameters`, e.g. `\.casemanagers.caseloadNorm`.
  init<Value>(
    _ spec: ParameterSpec, _ field: WritableKeyPath<ModelParameters, Value> & Sendable, _ kind: FieldKind<Value>
  ) {
    self.spec = spec
    self.field = { field }
    self.apply = { parameters, value in parameters[keyPath: field] = kind.decode(value) }
    self.read = { parameters in kind.encode(parameters[keyPath: field]) }
  }

  /// Binds a field inside a group that occurs more than once, such as a
  /// size class's behaviour, so one declaration serves every occurrence.
  init<Group, Value>(
    _ spec: ParameterSpec, _ group: WritableKeyPath<ModelParameters, Group> & Sendable,
    _ field: WritableKeyPath<Group, Value> & Sendable, _ kind: FieldKind<Value>
  ) {
    self.spec = spec
    self.field = { group.appending(path: field) }
    self.apply = { parameters, value in parameters[keyPath: group][keyPath: field] = kind.decode(value) }
    self.read = { parameters in kind.encode(parameters[keyPath: group][keyPath: field]) }
  }
}
