/// Distributions of an effect over plausible worlds, one row per variant on
/// one scale: the median as a dot, the middle 50% as a thick bar and the 90%
/// range as a thin line, around a zero line.
///
/// Not a confidence interval: the spread is how far the effect moves with the
/// assumptions, which the note and the text alternative say.
struct RangeChart: Sendable {
  struct Row: Sendable {
    let label: String
    let median: Double
    let range50: (low: Double, high: Double)
    let range90: (low: Double, high: Double)
    /// Kept worlds behind the row.
    let n: Int
  }

  let id: String
  let title: String
  let rows: [Row]
  let unit: DisplayUnit
  /// What is compared with what, e.g. "variant − baseline in release-ready".
  let subject: String

  func figure(_ context: RenderContext) -> ChartFigure {
    let (s, t) = (context.strings, context.robustness)
    let rowHeight = 28.0
    let longest = Double(rows.map(\.label.count).max() ?? 0)
    let left = max(160.0, longest * 7 + 16)
    let width = left + 560
    let right = width - 200
    let plot: SVGAxis.Rect = (left, 6, right, 10 + rowHeight * Double(rows.count))
    let scale = LinearScale(
      covering: [0]
        + rows.flatMap { [$0.median, $0.range90.low, $0.range90.high, $0.range50.low, $0.range50.high] }
        .map { $0 * unit.factor },
      from: left, to: right)
    let n = SVGNumber.text
    var body = SVGAxis.bottom(
      scale, plot: plot, title: "\(s.difference) (\(unit.differenceUnit))", label: SVGAxis.tick(scale, s))
    body += SVGAxis.line(scale(0), plot.top, scale(0), plot.bottom, "zero")
    for (i, row) in rows.enumerated() {
      let mid = plot.top + 4 + rowHeight * (Double(i) + 0.5)
      body += HTML.text(
        "text", [("x", n(left - 8)), ("y", n(mid + 4)), ("text-anchor", "end"), ("class", "label")], row.label)
      guard row.median.isFinite else { continue }
      let x = { (v: Double) in n(scale(v * unit.factor)) }
      body += HTML.empty(
        "line",
        [
          ("x1", x(row.range90.low)), ("x2", x(row.range90.high)), ("y1", n(mid)), ("y2", n(mid)),
          ("stroke", Palette.blue), ("stroke-width", "2"),
        ])
      let (a, b) = (scale(row.range50.low * unit.factor), scale(row.range50.high * unit.factor))
      body += HTML.empty(
        "rect",
        [
          ("x", n(a)), ("y", n(mid - 6)), ("width", n(max(1, b - a))), ("height", "12"), ("fill", Palette.skyBlue),
          ("stroke", Palette.blue),
        ])
      body += HTML.empty(
        "circle", [("cx", x(row.median)), ("cy", n(mid)), ("r", "5"), ("fill", Palette.vermillion)])
      body += HTML.text(
        "text", [("x", n(right + 10)), ("y", n(mid + 4)), ("class", "value")],
        "\(signed(row.median)) (\(range(row.range90, s)))")
    }
    return ChartFigure(
      id: id, title: title, note: t.rangeNote(Estimate.countText(rows.map(\.n))), description: description(s, t),
      width: width, height: plot.bottom + 46, body: body, table: table(s, t))
  }

  private func signed(_ x: Double) -> String { DisplayUnit.signed(x * unit.factor, unit.decimals, unit.strings) }

  /// "+0.4 to +4.1": both ends signed, so a range across zero reads plainly.
  private func range(_ r: (low: Double, high: Double), _ s: Strings) -> String {
    "\(signed(r.low)) \(s.rangeTo) \(signed(r.high))"
  }

  private func description(_ s: Strings, _ t: RobustnessStrings) -> String {
    return t.rangeDescription(subject, unit.differenceUnit)
      + rows.map { row in
        "\(row.label): \(t.median.lowercased()) \(signed(row.median)), \(t.range50) \(range(row.range50, s)), "
          + "\(t.range90) \(range(row.range90, s))"
      }.joined(separator: "; ") + "."
  }

  private func table(_ s: Strings, _ t: RobustnessStrings) -> DataTable {
    DataTable(
      caption: s.differenceCaption(subject, unit.differenceUnit),
      header: ["", t.median, t.range50, t.range90, t.worlds],
      rows: rows.map { [$0.label, signed($0.median), range($0.range50, s), range($0.range90, s), String($0.n)] })
  }
}
