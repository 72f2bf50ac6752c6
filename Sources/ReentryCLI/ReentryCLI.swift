import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The `reentry` command line: dispatches a subcommand and returns its exit code.
///
/// Lives in the library so tests can run every command in-process; the
/// executable only forwards `CommandLine.arguments` and exits.
public enum ReentryCLI {
  static let commands: [CommandEntry] = [
    CommandEntry(RunCommand.self), CommandEntry(ValidateCommand.self),
    CommandEntry(DescribeCommand.self), CommandEntry(VerifyCommand.self),
    CommandEntry(CompareCommand.self), CommandEntry(SweepCommand.self), CommandEntry(RobustnessCommand.self),
    CommandEntry(MergeCommand.self),
    CommandEntry(ValidateModelCommand.self), CommandEntry(BenchCommand.self),
    CommandEntry(SensitivityCommand.self), CommandEntry(CalibrateCommand.self),
    CommandEntry(ReportCommand.self),
  ]

  public static var usage: String {
    var text = """
      reentry \(ReentryVersion.current): simulate how detainees in Dutch prisons are prepared for release.

      Usage: reentry <command> [arguments]

      Commands:

      """
    for command in commands {
      // Wrapped, never cut: every option of the synopsis stays readable.
      text += "  " + OptionSpec.wrap(command.synopsis, width: 76, indent: 4) + "\n"
      text += "      \(command.summary)\n"
    }
    text += "\nRun 'reentry <command> --help' for a command's options.\n"
    return text
  }

  /// Runs `reentry ARGUMENTS...`; the process's exit code.
  public static func main(_ arguments: [String], console: Console) async -> Int32 {
    let terminal = Console(
      out: { console.out(TerminalText.escaped($0)) }, err: { console.err(TerminalText.escaped($0)) },
      errIsTerminal: console.errIsTerminal)
    return await run(arguments, console: terminal).rawValue
  }

  static func run(_ arguments: [String], console: Console) async -> ExitCode {
    guard let name = arguments.first else {
      console.err(usage)
      return .usage
    }
    if name == "--help" || name == "-h" || name == "help" {
      console.out(usage)
      return .success
    }
    if name == "--version" {
      console.out("reentry \(ReentryVersion.current)\n")
      return .success
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      let hint =
        NearestMatch.suggestion(for: name, among: commands.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
      console.err("reentry: unknown command '\(name)'\(hint)\n\n" + usage)
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.out(command.help)
      return .success
    }
    let outcome: Result<ExitCode, any Error>
    do {
      outcome = .success(try await command.run(rest, console))
    } catch {
      outcome = .failure(error)
    }
    switch outcome {
    case .success(let code):
      return code
    case .failure(let error):
      guard let failure = CommandFailure.of(error) else {
        console.err("reentry \(name): internal error: \(error)\n")
        return .internalError
      }
      console.err(failure.message.hasSuffix("\n") ? failure.message : failure.message + "\n")
      if failure.code == .usage { console.err("Run 'reentry \(name) --help' for usage.\n") }
      return failure.code
    }
  }
}

/// A subcommand with its texts, erased to closures for the dispatch table.
struct CommandEntry: Sendable {
  let name: String
  let options: [OptionSpec]
  let synopsis: String
  let summary: String
  let help: String
  let run: @Sendable ([String], Console) async throws -> ExitCode

  init<C: Command>(_ command: C.Type) {
    name = C.name
    options = C.options
    synopsis = C.synopsis
    summary = C.summary
    // The usage line is made from the options and may be long: wrapped at words, never cut.
    var lines = C.help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = lines.first { lines[0] = OptionSpec.wrap(first, indent: 4) }
    help = lines.joined(separator: "\n")
    run = { arguments, console in try await C.run(arguments, console: console) }
  }
}

/// One subcommand.
protocol Command: Sendable {
  static var name: String { get }
  /// The options it accepts: the parser's list and the `--help` list in one.
  static var options: [OptionSpec] { get }
  /// The usage line, made from the options (see `OptionSpec.synopsis`).
  static var synopsis: String { get }
  static var summary: String { get }
  /// Full `--help` text.
  static var help: String { get }
  static func run(_ arguments: [String], console: Console) async throws -> ExitCode
}
