/// Human wording of what a kind accepts, used after "allowed:" in messages
/// and by `describe`, so users learn the rule along with the error.
extension ParameterKind {
  /// For example "a number in 0…1", "an integer ≥ 1", `one of "a", "b"`,
  /// "true or false", "a list of 3 numbers, each in 0…1".
  public var allowedDescription: String {
    switch self {
    case .number(let min, let max): return "a " + Self.numberRange(min, max, noun: "number")
    case .integer(let min, let max): return "an " + Self.integerRange(min, max)
    case .probability: return "a number in 0…1"
    case .boolean: return "true or false"
    case .choice(let options): return "one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")
    case .text: return "a string"
    case .numberList(let min, let max, let minCount, let maxCount):
      let count: String
      if minCount == maxCount {
        count = "\(minCount) " + (minCount == 1 ? "number" : "numbers")
      } else if maxCount == Int.max {
        count = "at least \(minCount) " + (minCount == 1 ? "number" : "numbers")
      } else {
        count = "\(minCount)…\(maxCount) numbers"
      }
      let each = Self.numberRange(min, max, noun: "").trimmingLeadingSpace
      return "a list of \(count), each " + each
    }
  }

  /// The description of one element of a number list.
  var elementDescription: String {
    guard case .numberList(let min, let max, _, _) = self else { return allowedDescription }
    return ParameterKind.number(min: min, max: max).allowedDescription
  }

  /// "number in 0…1", "number ≥ 0", "number ≤ 5" or "finite number".
  private static func numberRange(_ min: Double, _ max: Double, noun: String) -> String {
    let f = JSONWriter.formatNumber
    switch (min.isFinite, max.isFinite) {
    case (true, true): return "\(noun) in \(f(min))…\(f(max))"
    case (true, false): return "\(noun) ≥ \(f(min))"
    case (false, true): return "\(noun) ≤ \(f(max))"
    case (false, false): return noun.isEmpty ? "finite" : "finite \(noun)"
    }
  }

  /// "integer in 1…200", "integer ≥ 1", "integer ≤ 9" or "integer".
  private static func integerRange(_ min: Int, _ max: Int) -> String {
    switch (min != Int.min, max != Int.max) {
    case (true, true): return "integer in \(min)…\(max)"
    case (true, false): return "integer ≥ \(min)"
    case (false, true): return "integer ≤ \(max)"
    case (false, false): return "integer"
    }
  }
}

extension String {
  fileprivate var trimmingLeadingSpace: String {
    hasPrefix(" ") ? String(dropFirst()) : self
  }
}
