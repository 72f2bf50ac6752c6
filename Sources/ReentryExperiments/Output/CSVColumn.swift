/// A column of a CSV result file, as one case of the enum that declares the file's layout.
///
/// Each CSV file we write has one such enum: its cases, in order, are the
/// file's columns, and their raw values the header names. The writers here
/// and the readers in ReentryReport (and the terminal tables) all name
/// columns through it, so a column cannot be renamed, dropped or moved on
/// one side only: the header a writer puts down is the one a reader looks
/// its columns up in.
package protocol CSVColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {}

extension CSVColumn {
  /// The column's name in the header.
  package var name: String { rawValue }

  /// The header names, in file order.
  package static var names: [String] { allCases.map(\.rawValue) }
}
