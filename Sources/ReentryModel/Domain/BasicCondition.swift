/// The five basic conditions (basisvoorwaarden) judged at release.
public enum BasicCondition: Int, Sendable, CaseIterable {
  case id, housing, income, debts, care

  /// Metric and column stem, e.g. `id` gives `id_ok`.
  public var name: String {
    switch self {
    case .id: "id"
    case .housing: "housing"
    case .income: "income"
    case .debts: "debts"
    case .care: "care"
    }
  }
}

/// A set of basic conditions as a bit set: small, fast and Sendable.
public struct ConditionSet: Sendable, Equatable {
  public private(set) var bits: UInt8 = 0

  public init() {}

  public func contains(_ condition: BasicCondition) -> Bool {
    bits & (1 << UInt8(condition.rawValue)) != 0
  }

  public mutating func insert(_ condition: BasicCondition) {
    bits |= 1 << UInt8(condition.rawValue)
  }

  public mutating func remove(_ condition: BasicCondition) {
    bits &= ~(1 << UInt8(condition.rawValue))
  }

  public var isEmpty: Bool { bits == 0 }
  public var count: Int { bits.nonzeroBitCount }
}
