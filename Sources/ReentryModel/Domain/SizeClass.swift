/// Municipality size class; thresholds are scenario parameters.
public enum SizeClass: Int, Sendable, CaseIterable, Comparable {
  case small, medium, large

  public var name: String {
    switch self {
    case .small: "small"
    case .medium: "medium"
    case .large: "large"
    }
  }

  public static func < (a: SizeClass, b: SizeClass) -> Bool { a.rawValue < b.rawValue }

  /// Classifies a population with the scenario's thresholds.
  public static func of(population: Int, smallBelow: Int, largeFrom: Int) -> SizeClass {
    if population < smallBelow { return .small }
    if population >= largeFrom { return .large }
    return .medium
  }
}
