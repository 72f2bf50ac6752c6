/// A failure that ends a command with a message and an exit code.
///
/// Commands throw it instead of printing and returning, so the message and
/// the "see --help" hint are printed in exactly one place (`ReentryCLI.main`).
public struct CommandFailure: Error, Sendable {
  public let message: String
  public let code: ExitCode
  public init(_ message: String, code: ExitCode) {
    self.message = message
    self.code = code
  }
}
