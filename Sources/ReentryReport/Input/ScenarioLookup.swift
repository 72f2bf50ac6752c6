import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// Recovers the resolved parameters of a compared scenario from its digest.
///
/// `compare.json` names each scenario and the SHA-256 of its resolved
/// parameters, not the parameters themselves. A scenario file in the given
/// folder, loaded with the comparison's seed and replications, is used only
/// if it resolves to exactly that digest, so the report never shows
/// parameters other than those that ran.
enum ScenarioLookup {
  /// The resolved parameters (`effectiveJSON`) of the scenario with `digest`, or nil if no file matches.
  static func parameters(digest: String, seed: String, replications: Int, folder: String) -> JSONValue? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let overrides = ["run.seed=\(seed)", "run.replications=\(replications)"]
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let file = (folder as NSString).appendingPathComponent(name)
      guard let scenario = try? ParameterCatalog.loader.load(file: file, overrides: overrides) else { continue }
      if Manifest.digest(of: scenario) == digest { return scenario.effectiveJSON }
    }
    return nil
  }
}
