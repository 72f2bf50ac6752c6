/// What one render of a report carries besides the result: the words of
/// its language and the log of the charts placed on its page.
///
/// It is passed to each section explicitly, so every word and number of a
/// page comes from the context it was given, and a chart enters the log only
/// where a section places it on the page (`place`): reading a chart's markup
/// never records anything behind the caller's back.
struct RenderContext: Sendable {
  /// Every word of the report, and how numbers are written, in its language.
  let strings: Strings
  /// The words of the robustness report in the same language.
  let robustness: RobustnessStrings
  /// The words of the choice between variants in the same language.
  let decision: DecisionStrings
  /// The words of the sensitivity report in the same language.
  let sensitivity: SensitivityStrings
  /// The charts placed so far, in the order they were placed.
  let figures = FigureLog()

  init(language: ReportLanguage = .en) {
    strings = language.strings
    robustness = language.robustness
    decision = language.decision
    sensitivity = language == .nl ? .dutch : .english
  }

  /// The chart's markup for the page, after recording the chart in `figures`.
  func place(_ figure: ChartFigure) -> String {
    figures.record(figure)
    return figure.html(strings)
  }
}
