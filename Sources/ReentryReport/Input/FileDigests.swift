import Foundation
import ReentryExperiments
import ScenarioFormat
import SimKernel

/// Checks the files a report reads against the SHA-256 that `manifest.json`
/// records for them.
///
/// A report beside an untouched manifest digest claims that the numbers are
/// the ones the simulation wrote; a hand-edited `summary.csv` would break
/// that claim silently. So an edited file is refused, or, when the user asks
/// for it, reported with a warning at the top of the page.
struct FileDigests {
  /// File name → SHA-256 (hex), as `manifest.json` lists them.
  let recorded: [String: String]

  init(manifest: JSONValue) {
    var recorded: [String: String] = [:]
    if case .object(let list)? = manifest.value(forKey: "files") {
      for case (let name, .string(let hash)) in list { recorded[name] = hash }
    }
    self.recorded = recorded
  }

  /// The names among `names` whose bytes do not match the manifest (or that
  /// it does not list). A file that is absent is left to its reader, which
  /// says whether the result needs it.
  ///
  /// Unless `allowEdited`, the first such file fails with 65.
  func edited(_ names: [String], in directory: ResultDirectory, allowEdited: Bool) throws(InputError) -> [String] {
    var edited: [String] = []
    for name in names where directory.exists(name) {
      guard let data = FileManager.default.contents(atPath: directory.file(name)) else {
        throw InputError(.noInput, "\(directory.file(name)): cannot read file")
      }
      let problem: String
      if let hash = recorded[name] {
        guard SHA256.hex(Array(data)) != hash else { continue }
        problem = "\(name) does not match its digest in manifest.json; the result was edited after it was written"
      } else {
        problem =
          "\(name) has no digest in manifest.json, so it cannot be checked; the result was edited after it was written"
      }
      guard allowEdited else {
        throw InputError.invalid(
          directory.file(name), problem + " (rerun the command that wrote it, or report it anyway with --allow-edited)")
      }
      edited.append(name)
    }
    return edited
  }
}
