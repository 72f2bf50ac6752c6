import Foundation
import ReentryExperiments
import ScenarioFormat
import SimKernel

/// Finds the robustness analysis of a comparison's scenarios, so the compare
/// report's caveat can say how its answer holds across plausible assumptions.
///
/// "The same scenarios" is decided by digest, not by name: `design.json`
/// records every scenario's resolved parameters (with the analysis's seed and
/// replications); with the comparison's seed and replications put in, the
/// base's must hash to the comparison's base digest and every compared
/// variant's to one of the analysis's variants. So a robustness run of a
/// reduced world, or of an edited scenario file, is never taken for the
/// comparison's. Where it looks: `--robustness DIR` when given, else every
/// directory beside the comparison's (e.g. `Results/robustness-…` beside
/// `Results/compare-…`), in name order, the first that matches.
enum RobustnessLookup {
  struct Found: Sendable {
    /// The directory as given or found (beside the comparison's).
    let path: String
    let result: RobustnessResult
    /// The analysis's variant that is each compared variant, by the comparison's variant name.
    let variants: [String: RobustnessResult.Variant]
  }

  /// The robustness result for `compare`, or nil when none is found. An
  /// `explicit` directory that is not a robustness result of these scenarios fails with 65.
  static func find(for compare: CompareResult, directory: String, explicit: String?) throws(InputError) -> Found? {
    if let explicit {
      let found = try match(explicit, compare)
      guard let found else {
        throw InputError.invalid(
          explicit,
          "is not a robustness analysis of the compared scenarios (their resolved parameters differ, or one is "
            + "missing); give the output directory of reentry robustness run with the same scenario files")
      }
      return found
    }
    let own = URL(fileURLWithPath: directory).standardizedFileURL
    let parent = own.deletingLastPathComponent()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for name in names.sorted() where !name.hasPrefix(".") && name != own.lastPathComponent {
      let candidate = (directory as NSString).deletingLastPathComponent
      let path = candidate.isEmpty ? name : (candidate as NSString).appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("design.json")) else {
        continue
      }
      if let found = try? match(path, compare) { return found }
    }
    return nil
  }

  /// The robustness result in `path` if it is one of `compare`'s scenarios, unedited; nil if not.
  static func match(_ path: String, _ compare: CompareResult) throws(InputError) -> Found? {
    let directory = try ResultDirectory(path)
    let (kind, manifest) = try ResultKind.detect(directory)
    guard kind == .robustness else { return nil }
    _ = try FileDigests(manifest: manifest).edited(kind.checkedFiles, in: directory, allowEdited: false)
    let result = try RobustnessResult(directory, manifest: manifest)
    guard let seed = Double(compare.provenance.seed) else { return nil }
    let digests = result.scenarios.map {
      digest($0.parameters, seed: seed, replications: compare.provenance.replications)
    }
    guard digests.first == compare.base.digest else { return nil }
    var variants: [String: RobustnessResult.Variant] = [:]
    for variant in compare.variants {
      guard let i = digests.dropFirst().firstIndex(of: variant.digest) else { return nil }
      variants[variant.name] = result.variants[i - 1]
    }
    return Found(path: path, result: result, variants: variants)
  }

  /// The digest `compare` records for a scenario with these resolved parameters, run with `seed` and `replications`.
  static func digest(_ parameters: JSONValue, seed: Double, replications: Int) -> String {
    guard case .object(var members) = parameters, let i = members.firstIndex(where: { $0.0 == "run" }),
      case .object(var run) = members[i].1
    else { return "" }
    for (key, value) in [("seed", seed), ("replications", Double(replications))] {
      if let j = run.firstIndex(where: { $0.0 == key }) { run[j].1 = .number(value) }
    }
    members[i].1 = .object(run)
    return SHA256.hex(Array(JSONWriter.write(.object(members), pretty: false).utf8))
  }

  /// `target` relative to the directory `from`, with "/" separators: the link a page in `from` needs.
  static func relativePath(_ target: String, from: String) -> String {
    let a = URL(fileURLWithPath: from).standardizedFileURL.pathComponents
    let b = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
    var common = 0
    while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
    let up = Array(repeating: "..", count: a.count - common)
    return (up + b[common...]).joined(separator: "/")
  }
}
