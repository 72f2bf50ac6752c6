/// What values a parameter accepts, so that every scenario file and command-line
/// override is checked against the same rule before the model sees it.
public enum ParameterKind: Sendable, Equatable {
  /// A finite number within `min...max` (either bound may be infinite).
  case number(min: Double, max: Double)
  /// A JSON number with an integral value within `min...max`.
  case integer(min: Int, max: Int)
  /// A number in `0...1`.
  case probability
  /// `true` or `false`.
  case boolean
  /// A string equal to one of the options.
  case choice([String])
  /// Any string.
  case text
  /// An array of `minCount...maxCount` numbers, each within `min...max`.
  case numberList(min: Double, max: Double, minCount: Int, maxCount: Int)
}
