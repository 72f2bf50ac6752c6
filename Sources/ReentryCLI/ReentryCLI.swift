import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// The `reentry` command line: dispatches a subcommand and returns its exit code.
///
/// Lives in the library so tests can run every command in-process; the
/// executable only forwards `CommandLine.arguments` and exits.
public enum ReentryCLI {
  static let commands: [CommandEntry] = [
    CommandEntry(RunCommand.self), CommandEntry(ValidateCommand.self),
    CommandEntry(DescribeCommand.self), CommandEntry(VerifyCommand.self),
    CommandEntry(CompareCommand.self), CommandEntry(SweepCommand.self), CommandEntry(MergeCommand.self),
    CommandEntry(ValidateModelCommand.self), CommandEntry(BenchCommand.self),
    CommandEntry(SensitivityCommand.self),
    CommandEntry(ReportCommand.self),
  ]

  public static var usage: String {
    var text = """
      reentry \(ReentryVersion.current): simulate how detainees in Dutch prisons are prepared for release.

      Usage: reentry <command> [arguments]

      Commands:

      """
    for command in commands {
      text += "  " + command.synopsis.padding(toLength: 72, withPad: " ", startingAt: 0) + "\n"
      text += "      \(command.summary)\n"
    }
    text += "\nRun 'reentry <command> --help' for a command's options.\n"
    return text
  }

  public static func main(_ arguments: [String], console: Console) async -> Int32 {
    guard let name = arguments.first else {
      console.err(usage)
      return ExitCode.usage
    }
    if name == "--help" || name == "-h" || name == "help" {
      console.out(usage)
      return ExitCode.success
    }
    if name == "--version" {
      console.out("reentry \(ReentryVersion.current)\n")
      return ExitCode.success
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      let hint =
        NearestMatch.suggestion(for: name, among: commands.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
      console.err("reentry: unknown command '\(name)'\(hint)\n\n" + usage)
      return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.out(command.help)
      return ExitCode.success
    }
    let outcome: Result<Int32, any Error>
    do {
      outcome = .success(try await command.run(rest, console))
    } catch {
      outcome = .failure(error)
    }
    switch outcome {
    case .success(let code):
      return code
    case .failure(let error):
      guard let failure = error as? CommandFailure else {
        console.err("reentry \(name): internal error: \(error)\n")
        return ExitCode.internalError
      }
      console.err(failure.message.hasSuffix("\n") ? failure.message : failure.message + "\n")
      if failure.code == ExitCode.usage { console.err("Run 'reentry \(name) --help' for usage.\n") }
      return failure.code
    }
  }
}

/// A subcommand with its texts, erased to closures for the dispatch table.
struct CommandEntry: Sendable {
  let name: String
  let synopsis: String
  let summary: String
  let help: String
  let run: @Sendable ([String], Console) async throws -> Int32

  init<C: Command>(_ command: C.Type) {
    name = C.name
    synopsis = C.synopsis
    summary = C.summary
    help = C.help
    run = { arguments, console in try await C.run(arguments, console: console) }
  }
}

/// One subcommand.
protocol Command: Sendable {
  static var name: String { get }
  static var synopsis: String { get }
  static var summary: String { get }
  /// Full `--help` text.
  static var help: String { get }
  static func run(_ arguments: [String], console: Console) async throws -> Int32
}
