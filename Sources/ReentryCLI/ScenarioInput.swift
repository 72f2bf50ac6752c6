import ReentryModel
import ScenarioFormat

/// Loads a scenario file with override strings, or fails with the loader's issues and their exit code.
enum ScenarioInput {
  static var loader: ScenarioLoader { ParameterCatalog.loader }

  static func load(_ file: String, overrides: [String]) throws(CommandFailure) -> ResolvedScenario {
    do {
      return try loader.load(file: file, overrides: overrides)
    } catch {
      throw CommandFailure(error.description, code: ExitCode.of(error))
    }
  }
}
