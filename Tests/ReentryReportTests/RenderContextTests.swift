import Testing

@testable import ReentryReport

/// A chart enters the render's figure log where a section places it on the
/// page, never by having its markup read.
@Suite struct RenderContextTests {
  static let chart = ChartFigure(
    id: "c", title: "A chart", note: "note", description: "what it shows", width: 10, height: 10, body: "",
    table: DataTable(caption: "numbers", header: ["x", "y"], rows: [["1", "2"]]))

  @Test func readingAChartsMarkupRecordsNothing() {
    let context = RenderContext()
    _ = Self.chart.html(.english)
    _ = Self.chart.html(.english)
    #expect(context.figures.inPageOrder(of: Self.chart.html(.english)).isEmpty)
  }

  @Test func placingAChartRecordsItOnceForItsPage() {
    let context = RenderContext()
    let page = context.place(Self.chart)
    #expect(page == Self.chart.html(.english))
    #expect(context.figures.inPageOrder(of: page).map(\.id) == ["c"])
    #expect(RenderContext().figures.inPageOrder(of: page).isEmpty, "another render's log stays empty")
  }
}
