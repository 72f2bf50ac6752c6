import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// Loads a scenario file with the command line's overrides, or fails with the loader's issues.
enum ScenarioInput {
  static var loader: ScenarioLoader { ParameterCatalog.loader }

  /// Options every scenario-taking command accepts.
  static let options = ["seed", "replications", "set"]

  static let optionHelp = """
      --seed N            master seed (overrides run.seed)
      --replications N    number of replications (overrides run.replications)
      --set PATH=VALUE    override any parameter, e.g. --set casemanagers.caseloadNorm=20 (repeatable)
    """

  /// Options of the commands that run replications and write a result directory.
  static let runOptionHelp = """
      --jobs N            replications run at once (default: number of cores); never changes results
      --out DIR           output directory
      --progress          show progress on stderr even when it is not a terminal
    """

  static func load(_ file: String, _ args: Arguments) throws -> (ResolvedScenario, ModelParameters) {
    var overrides: [String] = []
    if let seed = try args.integer("seed", in: 0...9_007_199_254_740_991) { overrides.append("run.seed=\(seed)") }
    if let n = try args.integer("replications", in: 1...100_000) { overrides.append("run.replications=\(n)") }
    overrides += args.values("set")
    let scenario = try load(file, overrides: overrides)
    return (scenario, ModelParameters(scenario))
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
