import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// Loads a scenario file with the command line's overrides, or fails with the loader's issues.
enum ScenarioInput {
  static var loader: ScenarioLoader { ParameterCatalog.loader }

  static let seed = OptionSpec.option("seed", "N", "master seed (overrides run.seed)")
  static let replications = OptionSpec.option(
    "replications", "N", "number of replications (overrides run.replications)")
  static let set = OptionSpec.option(
    "set", "PATH=VALUE", "override any parameter, e.g. --set casemanagers.caseloadNorm=20 (repeatable)",
    repeatable: true)

  /// Options every scenario-taking command accepts.
  static let options = [seed, replications, set]

  static func load(_ file: String, _ args: Arguments) throws -> (ResolvedScenario, ModelParameters) {
    var overrides: [String] = []
    if let seed = try args.integer("seed", in: 0...9_007_199_254_740_991) { overrides.append("run.seed=\(seed)") }
    if let n = try args.integer("replications", in: 1...100_000) { overrides.append("run.replications=\(n)") }
    overrides += try setValues(args)
    let scenario = try load(file, overrides: overrides)
    return (scenario, ModelParameters(scenario))
  }

  /// The `--set` overrides, refusing a number too large for a double.
  ///
  /// The loader reads a value that is not valid JSON as a string, and JSON
  /// has no infinity, so `--set x=1e400` would be reported as "is a string";
  /// naming the real problem needs the command line's raw text, which is here.
  static func setValues(_ args: Arguments) throws(CommandFailure) -> [String] {
    let values = args.values("set")
    for text in values {
      guard let equals = text.firstIndex(of: "=") else { continue }
      let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      let isNumberSyntax =
        value.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
      if isNumberSyntax, let number = Double(value), !number.isFinite {
        throw CommandFailure(
          "option --set: \"\(text)\": the number \(value) is out of range (not a finite number); "
            + "allowed: a number of magnitude below 1.8e308",
          code: .dataError)
      }
    }
    return values
  }

  /// Loads with override strings, turning the loader's issues into a command failure.
  static func load(_ file: String, overrides: [String]) throws(CommandFailure) -> ResolvedScenario {
    do {
      return try loader.load(file: file, overrides: overrides)
    } catch {
      throw CommandFailure(error.description, code: ExitCode.of(error))
    }
  }
}
