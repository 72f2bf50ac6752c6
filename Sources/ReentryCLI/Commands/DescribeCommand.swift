import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry describe`: every effective parameter, its value, unit, origin and source.
enum DescribeCommand: Command {
  static let name = "describe"
  static let options =
    ScenarioOptions.options + [
      .flag("json", "print the effective scenario as one complete JSON file instead")
    ]
  static let synopsis = OptionSpec.synopsis("describe SCENARIO.json", options)
  static let summary = "Print every effective parameter with its value and where it came from."
  static let help = """
    Usage: reentry \(synopsis)

    Prints one line per parameter: path, value, unit, where the value came
    from (default, a file, or the command line) and its source (a seed
    document, or "assumption"), followed by the parameter's meaning and,
    for an assumption, its plausible range and why ("plausible: 10…20 —
    …"), or why it is held at its value ("held: …"). `robustness` draws from
    these ranges and `sensitivity` moves across them.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("describe needs exactly one scenario file", code: .usage)
    }
    let scenario = try ScenarioOptions(args).load(args.positionals[0])
    console.out(args.flags.contains("json") ? JSONWriter.write(scenario.effectiveJSON, pretty: true) : text(scenario))
    return .success
  }

  static func text(_ scenario: ResolvedScenario) -> String {
    var text = "scenario: \(scenario.name)\n"
    if !scenario.description.isEmpty { text += "description: \(scenario.description)\n" }
    text += "files: \(scenario.files.joined(separator: " <- "))\n\n"
    let specs = ParameterCatalog.schema.specs
    let width = specs.map(\.path.count).max() ?? 0
    for spec in specs {
      let value = JSONWriter.write(scenario.value(spec.path), pretty: false)
      let unit = spec.unit.isEmpty ? "" : " \(spec.unit)"
      text +=
        spec.path.padding(toLength: width, withPad: " ", startingAt: 0)
        + " = \(value)\(unit)   [from: \(scenario.origin(spec.path)); source: \(spec.source)]\n"
        + String(repeating: " ", count: width + 3) + spec.summary + "\n"
      if let plausibility = spec.plausibility {
        text += String(repeating: " ", count: width + 3) + Self.text(plausibility, unit: unit) + "\n"
      }
    }
    return text
  }

  /// "plausible: 10…20 hours/week — why" or "held: why".
  static func text(_ plausibility: Plausibility, unit: String) -> String {
    guard let range = plausibility.bounds else { return "held: \(plausibility.reason)" }
    let f = JSONWriter.formatNumber
    return "plausible: \(f(range.lowerBound))…\(f(range.upperBound))\(unit) — \(plausibility.reason)"
  }
}
