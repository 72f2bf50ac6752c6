/// Turns a scenario file (plus its `extends` chain and command-line
/// overrides) into a validated `ResolvedScenario`, or every problem found.
///
/// Layers, later winning: schema defaults ← root-most parent ← … ← the file
/// itself ← overrides in the order given. Objects merge key by key; lists and
/// scalars replace. `extends` is resolved relative to the directory of the
/// file containing it; file paths in messages follow `ScenarioChain`'s
/// display rule (top-level file as given, parents joined relative to it).
///
/// The schema's cross-field rules are checked on the merged result, once
/// every value is valid on its own, so a rule sees exactly what a run would.
public struct ScenarioLoader: Sendable {
  public let schema: ParameterSchema
  private let files: any ScenarioFileSource

  /// A loader that reads scenario files from disk.
  public init(schema: ParameterSchema) {
    self.init(schema: schema, files: DiskFiles())
  }

  /// A loader that reads files from another source (tests serve them from memory).
  init(schema: ParameterSchema, files: any ScenarioFileSource) {
    self.schema = schema
    self.files = files
  }

  /// Loads and validates a scenario; throws all issues across all files and
  /// overrides at once. `ScenarioErrors.topLevelFileUnreadable` tells a
  /// top-level file that cannot be read from one with invalid content.
  public func load(file path: String, overrides: [String] = []) throws(ScenarioErrors) -> ResolvedScenario {
    let chain = ScenarioChain(topLevel: path, schema: schema, files: files)
    var issues = chain.issues
    var accepted: [(path: String, value: JSONValue)] = []
    for text in overrides {
      do {
        let override = try Self.parseOverride(text)
        let found = Override.issues(path: override.path, value: override.value, schema: schema)
        issues += found
        if found.isEmpty { accepted.append(override) }
      } catch {
        issues.append(error)
      }
    }
    guard issues.isEmpty else { throw ScenarioErrors(issues: issues, topLevelFile: path) }
    var scenario = ResolvedScenario(
      schema: schema, name: PathText.baseName(of: path), description: "", files: chain.layers.map(\.displayPath))
    for (index, layer) in chain.layers.enumerated() {
      let isTopLevel = index == chain.layers.count - 1
      scenario = scenario.applying(layer.document, origin: .file(layer.displayPath), identity: isTopLevel)
    }
    for override in accepted {
      scenario = scenario.applying(
        Override.document(path: override.path, value: override.value), origin: .commandLine, identity: true)
    }
    let inconsistencies = schema.ruleIssues(in: scenario)
    guard inconsistencies.isEmpty else { throw ScenarioErrors(issues: inconsistencies, topLevelFile: path) }
    return scenario
  }

  /// All issues `load(file:)` would report for the file alone; empty if valid.
  public func check(file path: String) -> [ScenarioIssue] {
    do {
      _ = try load(file: path)
      return []
    } catch {
      return error.issues
    }
  }

  /// Splits "a.b=value" into a path and a value: the value is parsed as a
  /// JSON literal if it parses, else taken as a bare string. Throws a
  /// `.badOverride` issue (file "command line") for text without "=", an
  /// empty path or an empty value. The path is checked against the schema
  /// only by `load`.
  public static func parseOverride(_ text: String) throws(ScenarioIssue) -> (path: String, value: JSONValue) {
    try Override.parse(text)
  }
}
