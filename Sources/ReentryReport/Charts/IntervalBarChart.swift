/// Horizontal bars from zero to the mean, with a whisker for the 95%
/// interval and the value written beside it: one bar per group or metric.
///
/// Bars start at zero (a bar's length is its value); shares run over the
/// whole 0–100% so charts side by side compare at a glance.
struct IntervalBarChart: Sendable {
  struct Bar: Sendable {
    let label: String
    let estimate: Estimate
    /// Drawn darker: the "all releases" bar among groups.
    var emphasis = false
  }

  let id: String
  let title: String
  let bars: [Bar]
  let unit: DisplayUnit
  /// What the numbers are, for the table caption and the text alternative.
  let subject: String

  func figure(_ context: RenderContext) -> ChartFigure {
    let t = context.strings
    let rowHeight = 26.0
    // The label column grows with the longest label (about 7 px a character at the
    // label size), so "ID in order (of those who needed it)" is not cut off.
    let longest = Double(bars.map(\.label.count).max() ?? 0)
    let left = max(200.0, longest * 7 + 16)
    let width = left + 400
    let right = width - 64
    let plot: SVGAxis.Rect = (left, 8, right, 8 + rowHeight * Double(bars.count))
    let values = bars.flatMap { [$0.estimate.mean, unit.bounded($0.estimate).high] }.map { $0 * unit.factor }
    let axis = LinearScale(covering: unit.isShare ? [0, 100] : [0] + values, from: left, to: right)
    let scale = { (x: Double) in axis(x * unit.factor) }
    let n = SVGNumber.text
    var body = SVGAxis.bottom(axis, plot: plot, title: unit.axisTitle, label: SVGAxis.tick(axis, t))
    for (i, bar) in bars.enumerated() {
      let e = unit.bounded(bar.estimate)
      let y = plot.top + rowHeight * Double(i)
      let mid = y + rowHeight / 2
      body += HTML.text(
        "text",
        [
          ("x", n(left - 8)), ("y", n(mid + 4)), ("text-anchor", "end"),
          ("class", bar.emphasis ? "label strong" : "label"),
        ], bar.label)
      guard e.mean.isFinite else { continue }
      body += HTML.empty(
        "rect",
        [
          ("x", n(scale(0))), ("y", n(mid - 7)), ("width", n(max(0, scale(e.mean) - scale(0)))),
          ("height", "14"), ("fill", bar.emphasis ? Palette.blue : Palette.skyBlue),
        ])
      var end = scale(e.mean)
      if e.hasInterval {
        let (x1, x2) = (scale(e.low), scale(e.high))
        let caps = "M\(n(x1)) \(n(mid - 6))V\(n(mid + 6))M\(n(x2)) \(n(mid - 6))V\(n(mid + 6))"
        body += HTML.empty("path", [("d", caps + "M\(n(x1)) \(n(mid))H\(n(x2))"), ("class", "whisker")])
        end = max(end, x2)
      }
      body += HTML.text("text", [("x", n(end + 6)), ("y", n(mid + 4)), ("class", "value")], unit.value(e.mean))
    }
    return ChartFigure(
      id: id, title: title, note: note(t), description: description(t), width: width, height: plot.bottom + 46,
      body: body, table: table(t))
  }

  private func note(_ t: Strings) -> String {
    t.barNote(Estimate.countText(bars.map(\.estimate)))
  }

  private func description(_ t: Strings) -> String {
    t.barDescription(subject)
      + bars.map {
        "\($0.label): \(unit.value($0.estimate.mean)) (\(t.interval95) \(unit.interval($0.estimate)))"
      }
      .joined(separator: "; ") + "."
  }

  private func table(_ t: Strings) -> DataTable {
    DataTable(
      caption: ReportLabels.capitalised(subject),
      header: ["", t.mean, t.interval95, t.n],
      rows: bars.map { [$0.label, unit.value($0.estimate.mean), unit.interval($0.estimate), String($0.estimate.n)] })
  }
}
