/// The resolved scenario as one JSON object, for output files and digests,
/// so that a run records exactly which parameters produced it.
extension ResolvedScenario {
  /// `{"name": …, "description": …, <groups and parameters in schema order>}`;
  /// groups appear where their first parameter is declared. No "extends":
  /// the result stands alone.
  public var effectiveJSON: JSONValue {
    .object([("name", .string(name)), ("description", .string(description))] + members(ofGroup: ""))
  }

  private func members(ofGroup group: String) -> [(String, JSONValue)] {
    (schema.children[group] ?? []).map { key in
      let path = group.isEmpty ? key : group + "." + key
      if let spec = schema.spec(path) { return (key, value(spec.path)) }
      return (key, .object(members(ofGroup: path)))
    }
  }
}
