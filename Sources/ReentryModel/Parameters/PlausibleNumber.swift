import ScenarioFormat

/// A field type whose plausible range a catalog line can declare in the
/// field's own type (`10...20` for an `Int`, `0.1...0.3` for a `Double`).
protocol PlausibleNumber: Comparable, Sendable {
  var plausibleValue: Double { get }
}

extension Int: PlausibleNumber {
  var plausibleValue: Double { Double(self) }
}

extension Double: PlausibleNumber {
  var plausibleValue: Double { self }
}

extension ParameterCatalog {
  /// The rule for assumptions declared without a range: run settings, levers
  /// (booleans and choices that scenarios set) and lists are held at their
  /// values; a numeric model assumption gets nil here, which `CatalogTests`
  /// rejects, so it must declare `plausible:` or say why it is `held:`.
  static func implicitPlausibility(path: String, kind: ParameterKind, source: String) -> Plausibility? {
    guard source.contains(assumption) else { return nil }
    if path.hasPrefix("run.") { return .held("run setting, not part of the model") }
    switch kind {
    case .boolean, .choice: return .held("a lever that scenarios set, not a statement about the world")
    case .numberList: return .held("a list; its entries are not varied one by one")
    default: return nil
    }
  }
}
