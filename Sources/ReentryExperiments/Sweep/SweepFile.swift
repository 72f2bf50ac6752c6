import Foundation
import ReentryModel
import ScenarioFormat

/// Reads and validates a sweep file, reporting every problem the way
/// scenario files do: file, field path, value and what is allowed, an
/// unknown key with the nearest known one, 65 for bad content and 66 for a
/// file that cannot be read.
///
/// ```json
/// {"name": "caseload-norm", "description": "…", "base": "../baseline.json",
///  "vary": [{"path": "casemanagers.caseloadNorm", "from": 10, "to": 40, "step": 5}],
///  "mode": "grid", "replications": 10, "seed": 20231}
/// ```
/// `base` is relative to the sweep file; `vary` entries give `values` (a
/// list) or `from`/`to`/`step`; `mode` is "grid" (default) or "zip";
/// `replications` and `seed` default to the base scenario's.
package enum SweepFile {
  static let topLevelKeys = ["name", "description", "base", "vary", "mode", "replications", "seed"]
  static let varyKeys = ["path", "values", "from", "to", "step"]
  /// Set by the sweep's own `seed` and `replications`, so they cannot be varied.
  static let reservedPaths = ["run.seed", "run.replications"]

  package static func load(_ file: String, schema: ParameterSchema = ParameterCatalog.schema) throws(ScenarioErrors)
    -> SweepDefinition
  {
    var issues = SweepIssues(file: file)
    guard let document = issues.read() else { throw issues.errors }
    guard case .object(let members) = document else {
      issues.add(
        "", document, "a sweep file must be a JSON object", allowed: "an object with keys " + keyList(topLevelKeys))
      throw issues.errors
    }
    issues.checkKeys(members, allowed: topLevelKeys, at: "", what: "top-level keys")
    let name = issues.string(document, "name", required: false) ?? baseName(of: file)
    let description = issues.string(document, "description", required: false, allowEmpty: true) ?? ""
    let basePath = issues.string(document, "base", required: true)
    let mode = issues.mode(document)
    let replications = issues.integer(document, "replications", in: 1...100_000)
    let seed = issues.integer(document, "seed", in: 0...9_007_199_254_740_991)
    let dimensions = SweepVary.dimensions(
      document.value(forKey: "vary"), mode: mode ?? .grid, schema: schema, issues: &issues)

    var base: ResolvedScenario?
    if let basePath {
      let path = basePath.hasPrefix("/") ? basePath : join(directory(of: file), basePath)
      if !FileManager.default.fileExists(atPath: path) {
        issues.add(
          "base", .string(basePath), "\(JSONValue.string(basePath).compactText) not found (looked for \(path))",
          allowed: "a scenario file, relative to the sweep file")
      } else {
        var overrides: [String] = []
        if let seed { overrides.append("run.seed=\(seed)") }
        if let replications { overrides.append("run.replications=\(replications)") }
        do { base = try ScenarioLoader(schema: schema).load(file: path, overrides: overrides) } catch {
          issues.list += error.issues
        }
      }
    }
    guard issues.list.isEmpty, let base, let mode else { throw issues.errors }
    let plan = SweepPlan(
      name: name, mode: mode, dimensions: dimensions, replications: base.int("run.replications"),
      seed: UInt64(base.int("run.seed")), baseParameters: base.effectiveJSON)
    let definition = SweepDefinition(file: file, description: description, plan: plan, base: base)
    issues.list += SweepPointCheck.issues(definition)
    guard issues.list.isEmpty else { throw issues.errors }
    return definition
  }

  static func keyList(_ keys: [String]) -> String { keys.joined(separator: ", ") }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func join(_ directory: String, _ relative: String) -> String {
    directory.isEmpty ? relative : (directory.hasSuffix("/") ? directory : directory + "/") + relative
  }

  /// "caseload-norm" for "Scenarios/sweeps/caseload-norm.json".
  static func baseName(of path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    return last.hasSuffix(".json") && last.count > 5 ? String(last.dropLast(5)) : last
  }
}
