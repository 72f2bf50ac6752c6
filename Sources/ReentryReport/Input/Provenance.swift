import ReentryExperiments
import ScenarioFormat

/// What produced a result: the manifest's identity and digests, and the
/// wall-clock facts of `run-info.json` that no digest covers.
struct Provenance: Sendable {
  let version: String
  let digest: String
  let seed: String
  let replications: Int
  /// The manifest's other fields as label and text, in file order.
  let fields: [(String, String)]
  /// File name and SHA-256, as the manifest lists them.
  let files: [(String, String)]
  /// `run-info.json` as label and text; empty when the file is absent.
  let runInfo: [(String, String)]

  init(manifest: JSONValue, runInfo: JSONValue?, file: String) throws(InputError) {
    guard case .string(let version)? = manifest.value(forKey: "version"),
      case .string(let digest)? = manifest.value(forKey: "digest"),
      case .number(let seed)? = manifest.value(forKey: "seed"),
      case .number(let replications)? = manifest.value(forKey: "replications"), replications >= 1
    else {
      throw InputError.invalid(file, "needs \"version\", \"digest\", \"seed\" and \"replications\"")
    }
    self.version = version
    self.digest = digest
    self.seed = JSONWriter.formatNumber(seed)
    self.replications = Int(replications)
    let skipped = ["tool", "version", "digest", "files", "seed", "replications"]
    guard case .object(let members) = manifest else { throw InputError.invalid(file, "is not a JSON object") }
    fields = members.filter { !skipped.contains($0.0) }.map { ($0.0, Self.text($0.1)) }
    var files: [(String, String)] = []
    if case .object(let list)? = manifest.value(forKey: "files") {
      for (name, hash) in list { files.append((name, Self.text(hash))) }
    }
    self.files = files
    if case .object(let info)? = runInfo {
      self.runInfo = info.map { ($0.0, Self.text($0.1)) }
    } else {
      self.runInfo = []
    }
  }

  /// A scalar as plain text, a list of scalars joined by commas.
  static func text(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): return s
    case .array(let items): return items.map(text).joined(separator: ", ")
    default: return JSONWriter.write(value, pretty: false)
    }
  }
}
