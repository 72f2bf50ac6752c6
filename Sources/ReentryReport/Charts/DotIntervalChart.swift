import ReentryExperiments
import ReentryModel

/// Differences as dots with a 95% interval line, around a zero line:
/// a row per metric, group or variant, optionally under section headings.
///
/// An interval that crosses zero is plain to see, which is the honest way
/// to show a difference that may be noise.
struct DotIntervalChart: Sendable {
  struct Row: Sendable {
    let label: String
    let estimate: Estimate
    /// Drawn larger and darker: the "all releases" row.
    var emphasis = false
    /// A heading drawn above this row when it differs from the previous row's.
    var section: String? = nil
  }

  let id: String
  let title: String
  let rows: [Row]
  let unit: DisplayUnit
  /// What is compared with what, e.g. "caseload-20 − baseline".
  let subject: String
  /// Differences (as stored, before the unit's factor) the scale covers besides
  /// this chart's own: charts read side by side, one per variant, pass each
  /// other's so they share one scale and can be compared by eye.
  var alsoCovering: [Estimate] = []

  /// Drawing units per row; the print layout sizes the headline chart by it.
  static let rowHeight = 20.0
  /// The drawing's width in units.
  static let width = 720.0

  func figure(_ context: RenderContext) -> ChartFigure {
    let t = context.strings
    let rowHeight = Self.rowHeight
    let left = 220.0
    let width = Self.width
    let right = width - 170
    var layout: [(row: Row?, heading: String?, y: Double)] = []
    var y = rows.count > 12 ? 18.0 : 10.0
    var previous: String? = nil
    for row in rows {
      if let section = row.section, section != previous {
        layout.append((nil, section, y + 4))
        y += rowHeight + 4
        previous = section
      }
      layout.append((row, nil, y))
      y += rowHeight
    }
    let plot: SVGAxis.Rect = (left, rows.count > 12 ? 16 : 6, right, y + 4)
    let scale = LinearScale(
      covering: [0]
        + (rows.map(\.estimate) + alsoCovering).map(unit.boundedDifference).flatMap { [$0.mean, $0.low, $0.high] }
        .map { $0 * unit.factor },
      from: left, to: right)
    let n = SVGNumber.text
    var body = SVGAxis.bottom(
      scale, plot: plot, title: "\(t.difference) (\(unit.differenceUnit))", label: SVGAxis.tick(scale, t))
    body += HTML.empty(
      "line",
      [
        ("x1", n(scale(0))), ("x2", n(scale(0))), ("y1", n(plot.top)), ("y2", n(plot.bottom)),
        ("class", "zero"),
      ])
    if rows.count > 12 {
      // A tall chart repeats the tick labels at the top, so the scale is in view wherever one reads.
      for tick in scale.ticks {
        body += HTML.text(
          "text", [("x", n(scale(tick))), ("y", "10"), ("text-anchor", "middle"), ("class", "top-tick")],
          SVGAxis.tick(scale, t)(tick))
      }
    }
    for item in layout {
      let mid = item.y + rowHeight / 2
      if let heading = item.heading {
        body += HTML.text("text", [("x", "4"), ("y", n(mid + 4)), ("class", "label strong")], heading)
        continue
      }
      guard let row = item.row else { continue }
      let e = unit.boundedDifference(row.estimate)
      let colour = row.emphasis ? Palette.vermillion : Palette.blue
      body += HTML.text(
        "text",
        [
          ("x", n(left - 8)), ("y", n(mid + 4)), ("text-anchor", "end"),
          ("class", row.emphasis ? "label strong" : "label"),
        ], row.label)
      guard e.mean.isFinite else { continue }
      if e.hasInterval {
        body += HTML.empty(
          "line",
          [
            ("x1", n(scale(e.low * unit.factor))), ("x2", n(scale(e.high * unit.factor))),
            ("y1", n(mid)), ("y2", n(mid)), ("stroke", colour), ("stroke-width", row.emphasis ? "3" : "2"),
          ])
      }
      body += HTML.empty(
        "circle",
        [
          ("cx", n(scale(e.mean * unit.factor))), ("cy", n(mid)),
          ("r", row.emphasis ? "5" : "4"), ("fill", colour),
        ])
      body += HTML.text(
        "text", [("x", n(right + 10)), ("y", n(mid + 4)), ("class", "value")],
        "\(DisplayUnit.signed(e.mean * unit.factor, unit.decimals, t)) (\(unit.differenceInterval(e)))")
    }
    return ChartFigure(
      id: id, title: title,
      note: t.dotNote(Estimate.countText(rows.map(\.estimate))),
      description: description(t), width: width, height: plot.bottom + 46, body: body, table: table(t))
  }

  private func description(_ t: Strings) -> String {
    t.dotDescription(subject, unit.differenceUnit)
      + rows.map { row in
        let e = row.estimate
        return "\(row.section.map { $0 + ", " } ?? "")\(row.label): \(unit.difference(e.mean)) "
          + "(\(t.interval95) \(unit.differenceInterval(e)))"
      }.joined(separator: "; ") + "."
  }

  private func table(_ t: Strings) -> DataTable {
    let withSections = rows.contains { $0.section != nil }
    return DataTable(
      caption: t.differenceCaption(subject, unit.differenceUnit),
      header: (withSections ? ["", t.group] : [""]) + [t.difference, t.interval95, t.n],
      rows: rows.map { row in
        (withSections ? [row.section ?? "", row.label] : [row.label])
          + [
            DisplayUnit.signed(row.estimate.mean * unit.factor, unit.decimals, t),
            unit.differenceInterval(row.estimate),
            String(row.estimate.n),
          ]
      },
      numericFrom: withSections ? 2 : 1)
  }
}
