import ReentryExperiments
import ReentryModel
import ReentryReport

/// Where a command writes: injectable so tests can run commands in-process.
public struct Console: Sendable {
  public let out: @Sendable (String) -> Void
  public let err: @Sendable (String) -> Void
  /// Progress is shown only on a terminal (or with --progress).
  public let errIsTerminal: Bool

  public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, errIsTerminal: Bool)
  {
    self.out = out
    self.err = err
    self.errIsTerminal = errIsTerminal
  }
}

/// BSD sysexits codes used by every command.
public enum ExitCode {
  public static let success: Int32 = 0
  /// A pinned digest differs (`verify`): not a sysexits case, so the plain failure code.
  public static let failure: Int32 = 1
  public static let usage: Int32 = 64
  public static let dataError: Int32 = 65
  public static let noInput: Int32 = 66
  public static let internalError: Int32 = 70
  public static let cannotCreate: Int32 = 73
}

/// A failure that ends a command with a message and an exit code.
public struct CommandFailure: Error, Sendable {
  public let message: String
  public let code: Int32
  public init(_ message: String, code: Int32) {
    self.message = message
    self.code = code
  }
}
