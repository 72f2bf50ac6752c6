import ReentryExperiments
import ScenarioFormat

/// `reentry validate`: checks scenario and sweep files without running them.
enum ValidateCommand: Command {
  static let name = "validate"
  static let options: [OptionSpec] = []
  static let synopsis = OptionSpec.synopsis("validate FILE.json...", options)
  static let summary = "Check scenario and sweep files: every problem, one line each, with file and field."
  static let help = """
    Usage: reentry \(synopsis)

    Checks each scenario file (and the files it extends) against the
    parameter catalog. A sweep file (one with "base" or "vary") is checked
    as `reentry sweep` checks it before running: its keys, its base
    scenario, every varied value, and every point as the scenario it would
    run (cross-field rules), naming each invalid point; nothing runs.
    Prints "FILE: ok" (for a sweep "FILE: ok (sweep, N points)") or one line
    per problem. Exit code 0 when all are valid, 65 when any has invalid
    content, 66 when a file cannot be read.

    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard !args.positionals.isEmpty else {
      throw CommandFailure("validate needs at least one scenario or sweep file", code: .usage)
    }
    var code = ExitCode.success
    for file in args.positionals {
      do {
        console.out("\(file): \(try check(file))\n")
      } catch {
        console.err(error.message.hasSuffix("\n") ? error.message : error.message + "\n")
        code = max(code, error.code)
      }
    }
    return code
  }

  /// "ok", or "ok (sweep, N points)", or the file's problems as a command failure.
  static func check(_ file: String) throws(CommandFailure) -> String {
    guard isSweep(file) else {
      _ = try ScenarioInput.load(file, overrides: [])
      return "ok"
    }
    do {
      let definition = try SweepFile.load(file)
      return "ok (sweep, \(definition.plan.pointCount) points)"
    } catch {
      throw CommandFailure(error.description, code: ExitCode.of(error))
    }
  }

  /// Whether `file` is a sweep file: a JSON object with a sweep's own keys, which no scenario has.
  /// A file that cannot be read or parsed is left to the scenario loader, whose messages say why.
  static func isSweep(_ file: String) -> Bool {
    // Read as the loaders read: a FIFO or a device is refused, never waited on.
    guard case .success(let bytes) = DiskFiles().read(file), let document = try? JSONParser.parse(bytes),
      case .object(let members) = document
    else { return false }
    return members.contains { $0.0 == "base" || $0.0 == "vary" }
  }
}
