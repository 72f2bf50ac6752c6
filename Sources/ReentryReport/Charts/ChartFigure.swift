import Foundation

/// One chart as the page shows it: a figure with a visible title and note,
/// an SVG carrying its own title and text alternative, and the table of its
/// numbers in a disclosure beneath.
///
/// Every chart of the report is built through this type, which is how the
/// report keeps its promise that no chart lacks a title, a text alternative
/// or its numbers.
struct ChartFigure: Sendable {
  /// Unique on the page; used for the ids the SVG's ARIA attributes point at.
  let id: String
  let title: String
  /// Visible under the title: what the marks and intervals mean, and n.
  let note: String
  /// The text alternative: what the chart shows, in words and numbers.
  let description: String
  let width: Double
  let height: Double
  /// SVG markup inside the `<svg>` element, after `<title>` and `<desc>`.
  let body: String
  let table: DataTable

  /// The figure's markup in the words of `t`; `RenderContext.place` records the chart as it places it.
  func html(_ t: Strings) -> String {
    let n = SVGNumber.text
    let svg = HTML.tag(
      "svg",
      [
        ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
        ("width", n(width)), ("height", n(height)), ("focusable", "false"),
      ],
      HTML.text("title", [("id", "\(id)-title")], title) + HTML.text("desc", [("id", "\(id)-desc")], description) + body
    )
    return HTML.tag(
      "figure", [("class", "chart"), ("id", id)],
      HTML.tag(
        "figcaption", [],
        HTML.text("span", [("class", "chart-title")], title)
          + HTML.text("span", [("class", "chart-note")], note))
        + svg
        + HTML.tag("details", [], HTML.text("summary", t.numbersBehind) + table.html))
  }

  /// The chart as a standalone SVG file (`report --figures`): the same marks
  /// with the namespace a file needs and the chart rules of the page's
  /// stylesheet inlined, so it looks as on the page when opened or pasted alone.
  var svgDocument: String {
    let n = SVGNumber.text
    let style = ReportStyle.css.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.hasPrefix("svg ") }.joined(separator: "\n")
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + HTML.tag(
        "svg",
        [
          ("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
          ("aria-labelledby", "\(id)-title \(id)-desc"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
          ("width", n(width)), ("height", n(height)),
        ],
        HTML.text("title", [("id", "\(id)-title")], title) + HTML.text("desc", [("id", "\(id)-desc")], description)
          + HTML.text("style", style) + body) + "\n"
  }
}
