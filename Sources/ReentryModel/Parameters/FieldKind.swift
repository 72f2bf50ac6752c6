import ScenarioFormat

/// A `ParameterKind` tied to the Swift type of the field it fills, so that
/// binding a kind to a field of another type is a compile error: each
/// constructor below exists only for its matching type (`.integer` for `Int`,
/// `.number` and `.probability` for `Double`, `.boolean` for `Bool`,
/// `.numberList` for `[Double]`, `.choice` for a string enum).
struct FieldKind<Value>: Sendable {
  /// The rule the scenario loader checks values against.
  let kind: ParameterKind
  /// Writes a default as JSON, for the schema and `baseline.json`.
  let encode: @Sendable (Value) -> JSONValue
  /// Reads a value the loader has already checked against `kind`.
  let decode: @Sendable (JSONValue) -> Value
}

extension FieldKind where Value == Int {
  static func integer(min: Int, max: Int) -> Self {
    Self(kind: .integer(min: min, max: max), encode: { .number(Double($0)) }, decode: { Int($0.checkedNumber) })
  }
}

extension FieldKind where Value == UInt64 {
  /// An unsigned integer such as the master seed. JSON numbers are doubles,
  /// so `max` may not exceed 2^53 − 1, the largest integer they hold exactly.
  static func integer(min: UInt64, max: UInt64) -> Self {
    precondition(max <= 1 << 53 - 1, "\(max) is not exact as a JSON number")
    return Self(
      kind: .integer(min: Int(min), max: Int(max)), encode: { .number(Double($0)) },
      decode: { UInt64($0.checkedNumber) })
  }
}

extension FieldKind where Value == Double {
  static func number(min: Double, max: Double) -> Self {
    Self(kind: .number(min: min, max: max), encode: { .number($0) }, decode: { $0.checkedNumber })
  }

  static var probability: Self {
    Self(kind: .probability, encode: { .number($0) }, decode: { $0.checkedNumber })
  }
}

extension FieldKind where Value == Bool {
  static var boolean: Self {
    Self(
      kind: .boolean, encode: { .bool($0) },
      decode: { value in
        guard case .bool(let flag) = value else { preconditionFailure(value.uncheckedMessage) }
        return flag
      })
  }
}

extension FieldKind where Value == [Double] {
  static func numberList(min: Double, max: Double, minCount: Int, maxCount: Int) -> Self {
    Self(
      kind: .numberList(min: min, max: max, minCount: minCount, maxCount: maxCount),
      encode: { .array($0.map { .number($0) }) },
      decode: { value in
        guard case .array(let elements) = value else { preconditionFailure(value.uncheckedMessage) }
        return elements.map(\.checkedNumber)
      })
  }
}

extension FieldKind where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
  /// One of the enum's cases, spelled as its raw value; the options come
  /// from the enum, so a new case is a new choice without a second list.
  static var choice: Self {
    Self(
      kind: .choice(Value.allCases.map(\.rawValue)), encode: { .string($0.rawValue) },
      decode: { value in
        guard case .string(let text) = value, let option = Value(rawValue: text) else {
          preconditionFailure(value.uncheckedMessage)
        }
        return option
      })
  }
}

extension JSONValue {
  /// The number in a value the loader has checked against a numeric kind.
  fileprivate var checkedNumber: Double {
    guard case .number(let x) = self else { preconditionFailure(uncheckedMessage) }
    return x
  }

  /// Decoding fails only if a value skipped validation against its own kind,
  /// which `ResolvedScenario` rules out; this says so if it ever happens.
  fileprivate var uncheckedMessage: String {
    "\(compactText) reached the model without passing its parameter's check"
  }
}
