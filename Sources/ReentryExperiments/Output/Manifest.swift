import ReentryModel
import ScenarioFormat
import SimKernel

/// `manifest.json` of a run: what was run and the SHA-256 of every deterministic file.
///
/// No time, host or path goes in here: two runs of the same scenario content
/// with the same seed and version give the same manifest, byte for byte, and
/// its `digest` is what `Results/digests.json` pins.
package struct Manifest {
  static let tool = ResultManifest.tool

  let scenario: ResolvedScenario
  let parameters: ModelParameters
  let files: [(String, [UInt8])]

  /// SHA-256 of the canonical resolved parameters (not of the file text).
  var scenarioDigest: String { Self.digest(of: scenario) }

  /// SHA-256 of a scenario's canonical resolved parameters; compare and sweep name their inputs by it.
  package static func digest(of scenario: ResolvedScenario) -> String {
    SHA256.hex(Array(JSONWriter.write(scenario.effectiveJSON, pretty: false).utf8))
  }

  var fileDigests: [(String, String)] { files.map { ($0.0, SHA256.hex($0.1)) } }

  /// The run's manifest in the shape every result of ours shares.
  var body: ResultManifest {
    ResultManifest(
      fields: [
        ("scenario", .string(scenario.name)),
        ("seed", .number(Double(parameters.run.seed))),
        ("replications", .number(Double(parameters.run.replications))),
        ("scenarioDigest", .string(scenarioDigest)),
      ],
      inputs: [("scenario", scenarioDigest)],
      files: fileDigests)
  }

  /// One digest over the scenario and all files, in a fixed order.
  var digest: String { body.digest }

  var json: String { body.json }
}

/// The manifest shape shared by run, compare and sweep results.
///
/// `{"tool", "version", <fields>, "files": {name: sha256}, "digest"}`, where
/// `digest` is the SHA-256 of the lines "version V", one "KEY DIGEST" per
/// input and one "NAME SHA256" per file. `OutputDirectory` recognises a
/// result of ours by `tool`, so every kind of result obeys one overwrite rule.
package struct ResultManifest {
  package static let tool = "reentry"

  /// What was run, written after tool and version, in this order.
  let fields: [(String, JSONValue)]
  /// Digests of the inputs (scenarios, sweep definition) that the overall digest covers.
  let inputs: [(String, String)]
  /// File names and their SHA-256, in the order written.
  let files: [(String, String)]

  /// One digest over the version, the inputs and all files, in a fixed order.
  var digest: String {
    var text = "version \(ReentryVersion.current)\n"
    for (key, hash) in inputs { text += "\(key) \(hash)\n" }
    for (name, hash) in files { text += "\(name) \(hash)\n" }
    return SHA256.hex(Array(text.utf8))
  }

  var json: String {
    JSONWriter.write(
      .object(
        [("tool", .string(Self.tool)), ("version", .string(ReentryVersion.current))] + fields + [
          ("files", .object(files.map { ($0.0, .string($0.1)) })),
          ("digest", .string(digest)),
        ]), pretty: true)
  }
}

/// The version written into manifests and covered by every digest.
///
/// The same scenario, seed and version must give the same bytes, so a commit
/// that changes any result bumps it and re-pins the digests
/// (`reentry verify --update`); see `docs/contributing.md`.
public enum ReentryVersion {
  public static let current = "0.3.1"
}
