/// Walks a scenario document along the schema's group tree and reports every
/// problem, so that one run of `validate` shows the user all their mistakes.
extension ParameterSchema {
  /// Checks a whole scenario file: it must be an object whose keys are
  /// reserved keys, parameters or groups.
  func documentIssues(_ document: JSONValue, file: String) -> [ScenarioIssue] {
    guard case .object(let members) = document else {
      let check = ValueCheck(file: file, path: "", value: document, allowed: "a JSON object")
      return [check.wrongType()]
    }
    var issues: [ScenarioIssue] = []
    for (key, value) in members {
      if Self.reservedKeys.contains(key) {
        issues += reservedKeyIssues(key, value, file: file)
      } else {
        issues += memberIssues(key, value, inGroup: "", file: file)
      }
    }
    return issues
  }

  /// Checks a value given for a group: it must be an object of known members.
  func groupIssues(for value: JSONValue, at group: String, file: String) -> [ScenarioIssue] {
    guard case .object(let members) = value else {
      let allowed = "an object with keys " + KeyList.format(children[group] ?? [])
      return [ValueCheck(file: file, path: group, value: value, allowed: allowed).wrongType()]
    }
    return members.flatMap { memberIssues($0.0, $0.1, inGroup: group, file: file) }
  }

  /// Keys a user may write in a group, for suggestions and "allowed" lists.
  func allowedKeys(inGroup group: String) -> [String] {
    group.isEmpty ? Self.reservedKeys + (children[""] ?? []) : children[group] ?? []
  }

  /// "keys of casemanagers: caseloadNorm, hoursPerWeek, …" or "top-level keys: …".
  func allowedKeysDescription(inGroup group: String) -> String {
    (group.isEmpty ? "top-level keys: " : "keys of \(group): ") + KeyList.format(allowedKeys(inGroup: group))
  }

  private func memberIssues(_ key: String, _ value: JSONValue, inGroup group: String, file: String) -> [ScenarioIssue] {
    let path = group.isEmpty ? key : group + "." + key
    guard children[group]?.contains(key) == true else {
      var message = "unknown key"
      if let near = NearestMatch.suggestion(for: key, among: allowedKeys(inGroup: group)) {
        message += "; did you mean \"\(near)\"?"
      } else if key.contains("."), spec(path) != nil || isGroup(path) {
        message += "; dotted keys are not expanded, nest objects instead"
      }
      return [
        ScenarioIssue(
          file: file, path: path, value: value.compactText,
          allowed: allowedKeysDescription(inGroup: group), category: .unknownKey, message: message)
      ]
    }
    if let spec = spec(path) { return spec.kind.issues(for: value, path: path, file: file) }
    return groupIssues(for: value, at: path, file: file)
  }

  private func reservedKeyIssues(_ key: String, _ value: JSONValue, file: String) -> [ScenarioIssue] {
    let allowed = key == "extends" ? "a relative path to the parent scenario file" : "a string"
    let check = ValueCheck(file: file, path: key, value: value, allowed: allowed)
    guard case .string(let text) = value else { return [check.wrongType()] }
    if key == "extends" && text.isEmpty { return [check.issue(.outOfRange, "\"\" is empty")] }
    return []
  }
}
