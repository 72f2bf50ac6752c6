/// `reentry validate`: checks scenario files without running them.
enum ValidateCommand: Command {
  static let name = "validate"
  static let options: [OptionSpec] = []
  static let synopsis = OptionSpec.synopsis("validate SCENARIO.json...", options)
  static let summary = "Check scenario files: every problem, one line each, with file and field."
  static let help = """
    Usage: reentry \(synopsis)

    Checks each file (and the files it extends) against the parameter catalog.
    Prints "FILE: ok" or one line per problem. Exit code 0 when all are valid,
    65 when any has invalid content, 66 when a file cannot be read.

    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard !args.positionals.isEmpty else {
      throw CommandFailure("validate needs at least one scenario file", code: .usage)
    }
    var code = ExitCode.success
    for file in args.positionals {
      do {
        _ = try ScenarioInput.load(file, overrides: [])
        console.out("\(file): ok\n")
      } catch {
        console.err(error.message.hasSuffix("\n") ? error.message : error.message + "\n")
        code = max(code, error.code)
      }
    }
    return code
  }
}
