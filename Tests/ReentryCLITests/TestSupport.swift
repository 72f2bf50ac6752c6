import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// A `Console` whose output is collected in memory, so that tests can run
/// commands in-process and inspect what they printed.
///
/// Thread-safe: commands may write from several tasks at once.
final class CapturedConsole: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""
  private let errIsTerminal: Bool

  init(errIsTerminal: Bool = false) {
    self.errIsTerminal = errIsTerminal
  }

  /// The console to hand to `ReentryCLI.main`.
  var console: Console {
    Console(
      out: { [self] text in lock.withLock { outText += text } },
      err: { [self] text in lock.withLock { errText += text } },
      errIsTerminal: errIsTerminal)
  }

  /// Everything written to standard output so far.
  var out: String { lock.withLock { outText } }
  /// Everything written to standard error so far.
  var err: String { lock.withLock { errText } }
  /// The non-empty lines written to standard error.
  var errLines: [String] { err.split(separator: "\n").map(String.init) }
}

/// The outcome of one in-process `reentry` invocation.
struct CLIOutcome: Sendable {
  let code: Int32
  let out: String
  let err: String

  var errLines: [String] { err.split(separator: "\n").map(String.init) }
  var outLines: [String] { out.split(separator: "\n").map(String.init) }
}

/// Runs `reentry ARGUMENTS...` in-process and returns its exit code and output.
func reentry(_ arguments: [String]) async -> CLIOutcome {
  let captured = CapturedConsole()
  let code = await ReentryCLI.main(arguments, console: captured.console)
  return CLIOutcome(code: code, out: captured.out, err: captured.err)
}
