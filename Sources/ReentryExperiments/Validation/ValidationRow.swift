import Foundation
import ReentryModel
import SimKernel

/// One line of the validation table: a figure, its model value over replications and the verdict.
struct ValidationRow: Sendable {
  let figure: ValidationFigure
  /// The per-replication values summarised (mean and 95% interval).
  let summary: Summary
  /// The accepted range after scaling with the inflow; nil for a reference figure.
  let range: ClosedRange<Double>?
  let tolerance: String

  /// Measures `figure` in every replication of `results`.
  init(_ figure: ValidationFigure, results: [ReplicationResult], context: ValidationContext) {
    self.figure = figure
    summary = Summary(results.compactMap { figure.measure($0, context) }.filter(\.isFinite))
    let scale = context.inflowScale
    if let range = figure.range, figure.scalesWithInflow, scale != 1 {
      self.range = (range.lowerBound * scale)...(range.upperBound * scale)
      let low = Self.format(range.lowerBound * scale, figure.unit)
      tolerance =
        "\(low)–\(Self.format(range.upperBound * scale, figure.unit))"
        + " (source × \(String(format: "%.4f", scale)), the inflow scale)"
    } else {
      self.range = figure.range
      tolerance = figure.tolerance
    }
  }

  /// Whether the mean lies in the range; nil for a reference figure. No value is not within.
  var within: Bool? {
    guard let range else { return nil }
    return summary.n > 0 && range.contains(summary.mean)
  }

  /// "yes", "no" or "reference", as in the CSV.
  var verdict: String {
    switch within {
    case .some(true): "yes"
    case .some(false): "no"
    case .none: "reference"
    }
  }

  /// The model value with its interval, in the figure's unit, e.g. "31.5% (31.4%–31.7%)".
  var modelText: String {
    guard summary.n > 0 else { return "no value" }
    let mean = Self.format(summary.mean, figure.unit)
    guard summary.ciLow.isFinite else { return mean }
    let low = Self.format(summary.ciLow, figure.unit, bare: true)
    let high = Self.format(summary.ciHigh, figure.unit, bare: true)
    return "\(mean) (\(low)\(figure.unit == .points ? " to " : "–")\(high))"
  }

  /// A value in a unit, for people (the CSV holds plain decimals).
  /// `bare` leaves out the unit sign, for the ends of an interval.
  static func format(_ x: Double, _ unit: ValidationFigure.Unit, bare: Bool = false) -> String {
    guard x.isFinite else { return "NA" }
    switch unit {
    case .count: return grouped(Int(x.rounded()))
    case .share: return bare ? String(format: "%.1f", x * 100) : TextFormat.percent(x)
    case .days, .caseload: return String(format: "%.1f", x)
    case .ratio: return String(format: "%.2f", x)
    case .points: return String(format: bare ? "%+.1f" : "%+.1f pts", x * 100)
    }
  }

  /// 27481 → "27,481".
  static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var text = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { text += "," }
      text.append(c)
    }
    return (n < 0 ? "-" : "") + text
  }
}
