/// The layout of a CSV result file: optional leading columns that the file
/// names itself, then the columns `Column` declares.
///
/// Writers render the header and every row through it, so the cells of a
/// row are asked for column by column, in the declared order, and an
/// exhaustive `switch` over `Column` makes the compiler check that every
/// column gets a value. Readers find the same columns by name with
/// `CSVTable.columns(_:)`.
package struct CSVLayout<Column: CSVColumn>: Sendable {
  /// Header names before the declared columns, already as they appear in
  /// the file's header: a sweep's varied parameter paths. Empty for most files.
  package let leading: [String]

  package init(leading: [String] = []) { self.leading = leading }

  /// Every header name, in file order.
  package var names: [String] { leading + Column.names }

  /// The header line, without its newline; names are quoted as cells are (`TextFormat.csvField`).
  package var header: String { names.map(TextFormat.csvField).joined(separator: ",") }

  /// One row, without its newline: the leading cells as given (formatted and
  /// quoted by the caller), then each declared column's cell in order.
  package func line(leading cells: [String] = [], _ cell: (Column) -> String) -> String {
    (cells + Column.allCases.map(cell)).joined(separator: ",")
  }
}
