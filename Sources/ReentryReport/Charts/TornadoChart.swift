import ReentryModel

/// What an effect hangs on: one horizontal bar per drawn assumption, from
/// zero to its partial rank correlation with the effect, strongest on top,
/// on a fixed scale of −1 to 1 so charts side by side compare by eye.
///
/// Bars right of zero (the higher the assumption, the larger the effect) and
/// left of it differ in colour and in their signed value written beside
/// them, so the chart does not rely on colour alone.
struct TornadoChart: Sendable {
  struct Bar: Sendable {
    /// The parameter path, as the catalog writes it.
    let path: String
    let prcc: Double
  }

  let id: String
  let title: String
  let bars: [Bar]
  /// For the note: kept worlds, and how many assumptions were drawn.
  let kept: Int
  let factors: Int
  let variant: String
  let metric: String

  func figure(_ context: RenderContext) -> ChartFigure {
    let (s, t) = (context.strings, context.robustness)
    let rowHeight = 22.0
    let longest = Double(bars.map(\.path.count).max() ?? 0)
    let left = max(200.0, longest * 6.6 + 16)
    let width = left + 420
    let right = width - 60
    let plot: SVGAxis.Rect = (left, 6, right, 10 + rowHeight * Double(bars.count))
    let scale = LinearScale(covering: [-1, 1], from: left, to: right)
    let n = SVGNumber.text
    var body = SVGAxis.bottom(scale, plot: plot, title: t.prccAxisTitle, label: SVGAxis.tick(scale, s))
    body += SVGAxis.line(scale(0), plot.top, scale(0), plot.bottom, "zero")
    for (i, bar) in bars.enumerated() {
      let mid = plot.top + 4 + rowHeight * (Double(i) + 0.5)
      body += HTML.text(
        "text", [("x", n(left - 8)), ("y", n(mid + 4)), ("text-anchor", "end"), ("class", "label")], bar.path)
      let (a, b) = (scale(min(0, bar.prcc)), scale(max(0, bar.prcc)))
      body += HTML.empty(
        "rect",
        [
          ("x", n(a)), ("y", n(mid - 7)), ("width", n(max(1, b - a))), ("height", "14"),
          ("fill", bar.prcc >= 0 ? Palette.blue : Palette.vermillion),
        ])
      let outside = bar.prcc >= 0 ? b + 4 : a - 4
      body += HTML.text(
        "text",
        [("x", n(outside)), ("y", n(mid + 4)), ("text-anchor", bar.prcc >= 0 ? "start" : "end"), ("class", "value")],
        value(bar.prcc, s))
    }
    return ChartFigure(
      id: id, title: title, note: t.tornadoNote(kept, bars.count, factors), description: description(s, t),
      width: width,
      height: plot.bottom + 46, body: body, table: table(s, t))
  }

  func value(_ r: Double, _ s: Strings) -> String { DisplayUnit.signed(r, 2, s) }

  private func description(_ s: Strings, _ t: RobustnessStrings) -> String {
    t.tornadoDescription(variant, metric)
      + bars.map { "\($0.path): \(value($0.prcc, s))" }.joined(separator: "; ") + "."
  }

  private func table(_ s: Strings, _ t: RobustnessStrings) -> DataTable {
    DataTable(
      caption: t.tornadoCaption(variant), header: [t.assumption, t.prcc, s.meaningHeader],
      rows: bars.map { bar in
        [bar.path, value(bar.prcc, s), ParameterCatalog.schema.spec(bar.path)?.summary ?? ""]
      }, numericFrom: 1, numericThrough: 1)
  }
}
