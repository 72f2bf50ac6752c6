/// The language a report is written in (`reentry report --lang`).
///
/// The language is a task-local value rather than a parameter threaded
/// through every section and chart: number formatting and labels sit deep
/// in shared helpers, and a task-local keeps concurrent renders (tests run
/// in parallel) from seeing each other's language.
package enum ReportLanguage: String, CaseIterable, Sendable {
  case en, nl

  /// The language of the report being rendered on this task; English outside a render.
  @TaskLocal static var current: ReportLanguage = .en

  var strings: Strings {
    switch self {
    case .en: return .english
    case .nl: return .dutch
    }
  }
}
