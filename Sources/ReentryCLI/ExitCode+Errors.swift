import ReentryExperiments
import ScenarioFormat

/// The one place where the layers' errors become sysexits codes.
extension ExitCode {
  /// 65 for invalid data, 66 for a missing or unreadable input.
  static func of(_ problem: InputProblem) -> ExitCode {
    switch problem {
    case .invalidData: dataError
    case .noInput: noInput
    }
  }

  /// 66 when a scenario file or a parent it extends cannot be read, else 65.
  static func of(_ errors: ScenarioErrors) -> ExitCode {
    errors.someFileUnreadable ? noInput : dataError
  }
}

extension CommandFailure {
  /// Any error a command lets through, as the message and exit code it ends
  /// with: 73 for a result that cannot be written, the input's kind for an
  /// input error; nil for an error no layer should throw (an internal error).
  ///
  /// Commands let the layers' errors through instead of converting each one
  /// by hand, so an error type has one exit code whichever command meets it.
  static func of(_ error: any Error) -> CommandFailure? {
    switch error {
    case let failure as CommandFailure: failure
    case let error as OutputError: CommandFailure(error.description, code: .cannotCreate)
    case let error as InputError: CommandFailure(error.description, code: ExitCode.of(error.kind))
    case let errors as ScenarioErrors: CommandFailure(errors.description, code: ExitCode.of(errors))
    default: nil
    }
  }
}
