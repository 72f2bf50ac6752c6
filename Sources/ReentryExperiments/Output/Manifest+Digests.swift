import ReentryModel
import ScenarioFormat

extension Manifest {
  /// A run's manifest for files hashed while they were streamed to disk,
  /// never held whole in memory; the same fields as `Manifest.body`.
  static func body(
    scenario: ResolvedScenario, parameters: ModelParameters, fileDigests: [(String, String)]
  ) -> ResultManifest {
    let identity = Manifest(scenario: scenario, parameters: parameters, files: []).body
    return ResultManifest(fields: identity.fields, inputs: identity.inputs, files: fileDigests)
  }
}
