import ReentryModel

/// The validation table: every source figure against the model, as text and as CSV.
package struct ValidationReport: Sendable {
  package static let header =
    "figure,source,source_value,unit,model_mean,model_ci_low,model_ci_high,n,tolerance,within,source_text"

  let rows: [ValidationRow]

  /// Measures `figures` on the results of a run with `parameters`.
  package init(
    results: [ReplicationResult], parameters: ModelParameters, figures: [ValidationFigure] = ValidationFigure.all
  ) {
    let context = ValidationContext(parameters: parameters)
    rows = figures.map { ValidationRow($0, results: results, context: context) }
  }

  /// Figures judged, and how many of them are within tolerance.
  var judged: Int { rows.filter { $0.within != nil }.count }
  var passed: Int { rows.filter { $0.within == true }.count }

  /// `Results/validation.csv`: one row per figure, plain decimals (shares in 0…1).
  package var csv: String {
    var text = Self.header + "\n"
    for row in rows {
      let s = row.summary
      let fields = [
        row.figure.id, row.figure.source, row.figure.sourceValue, row.figure.unit.rawValue,
        TextFormat.decimal(s.mean), TextFormat.decimal(s.ciLow), TextFormat.decimal(s.ciHigh), String(s.n),
        row.tolerance, row.verdict, row.figure.quote,
      ]
      text += fields.map(TextFormat.csvField).joined(separator: ",") + "\n"
    }
    return text
  }

  /// The table for a terminal: one line per figure, columns as wide as their widest cell.
  package func text(title: String) -> String {
    let head = ["figure", "source", "source value", "model (95% interval)", "tolerance", "within"]
    let cells = rows.map {
      [$0.figure.id, $0.figure.source, $0.figure.sourceValue, $0.modelText, $0.tolerance, $0.verdict]
    }
    let widths = head.indices.map { column in ([head] + cells).map { $0[column].count }.max() ?? 0 }
    func line(_ row: [String]) -> String {
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ") + "\n"
    }
    var text = title + "\n" + line(head)
    for row in cells { text += line(row) }
    text += "\(passed) of \(judged) figures within tolerance; \(rows.count - judged) reference only\n"
    let quoted = rows.filter { !$0.figure.quote.isEmpty }
    if !quoted.isEmpty {
      text += "\nThe sentences of the sources that the patterns rest on:\n"
      for row in quoted { text += "  \(row.figure.id) (\(row.figure.source)): \"\(row.figure.quote)\"\n" }
    }
    return text
  }
}
