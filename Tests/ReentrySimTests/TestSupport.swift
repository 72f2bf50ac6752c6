import Foundation
import Testing

@testable import ReentrySim

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

/// A new, empty, uniquely named directory under the system temporary directory.
func makeTempDirectory() -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("reentry-tests-\(UUID().uuidString)", isDirectory: true)
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.standardizedFileURL
}

/// Removes a directory made by `makeTempDirectory`; errors are ignored.
func removeTempDirectory(_ url: URL) {
  try? FileManager.default.removeItem(at: url)
}

/// Writes `text` as `name` (which may contain subdirectories) inside `dir`
/// and returns the file's absolute path.
@discardableResult
func writeFile(_ dir: URL, _ name: String, _ text: String) -> String {
  let url = dir.appendingPathComponent(name)
  try! FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try! Data(text.utf8).write(to: url)
  return url.path
}

/// The contents of a file as text, or nil if it cannot be read.
func readText(_ path: String) -> String? {
  FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

/// Paths inside the package, independent of the current directory.
enum PackagePaths {
  /// The package root (the directory holding Package.swift).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReentrySimTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Scenarios/baseline.json` as an absolute path.
  static let baseline: String = root.appendingPathComponent("Scenarios/baseline.json").path
}

/// Scenario texts shared by the CLI tests.
enum ScenarioText {
  /// A scenario extending the baseline that runs in well under a second in a
  /// debug build: 2 replications, short horizon, few releases.
  static func small(extends parent: String = PackagePaths.baseline, name: String = "small") -> String {
    """
    {
      "extends": "\(parent)",
      "name": "\(name)",
      "run": {"replications": 2, "warmupDays": 60, "measuredDays": 60, "followUpDays": 30},
      "population": {"releasesPerYear": 2000}
    }

    """
  }
}
