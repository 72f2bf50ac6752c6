/// The kinds of problem a command can meet in its inputs or output, each
/// with the sysexits code the CLI answers with.
///
/// Shared by the sweep, merge and report layers, which know nothing of exit
/// codes otherwise: they say what kind of problem it is, in words the user
/// can act on, and the command maps it here.
enum InputProblem: Sendable {
  /// The inputs are invalid or contradict each other: 65.
  case invalidData
  /// An input directory or file is missing or unreadable: 66.
  case noInput
  /// The output cannot be written or may not be replaced: 73.
  case cannotCreate

  var exitCode: Int32 {
    switch self {
    case .invalidData: ExitCode.dataError
    case .noInput: ExitCode.noInput
    case .cannotCreate: ExitCode.cannotCreate
    }
  }
}
