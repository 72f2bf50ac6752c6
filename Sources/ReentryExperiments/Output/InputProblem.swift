/// The kinds of problem a command can meet in its inputs (a result that
/// cannot be written is an `OutputError`).
///
/// The sweep, merge and report layers know nothing of exit codes: they say
/// what kind of problem it is, in words the user can act on, and the CLI maps
/// the kind to its sysexits code.
public enum InputProblem: Sendable {
  /// The inputs are invalid or contradict each other.
  case invalidData
  /// An input directory or file is missing or unreadable.
  case noInput
}

/// A sweep, merge or report that cannot go on: which kind of problem, and
/// what the user should know to fix it (the file, the field, what is wrong).
public struct InputError: Error, CustomStringConvertible, Sendable {
  public let kind: InputProblem
  public let description: String

  public init(_ kind: InputProblem, _ description: String) {
    self.kind = kind
    self.description = description
  }

  /// A malformed or missing file inside a results directory.
  public static func invalid(_ file: String, _ problem: String) -> InputError {
    InputError(.invalidData, "\(file): \(problem)")
  }
}
