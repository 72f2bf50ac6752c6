/// Lines of means over x with a shaded band for their uncertainty: a sweep
/// metric against the varied parameter (95% interval), or a time series over
/// days (lowest to highest replication).
///
/// Each series has its own colour and dash pattern, and a legend names them.
struct BandLineChart: Sendable {
  struct Point: Sendable {
    let x: Double
    /// The x value as the table and text alternative show it.
    let xText: String
    let mean: Double
    let low: Double
    let high: Double
    let n: Int
  }

  struct Series: Sendable {
    let name: String
    let points: [Point]
  }

  let id: String
  let title: String
  let series: [Series]
  let xTitle: String
  let yTitle: String
  /// Multiplier from values to shown values (100 for shares) and decimals shown.
  let yFactor: Double
  let yDecimals: Int
  /// What the band is, e.g. "95% interval over replications".
  let band: String
  /// Tick labels for a categorical x (values 0, 1, …); nil for a numeric x.
  var categories: [String]? = nil
  /// Whether a numeric x axis stops at the first and last x of the data rather
  /// than at round values around them: days beyond the last sampled one were never simulated.
  var xEndsAtData = false
  /// A shaded stretch of x with a label, e.g. the measured window.
  var window: (from: Double, to: Double, label: String)? = nil
  /// What the chart shows, for the text alternative.
  let subject: String

  func figure(_ context: RenderContext) -> ChartFigure {
    let t = context.strings
    let width = 600.0
    let left = 78.0
    let right = width - 18
    let legendRows = series.count > 1 ? legendLayout(left: left, right: right).rows : 0
    let top = 12.0 + Double(legendRows) * 18 + (window == nil ? 0 : 12)
    let plot: SVGAxis.Rect = (left, top, right, top + 220)
    let xs = series.flatMap { $0.points.map(\.x) }
    let xScale =
      categories.map {
        LinearScale(covering: [-0.3, Double($0.count) - 0.7], from: left, to: right, tickCount: $0.count)
      }
      ?? LinearScale(covering: xs, from: left, to: right, endingAtData: xEndsAtData)
    let yScale = LinearScale(
      covering: series.flatMap { $0.points.flatMap { [$0.low, $0.high, $0.mean] } }.map { $0 * yFactor },
      from: plot.bottom, to: plot.top)
    let n = SVGNumber.text
    var body = ""
    if let window {
      let (a, b) = (max(xScale(window.from), left), min(xScale(window.to), right))
      body += HTML.empty(
        "rect",
        [
          ("x", n(a)), ("y", n(plot.top)), ("width", n(max(0, b - a))),
          ("height", n(plot.bottom - plot.top)), ("class", "window"),
        ])
      body += HTML.text(
        "text",
        [
          ("x", n((a + b) / 2)), ("y", n(plot.top - 4)), ("text-anchor", "middle"),
          ("class", "window-label"),
        ], window.label)
    }
    body += SVGAxis.left(yScale, plot: plot, title: yTitle, label: SVGAxis.tick(yScale, t))
    if let categories {
      body += categoryAxis(categories, xScale, plot)
    } else {
      body += SVGAxis.bottom(xScale, plot: plot, title: xTitle, label: SVGAxis.tick(xScale, t))
    }
    for (i, s) in series.enumerated() {
      body += draw(s, colour: Palette.colour(i), dash: Palette.dash(i), xScale, yScale)
    }
    if series.count > 1 { body += legend(left: left, right: right) }
    return ChartFigure(
      id: id, title: title,
      note: t.lineNote(
        band, Estimate.countText(series.flatMap { $0.points.map(\.n) }), yScale.low > 0),
      description: description(t), width: width, height: plot.bottom + 46, body: body, table: table(t))
  }

  private func draw(_ s: Series, colour: String, dash: String, _ x: LinearScale, _ y: LinearScale) -> String {
    let n = SVGNumber.text
    let points = s.points.filter { $0.mean.isFinite }
    let banded = points.filter { $0.low.isFinite && $0.high.isFinite }
    var out = "<g class=\"series\">"
    if banded.count > 1 {
      let upper = banded.map { "\(n(x($0.x))),\(n(y($0.high * yFactor)))" }
      let lower = banded.reversed().map { "\(n(x($0.x))),\(n(y($0.low * yFactor)))" }
      out += HTML.empty(
        "polygon", [("points", (upper + lower).joined(separator: " ")), ("fill", colour), ("fill-opacity", "0.18")])
    }
    out += HTML.empty(
      "polyline",
      [
        ("points", points.map { "\(n(x($0.x))),\(n(y($0.mean * yFactor)))" }.joined(separator: " ")),
        ("fill", "none"), ("stroke", colour), ("stroke-width", "2"),
      ] + (dash.isEmpty ? [] : [("stroke-dasharray", dash)]))
    if points.count <= 40 {
      for p in points {
        if p.low.isFinite && p.high.isFinite && banded.count < 2 {
          out += HTML.empty(
            "line",
            [
              ("x1", n(x(p.x))), ("x2", n(x(p.x))), ("y1", n(y(p.low * yFactor))),
              ("y2", n(y(p.high * yFactor))), ("stroke", colour), ("stroke-width", "2"),
            ])
        }
        out += HTML.empty(
          "circle", [("cx", n(x(p.x))), ("cy", n(y(p.mean * yFactor))), ("r", "3.5"), ("fill", colour)])
      }
    }
    return out + "</g>"
  }

  private func categoryAxis(_ categories: [String], _ x: LinearScale, _ plot: SVGAxis.Rect) -> String {
    let n = SVGNumber.text
    var out = "<g class=\"axis x-axis\">"
    for (i, label) in categories.enumerated() {
      out += HTML.text("text", [("x", n(x(Double(i)))), ("y", n(plot.bottom + 16)), ("text-anchor", "middle")], label)
    }
    out += SVGAxis.line(plot.left, plot.bottom, plot.right, plot.bottom, "domain")
    out += HTML.text(
      "text",
      [
        ("x", n((plot.left + plot.right) / 2)), ("y", n(plot.bottom + 36)), ("text-anchor", "middle"),
        ("class", "axis-title"),
      ], xTitle)
    return out + "</g>"
  }

  private func legendLayout(left: Double, right: Double) -> (rows: Int, at: [(x: Double, row: Int)]) {
    var at: [(Double, Int)] = []
    var x = left
    var row = 0
    for s in series {
      let w = 30 + Double(s.name.count) * 7 + 16
      if x + w > right && x > left { (x, row) = (left, row + 1) }
      at.append((x, row))
      x += w
    }
    return (row + 1, at)
  }

  private func legend(left: Double, right: Double) -> String {
    let n = SVGNumber.text
    var out = "<g class=\"legend\">"
    for (i, (s, place)) in zip(series, legendLayout(left: left, right: right).at).enumerated() {
      let y = 10 + Double(place.row) * 18
      let dash = Palette.dash(i).isEmpty ? [] : [("stroke-dasharray", Palette.dash(i))]
      out += HTML.empty(
        "line",
        [
          ("x1", n(place.x)), ("x2", n(place.x + 24)), ("y1", n(y)), ("y2", n(y)),
          ("stroke", Palette.colour(i)), ("stroke-width", "3"),
        ] + dash)
      out += HTML.text("text", [("x", n(place.x + 30)), ("y", n(y + 4))], s.name)
    }
    return out + "</g>"
  }

  private func shown(_ x: Double, _ t: Strings) -> String { DisplayUnit.fixed(x * yFactor, yDecimals, t) }

  private func description(_ t: Strings) -> String {
    t.lineDescription(subject, xTitle)
      + series.map { s in
        let first = s.points.first { $0.mean.isFinite }
        let last = s.points.last { $0.mean.isFinite }
        guard let first, let last else { return "\(s.name): \(t.noValues)" }
        return (series.count > 1 ? "\(s.name): " : "")
          + t.fromAtTo(shown(first.mean, t), first.xText, shown(last.mean, t), last.xText)
          + " (\(band) \(range(first, t)) \(t.and) \(range(last, t)))"
      }.joined(separator: "; ") + t.tableBeneath
  }

  private func range(_ p: Point, _ t: Strings) -> String {
    p.low.isFinite && p.high.isFinite
      ? DisplayUnit.range(shown(p.low, t), shown(p.high, t), negative: p.low < 0, t) : t.notAvailable
  }

  private func table(_ t: Strings) -> DataTable {
    let many = series.count > 1
    return DataTable(
      caption: t.by(ReportLabels.capitalised(subject), xTitle),
      header: [xTitle] + (many ? [t.seriesHeader] : []) + [t.mean, ReportLabels.capitalised(band), t.n],
      rows: series.flatMap { s in
        s.points.map { p in [p.xText] + (many ? [s.name] : []) + [shown(p.mean, t), range(p, t), String(p.n)] }
      },
      numericFrom: many ? 2 : 1)
  }
}
