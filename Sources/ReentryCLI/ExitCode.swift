/// The process exit codes of every command: BSD sysexits where one fits.
///
/// One typed enum, so a command cannot return an arbitrary number and a
/// reader sees every code the tool can end with in one place.
public enum ExitCode: Int32, Sendable, Comparable {
  case success = 0
  /// A pinned digest differs (`verify`): not a sysexits case, so the plain failure code.
  case failure = 1
  /// EX_USAGE: the command line is wrong.
  case usage = 64
  /// EX_DATAERR: an input file has invalid content.
  case dataError = 65
  /// EX_NOINPUT: an input file is missing or unreadable.
  case noInput = 66
  /// EX_SOFTWARE: a bug or a failing point of a sweep.
  case internalError = 70
  /// EX_CANTCREAT: an output file or directory cannot be written.
  case cannotCreate = 73
  /// EX_IOERR: standard output could not be written (full disk, closed descriptor).
  case ioError = 74

  /// The more severe code wins when several problems are reported at once (by sysexits number).
  public static func < (lhs: ExitCode, rhs: ExitCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
