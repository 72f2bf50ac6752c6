import ReentryExperiments
import ScenarioFormat

/// The one place where the layers' kinds of problem become sysexits codes.
extension ExitCode {
  /// 65 for invalid data, 66 for a missing or unreadable input, 73 for an output that cannot be written.
  static func of(_ problem: InputProblem) -> ExitCode {
    switch problem {
    case .invalidData: dataError
    case .noInput: noInput
    case .cannotCreate: cannotCreate
    }
  }

  /// 66 when a scenario file or a parent it extends cannot be read, else 65.
  static func of(_ errors: ScenarioErrors) -> ExitCode {
    errors.someFileUnreadable ? noInput : dataError
  }
}
