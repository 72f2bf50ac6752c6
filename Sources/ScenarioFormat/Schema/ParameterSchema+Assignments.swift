/// Flattens a valid scenario document into parameter assignments, which is
/// how layers are deep-merged: objects merge key by key down to parameters,
/// and a parameter's value (scalar or list) replaces the earlier one whole.
extension ParameterSchema {
  /// The `(parameter path, value)` pairs a document sets, in document order.
  /// Reserved keys and anything the schema does not know are skipped; call
  /// only after `documentIssues` found nothing.
  func assignments(in document: JSONValue) -> [(path: String, value: JSONValue)] {
    var result: [(path: String, value: JSONValue)] = []
    collect(document, group: "", into: &result)
    return result
  }

  private func collect(_ value: JSONValue, group: String, into result: inout [(path: String, value: JSONValue)]) {
    guard case .object(let members) = value else { return }
    for (key, member) in members where children[group]?.contains(key) == true {
      let path = group.isEmpty ? key : group + "." + key
      if spec(path) != nil {
        result.append((path, member))
      } else {
        collect(member, group: path, into: &result)
      }
    }
  }
}
