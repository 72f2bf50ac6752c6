/// Axes with grid lines, tick labels and a title, shared by every chart so
/// all of them read the same way.
enum SVGAxis {
  typealias Rect = (left: Double, top: Double, right: Double, bottom: Double)
  static let n = SVGNumber.text

  /// Vertical grid lines and labels under the plot, the title centred below them.
  static func bottom(_ scale: LinearScale, plot: Rect, title: String, label: (Double) -> String) -> String {
    var out = "<g class=\"axis x-axis\">"
    for t in scale.ticks {
      let x = n(scale(t))
      out += HTML.empty("line", [("x1", x), ("x2", x), ("y1", n(plot.top)), ("y2", n(plot.bottom)), ("class", "grid")])
      out += HTML.text("text", [("x", x), ("y", n(plot.bottom + 16)), ("text-anchor", "middle")], label(t))
    }
    out += line(plot.left, plot.bottom, plot.right, plot.bottom, "domain")
    out += HTML.text(
      "text",
      [
        ("x", n((plot.left + plot.right) / 2)), ("y", n(plot.bottom + 36)),
        ("text-anchor", "middle"), ("class", "axis-title"),
      ], title)
    return out + "</g>"
  }

  /// Horizontal grid lines and labels left of the plot, the title turned upright beside them.
  static func left(_ scale: LinearScale, plot: Rect, title: String, label: (Double) -> String) -> String {
    var out = "<g class=\"axis y-axis\">"
    for t in scale.ticks {
      let y = n(scale(t))
      out += HTML.empty("line", [("x1", n(plot.left)), ("x2", n(plot.right)), ("y1", y), ("y2", y), ("class", "grid")])
      out += HTML.text("text", [("x", n(plot.left - 6)), ("y", n(scale(t) + 4)), ("text-anchor", "end")], label(t))
    }
    out += line(plot.left, plot.top, plot.left, plot.bottom, "domain")
    let cx = plot.left - 52
    let cy = (plot.top + plot.bottom) / 2
    out += HTML.text(
      "text",
      [
        ("x", n(cx)), ("y", n(cy)), ("text-anchor", "middle"),
        ("transform", "rotate(-90 \(n(cx)) \(n(cy)))"), ("class", "axis-title"),
      ], title)
    return out + "</g>"
  }

  /// A straight line with a CSS class.
  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ cls: String) -> String {
    HTML.empty("line", [("x1", n(x1)), ("x2", n(x2)), ("y1", n(y1)), ("y2", n(y2)), ("class", cls)])
  }

  /// A tick label with the decimals the scale needs.
  static func tick(_ scale: LinearScale, _ t: Strings) -> (Double) -> String {
    let decimals = scale.tickDecimals
    return { DisplayUnit.fixed($0, decimals, t) }
  }
}
