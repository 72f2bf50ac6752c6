extension CSVTable {
  /// The columns a layout declares, found in this file's header by name.
  ///
  /// Readers ask for cells by the layout's column, never by a spelled-out
  /// name or a position, so a file reads the same whatever order its
  /// columns come in and a missing column is named in the error.
  package struct Columns<Column: CSVColumn>: Sendable {
    package let table: CSVTable
    let positions: [Column: Int]

    /// Whether the file has `column` (always so for a required column).
    package func has(_ column: Column) -> Bool { positions[column] != nil }

    /// The position of `column` in the header; only for a column that is there.
    package func position(_ column: Column) -> Int { positions[column]! }

    /// A cell as text.
    package func text(_ record: Record, _ column: Column) -> String { record.fields[position(column)] }

    /// A number cell; "NA" reads as NaN.
    package func number(_ record: Record, _ column: Column) throws(InputError) -> Double {
      try table.number(record, position(column))
    }

    /// A whole number ≥ 0, such as `n`.
    package func count(_ record: Record, _ column: Column) throws(InputError) -> Int {
      try table.count(record, position(column))
    }
  }

  /// The columns of `Column` in this file; every one is required except those
  /// in `optional`, which a file written by an older version may lack.
  package func columns<Column: CSVColumn>(_: Column.Type, optional: Set<Column> = []) throws(InputError)
    -> Columns<Column>
  {
    var positions: [Column: Int] = [:]
    for column in Column.allCases {
      if optional.contains(column) {
        positions[column] = header.firstIndex(of: column.name)
      } else {
        positions[column] = try self.column(column.name)
      }
    }
    return Columns(table: self, positions: positions)
  }
}
