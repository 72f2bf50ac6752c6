/// What one render of a report carries besides the result: the log of the
/// charts placed on its page, for `report --figures`.
///
/// It is passed to each section explicitly, and a chart enters the log only
/// where a section places it on the page (`place`), so reading a chart's
/// markup never records anything behind the caller's back.
struct RenderContext: Sendable {
  /// The charts placed so far, in the order they were placed.
  let figures = FigureLog()

  /// The chart's markup for the page, after recording the chart in `figures`.
  func place(_ figure: ChartFigure) -> String {
    figures.record(figure)
    return figure.html
  }
}
