/// Checks a value against a kind and explains every problem, so that the
/// loader can report all of them at once instead of stopping at the first.
extension ParameterKind {
  /// Returns one issue per problem (several for a list with several bad
  /// elements); empty when the value is acceptable.
  func issues(for value: JSONValue, path: String, file: String) -> [ScenarioIssue] {
    let check = ValueCheck(file: file, path: path, value: value, allowed: allowedDescription)
    switch self {
    case .number(let min, let max):
      return check.number(min: min, max: max).map { [$0] } ?? []
    case .probability:
      return check.number(min: 0, max: 1).map { [$0] } ?? []
    case .integer(let min, let max):
      return check.integer(min: min, max: max).map { [$0] } ?? []
    case .boolean:
      guard case .bool = value else { return [check.wrongType()] }
      return []
    case .text:
      guard case .string = value else { return [check.wrongType()] }
      return []
    case .choice(let options):
      guard case .string(let text) = value else { return [check.wrongType()] }
      guard !options.contains(text) else { return [] }
      var message = "\(value.compactText) is not one of the choices"
      if let near = NearestMatch.suggestion(for: text, among: options) { message += "; did you mean \"\(near)\"?" }
      return [check.issue(.outOfRange, message)]
    case .numberList(let min, let max, let minCount, let maxCount):
      guard case .array(let elements) = value else { return [check.wrongType()] }
      guard elements.count >= minCount && elements.count <= maxCount else {
        let noun = elements.count == 1 ? "element" : "elements"
        return [check.issue(.outOfRange, "\(value.compactText) has \(elements.count) \(noun)")]
      }
      return elements.enumerated().compactMap { index, element in
        ValueCheck(file: file, path: "\(path)[\(index)]", value: element, allowed: elementDescription)
          .number(min: min, max: max)
      }
    }
  }

  /// Whether a value is acceptable, for preconditions on defaults.
  func accepts(_ value: JSONValue) -> Bool {
    issues(for: value, path: "", file: "").isEmpty
  }
}

/// The context of one value being checked, so that each rule states only
/// what is wrong.
struct ValueCheck {
  let file: String
  let path: String
  let value: JSONValue
  let allowed: String

  func issue(_ category: ScenarioIssue.Category, _ message: String) -> ScenarioIssue {
    ScenarioIssue(
      file: file, path: path, value: value.compactText, allowed: allowed,
      category: category, message: message)
  }

  /// "\"ten\" is a string", "[1,2] is an array", "null is not allowed".
  func wrongType() -> ScenarioIssue {
    issue(.wrongType, value.isNull ? "null is not allowed" : "\(value.compactText) is \(value.typeNameWithArticle)")
  }

  func number(min: Double, max: Double) -> ScenarioIssue? {
    guard case .number(let x) = value else { return wrongType() }
    guard x.isFinite else { return issue(.outOfRange, "\(value.compactText) is not a finite number") }
    guard x >= min && x <= max else { return issue(.outOfRange, "\(value.compactText) is out of range") }
    return nil
  }

  func integer(min: Int, max: Int) -> ScenarioIssue? {
    guard case .number(let x) = value else { return wrongType() }
    guard x.isFinite && x == x.rounded(.towardZero) else {
      return issue(.wrongType, "\(value.compactText) is not an integer")
    }
    guard x >= -0x1p63 && x < 0x1p63, (min...max).contains(Int(x)) else {
      return issue(.outOfRange, "\(value.compactText) is out of range")
    }
    return nil
  }
}

extension JSONValue {
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// "a string", "an array", … for "is a …" messages.
  var typeNameWithArticle: String {
    switch self {
    case .array, .object: return "an \(typeName)"
    default: return "a \(typeName)"
    }
  }
}
