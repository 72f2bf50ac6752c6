import ReentryModel

/// The validation table: every source figure against the model, as text and as CSV,
/// grouped by role (inputs restated, calibration targets, held-out patterns, references).
package struct ValidationReport: Sendable {
  /// The columns every table of ours has had: an older `validation.csv` without the role is still ours to replace.
  package static let signature =
    "figure,source,source_value,unit,model_mean,model_ci_low,model_ci_high,n,tolerance,within,source_text"
  package static let header = signature + ",role"

  let rows: [ValidationRow]

  /// Measures `figures` on the results of a run with `parameters`.
  package init(
    results: [ReplicationResult], parameters: ModelParameters, figures: [ValidationFigure] = ValidationFigure.all
  ) {
    let context = ValidationContext(parameters: parameters)
    rows = figures.map { ValidationRow($0, results: results, context: context) }
  }

  /// Figures judged, and how many of them are within tolerance (inputs and references are not counted).
  var judged: Int { rows.filter { $0.within != nil && $0.figure.role.isCounted }.count }
  var passed: Int { rows.filter { $0.within == true && $0.figure.role.isCounted }.count }

  /// The rows of one role, in table order.
  func rows(_ role: ValidationRole) -> [ValidationRow] { rows.filter { $0.figure.role == role } }

  /// `Results/validation.csv`: one row per figure, plain decimals (shares in 0…1).
  package var csv: String {
    var text = Self.header + "\n"
    for row in rows {
      let s = row.summary
      let fields = [
        row.figure.id, row.figure.source, row.figure.sourceValue, row.figure.unit.rawValue,
        TextFormat.decimal(s.mean), TextFormat.decimal(s.ciLow), TextFormat.decimal(s.ciHigh), String(s.n),
        row.tolerance, row.verdict, row.figure.quote, row.figure.role.rawValue,
      ]
      text += fields.map(TextFormat.csvField).joined(separator: ",") + "\n"
    }
    return text
  }

  /// The table for a terminal: one block per role, one line per figure, columns as wide as their widest cell.
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
    var text = title + "\n"
    for role in ValidationRole.allCases {
      let group = rows.indices.filter { rows[$0].figure.role == role }
      guard !group.isEmpty else { continue }
      text += "\n" + role.heading + "\n" + line(head)
      for i in group { text += line(cells[i]) }
    }
    text += "\n" + verdict + "\n"
    let quoted = rows.filter { !$0.figure.quote.isEmpty }
    if !quoted.isEmpty {
      text += "\nThe sentences of the sources that the patterns rest on:\n"
      for row in quoted { text += "  \(row.figure.id) (\(row.figure.source)): \"\(row.figure.quote)\"\n" }
    }
    return text
  }

  /// "6 of 10 calibration targets and 10 of 10 held-out patterns within tolerance; …": the groups apart.
  var verdict: String {
    func within(_ role: ValidationRole) -> Int { rows(role).filter { $0.within == true }.count }
    let targets = rows(.calibrationTarget).count
    let heldOut = rows(.heldOut).count
    return "\(within(.calibrationTarget)) of \(targets) calibration targets and \(within(.heldOut)) of \(heldOut)"
      + " held-out patterns within tolerance (\(passed) of \(judged) figures); \(rows(.input).count) inputs restated"
      + " (\(within(.input)) within, not counted); \(rows(.reference).count) reference only"
  }
}
