/// Typed access to effective values, so that model code reads parameters
/// without unpacking JSON; a wrong path or kind is a programming error.
extension ResolvedScenario {
  /// The effective value of a schema parameter.
  public func value(_ path: String) -> JSONValue {
    guard let value = values[path] else { preconditionFailure("unknown parameter \"\(path)\"") }
    return value
  }

  /// Which layer set the parameter.
  public func origin(_ path: String) -> ValueOrigin {
    guard let origin = origins[path] else { preconditionFailure("unknown parameter \"\(path)\"") }
    return origin
  }

  /// A `.number`, `.probability` or `.integer` parameter as a double.
  public func double(_ path: String) -> Double {
    guard case .number(let x) = typedValue(path, "a number", { $0.isNumeric }) else { preconditionFailure() }
    return x
  }

  /// An `.integer` parameter.
  public func int(_ path: String) -> Int {
    guard case .number(let x) = typedValue(path, "an integer", { $0.isInteger }) else { preconditionFailure() }
    return Int(x)
  }

  /// A `.boolean` parameter.
  public func bool(_ path: String) -> Bool {
    guard case .bool(let b) = typedValue(path, "a boolean", { $0 == .boolean }) else { preconditionFailure() }
    return b
  }

  /// A `.choice` or `.text` parameter.
  public func string(_ path: String) -> String {
    guard case .string(let s) = typedValue(path, "a string", { $0.isString }) else { preconditionFailure() }
    return s
  }

  /// A `.numberList` parameter.
  public func doubles(_ path: String) -> [Double] {
    guard case .array(let elements) = typedValue(path, "a number list", { $0.isList }) else { preconditionFailure() }
    return elements.map { element in
      guard case .number(let x) = element else { preconditionFailure() }
      return x
    }
  }

  private func typedValue(_ path: String, _ wanted: String, _ matches: (ParameterKind) -> Bool) -> JSONValue {
    guard let spec = schema.spec(path) else { preconditionFailure("unknown parameter \"\(path)\"") }
    precondition(matches(spec.kind), "parameter \"\(path)\" is not \(wanted)")
    return value(path)
  }
}

extension ParameterKind {
  fileprivate var isNumeric: Bool {
    switch self {
    case .number, .integer, .probability: return true
    default: return false
    }
  }

  fileprivate var isInteger: Bool {
    if case .integer = self { return true }
    return false
  }

  fileprivate var isString: Bool {
    switch self {
    case .choice, .text: return true
    default: return false
    }
  }

  fileprivate var isList: Bool {
    if case .numberList = self { return true }
    return false
  }
}
