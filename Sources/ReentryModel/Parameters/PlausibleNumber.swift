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
