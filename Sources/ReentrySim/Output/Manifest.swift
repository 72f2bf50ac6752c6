import ScenarioFormat
import SimKernel

/// `manifest.json`: what was run and the SHA-256 of every deterministic file.
///
/// No time, host or path goes in here: two runs of the same scenario content
/// with the same seed and version give the same manifest, byte for byte, and
/// its `digest` is what `Results/digests.json` pins.
struct Manifest {
  static let tool = "reentry"

  let scenario: ResolvedScenario
  let parameters: ModelParameters
  let files: [(String, [UInt8])]

  /// SHA-256 of the canonical resolved parameters (not of the file text).
  var scenarioDigest: String {
    SHA256.hex(Array(JSONWriter.write(scenario.effectiveJSON, pretty: false).utf8))
  }

  var fileDigests: [(String, String)] { files.map { ($0.0, SHA256.hex($0.1)) } }

  /// One digest over the scenario and all files, in a fixed order.
  var digest: String {
    var text = "version \(ReentryVersion.current)\nscenario \(scenarioDigest)\n"
    for (name, hash) in fileDigests { text += "\(name) \(hash)\n" }
    return SHA256.hex(Array(text.utf8))
  }

  var json: String {
    JSONWriter.write(.object([
      ("tool", .string(Self.tool)),
      ("version", .string(ReentryVersion.current)),
      ("scenario", .string(scenario.name)),
      ("seed", .number(Double(parameters.run.seed))),
      ("replications", .number(Double(parameters.run.replications))),
      ("scenarioDigest", .string(scenarioDigest)),
      ("files", .object(fileDigests.map { ($0.0, .string($0.1)) })),
      ("digest", .string(digest)),
    ]), pretty: true)
  }
}

/// The version written into manifests; a change of results should bump it.
public enum ReentryVersion {
  public static let current = "0.1.0"
}
