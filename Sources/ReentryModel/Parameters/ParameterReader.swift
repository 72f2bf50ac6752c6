import ScenarioFormat

/// Reads typed values from a resolved scenario and remembers which paths it read.
///
/// The memory exists for one test: every parameter in the catalog must be read
/// by the model, so no scenario field can be silently ignored.
final class ParameterReader {
  let scenario: ResolvedScenario
  private(set) var readPaths: [String] = []

  init(_ scenario: ResolvedScenario) { self.scenario = scenario }

  func double(_ path: String) -> Double {
    readPaths.append(path)
    return scenario.double(path)
  }
  func int(_ path: String) -> Int {
    readPaths.append(path)
    return scenario.int(path)
  }
  func bool(_ path: String) -> Bool {
    readPaths.append(path)
    return scenario.bool(path)
  }
  func string(_ path: String) -> String {
    readPaths.append(path)
    return scenario.string(path)
  }
  func doubles(_ path: String) -> [Double] {
    readPaths.append(path)
    return scenario.doubles(path)
  }
}
