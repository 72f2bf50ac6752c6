/// Why a report cannot be made, with the sysexits class the CLI maps it to.
///
/// The report layer reads files other commands wrote; it says which file is
/// wrong and how, in words the user can act on, and leaves exit codes to
/// `ReportCommand`.
struct ReportError: Error, CustomStringConvertible, Sendable {
  /// No input: the results directory is missing; invalid data: it is not a
  /// result of ours or a file in it is malformed.
  typealias Kind = InputProblem

  let kind: Kind
  let description: String

  init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }

  /// A malformed or missing file inside a results directory.
  static func invalid(_ file: String, _ problem: String) -> ReportError {
    ReportError(.invalidData, "\(file): \(problem)")
  }
}
