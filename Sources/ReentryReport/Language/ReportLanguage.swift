/// The language a report is written in (`reentry report --lang`).
///
/// A render takes its words from the language's `Strings` and
/// `RobustnessStrings`, carried by its `RenderContext`.
package enum ReportLanguage: String, CaseIterable, Sendable {
  case en, nl

  var strings: Strings {
    switch self {
    case .en: return .english
    case .nl: return .dutch
    }
  }

  /// The words of the choice between variants (intervals, ranking, EVPPI, best buy).
  var decision: DecisionStrings { self == .nl ? .dutch : .english }

  var robustness: RobustnessStrings {
    switch self {
    case .en: return Strings.englishRobustness
    case .nl: return Strings.dutchRobustness
    }
  }
}
