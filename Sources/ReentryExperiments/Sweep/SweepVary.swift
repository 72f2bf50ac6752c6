import ScenarioFormat

/// Checks the `vary` list of a sweep file and turns it into dimensions.
///
/// Each varied path must be a scenario parameter and every value must pass
/// that parameter's own validation (the schema's), so a sweep can never
/// reach a point that `reentry validate` would reject.
enum SweepVary {
  static let allowedEntry =
    "a non-empty list of {\"path\", \"values\"} or {\"path\", \"from\", \"to\", \"step\"} objects"

  static func dimensions(
    _ vary: JSONValue?, mode: SweepPlan.Mode, schema: ParameterSchema, issues: inout SweepIssues
  ) -> [SweepPlan.Dimension] {
    guard case .array(let entries)? = vary, !entries.isEmpty else {
      issues.add(
        "vary", vary, vary == nil ? "missing" : "\(vary!.compactText) is not allowed", allowed: allowedEntry,
        category: .wrongType)
      return []
    }
    var dimensions: [SweepPlan.Dimension] = []
    var seen: [String: Int] = [:]
    var lengths: [(index: Int, count: Int)] = []
    for (i, entry) in entries.enumerated() {
      let at = "vary[\(i)]"
      guard case .object(let members) = entry else {
        issues.add(at, entry, "\(entry.compactText) is not an object", allowed: allowedEntry, category: .wrongType)
        continue
      }
      issues.checkKeys(members, allowed: SweepFile.varyKeys, at: at, what: "keys of a vary entry")
      let path = issues.string(entry, "path", at: at, required: true).flatMap {
        parameter($0, at: "\(at).path", schema: schema, issues: &issues)
      }
      if let path, let first = seen[path] {
        issues.add(
          "\(at).path", .string(path), "\"\(path)\" is varied twice (also vary[\(first)])",
          allowed: "each parameter once")
      } else if let path {
        seen[path] = i
      }
      guard let values = values(entry, at: at, path: path, schema: schema, issues: &issues) else { continue }
      lengths.append((i, values.count))
      if let path { dimensions.append(SweepPlan.Dimension(path: path, values: values)) }
    }
    checkSize(lengths, mode: mode, issues: &issues)
    return dimensions
  }

  /// The path if it names a parameter that may be varied; nil after an issue.
  static func parameter(_ path: String, at field: String, schema: ParameterSchema, issues: inout SweepIssues) -> String?
  {
    if SweepFile.reservedPaths.contains(path) {
      issues.add(
        field, .string(path), "\"\(path)\" is set by the sweep's own \"seed\" and \"replications\"",
        allowed: "any other scenario parameter")
      return nil
    }
    guard schema.spec(path) == nil else { return path }
    var message = schema.isGroup(path) ? "\"\(path)\" is a group, not a parameter" : "unknown parameter"
    if !schema.isGroup(path), let near = NearestMatch.suggestion(for: path, among: schema.specs.map(\.path)) {
      message += "; did you mean \"\(near)\"?"
    }
    issues.add(
      field, .string(path), message, allowed: "a scenario parameter path, e.g. casemanagers.caseloadNorm",
      category: .unknownKey)
    return nil
  }

  /// The entry's values (a list or a range), each checked against the parameter; nil after an issue.
  static func values(
    _ entry: JSONValue, at: String, path: String?, schema: ParameterSchema, issues: inout SweepIssues
  ) -> [JSONValue]? {
    let list = entry.value(forKey: "values")
    let isRange = ["from", "to", "step"].contains { entry.value(forKey: $0) != nil }
    if list != nil && isRange {
      issues.add(at, nil, "give either \"values\" or \"from\", \"to\" and \"step\", not both", allowed: allowedEntry)
      return nil
    }
    if let list {
      guard case .array(let values) = list, !values.isEmpty else {
        issues.add(
          "\(at).values", list, "\(list.compactText) is not allowed", allowed: "a non-empty list of values",
          category: .wrongType)
        return nil
      }
      guard let path else { return nil }
      var valid = true
      for (k, value) in values.enumerated() where !check(value, path, at: "\(at).values[\(k)]", schema, &issues) {
        valid = false
      }
      return valid ? values : nil
    }
    guard isRange else {
      issues.add(at, nil, "missing \"values\" or \"from\", \"to\" and \"step\"", allowed: allowedEntry)
      return nil
    }
    return range(entry, at: at, path: path, schema: schema, issues: &issues)
  }

  /// The values of a from/to/step entry; the first invalid one is blamed on
  /// `from`, `to` or (for a value in between, e.g. not an integer) `step`.
  static func range(
    _ entry: JSONValue, at: String, path: String?, schema: ParameterSchema, issues: inout SweepIssues
  ) -> [JSONValue]? {
    let from = issues.number(entry, "from", at: at)
    let to = issues.number(entry, "to", at: at)
    let step = issues.number(entry, "step", at: at)
    guard let from, let to, let step else { return nil }
    guard step > 0 else {
      issues.add(
        "\(at).step", .number(step), "\(JSONWriter.formatNumber(step)) is out of range", allowed: "a number > 0")
      return nil
    }
    guard to >= from else {
      issues.add(
        "\(at).to", .number(to), "\(JSONWriter.formatNumber(to)) is below from (\(JSONWriter.formatNumber(from)))",
        allowed: "a number ≥ from")
      return nil
    }
    guard let count = SweepRange.count(from: from, to: to, step: step) else {
      issues.add(
        "\(at).step", .number(step), "\(JSONWriter.formatNumber(step)) gives too many points",
        allowed: "a step giving at most \(SweepRange.maximumPoints) points")
      return nil
    }
    let values = SweepRange.values(from: from, to: to, step: step, count: count).map(JSONValue.number)
    guard let path else { return nil }
    guard let bad = values.first(where: { schema.validate($0, at: path) != nil }) else { return values }
    let field =
      schema.validate(values[0], at: path) != nil
      ? "from"
      : schema.validate(values[count - 1], at: path) != nil ? "to" : "step"
    _ = check(bad, path, at: "\(at).\(field)", schema, &issues)
    return nil
  }

  /// Whether `value` is valid for the parameter; records an issue when not.
  static func check(
    _ value: JSONValue, _ path: String, at field: String, _ schema: ParameterSchema, _ issues: inout SweepIssues
  ) -> Bool {
    guard let detail = schema.validate(value, at: path) else { return true }
    let allowed = schema.spec(path)?.allowedDescription ?? ""
    let suffix = "; allowed: " + allowed
    let reason = detail.hasSuffix(suffix) ? String(detail.dropLast(suffix.count)) : detail
    issues.add(field, value, "for \(path), \(reason)", allowed: detail.hasSuffix(suffix) ? allowed : "")
    return false
  }

  /// Zip needs equal lengths; any sweep is limited to `SweepRange.maximumPoints` points.
  static func checkSize(_ lengths: [(index: Int, count: Int)], mode: SweepPlan.Mode, issues: inout SweepIssues) {
    guard let first = lengths.first else { return }
    switch mode {
    case .zip:
      for other in lengths.dropFirst() where other.count != first.count {
        issues.add(
          "vary[\(other.index)]", nil,
          "has \(other.count) values but vary[\(first.index)] has \(first.count); mode \"zip\" needs lists of equal length",
          allowed: "lists of equal length, or mode \"grid\"")
      }
    case .grid:
      var points = 1
      for length in lengths { points = min(points * length.count, SweepRange.maximumPoints + 1) }
      if points > SweepRange.maximumPoints {
        issues.add(
          "vary", nil, "the grid has more than \(SweepRange.maximumPoints) points",
          allowed: "at most \(SweepRange.maximumPoints) points")
      }
    }
  }
}
