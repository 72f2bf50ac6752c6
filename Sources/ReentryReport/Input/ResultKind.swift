import ReentryExperiments
import ScenarioFormat

/// Which command wrote a results directory, told from its files.
///
/// `manifest.json` decides: a compare, sweep, robustness or sensitivity manifest names its `kind`,
/// a run's has none. Unfinished sweeps, shards and results of other
/// commands are refused with a message saying what to do instead.
package enum ResultKind: String, Sendable {
  case run, compare, sweep, robustness, sensitivity

  /// The files the report of this kind reads whose digests the manifest
  /// records (run-info.json is covered by no digest: it holds wall time).
  var checkedFiles: [String] {
    switch self {
    case .run: ["summary.csv", "summary.json", "timeseries.csv"]
    case .compare: ["compare.csv", "compare.json"]
    case .sweep: ["sweep.csv", "sweep.json"]
    case .robustness: ["robustness.json", "design.json"]
    case .sensitivity: ["sensitivity.csv"]
    }
  }

  static func detect(_ directory: ResultDirectory) throws(InputError) -> (ResultKind, JSONValue) {
    if directory.exists(SweepDirectory.state) {
      throw InputError.invalid(
        directory.path,
        "holds an unfinished sweep (sweep-state.json); finish it with reentry sweep SWEEP.json --out \(directory.path) --resume"
      )
    }
    if directory.exists(PointDirectory<RobustnessPlan>.state) {
      throw InputError.invalid(
        directory.path,
        "holds an unfinished robustness analysis (robustness-state.json); finish it with "
          + "reentry robustness BASE.json VARIANT.json... --out \(directory.path) --resume")
    }
    let tables = ["summary.csv", "compare.csv", "sweep.csv", "robustness.json", "sensitivity.csv"]
    guard directory.exists("manifest.json") || tables.contains(where: directory.exists) else {
      throw InputError.invalid(
        directory.path,
        "holds no result of reentry (no manifest.json with summary.csv, compare.csv, sweep.csv, "
          + "robustness.json or sensitivity.csv); give the output directory of reentry run, compare, sweep, "
          + "robustness or sensitivity")
    }
    let manifest = try directory.json("manifest.json", needed: "every result of reentry has one")
    guard manifest.value(forKey: "tool") == .string(ResultManifest.tool) else {
      throw InputError.invalid(
        directory.file("manifest.json"), "is not a manifest of reentry (no \"tool\": \"reentry\")")
    }
    switch manifest.value(forKey: "kind") {
    case nil: return (.run, manifest)
    case .string("compare")?: return (.compare, manifest)
    case .string("sweep")?: return (.sweep, manifest)
    case .string("robustness")?: return (.robustness, manifest)
    case .string("sensitivity")?: return (.sensitivity, manifest)
    case .string("robustness-shard")?:
      throw InputError.invalid(
        directory.path,
        "holds one shard of a robustness analysis; join the shards first (reentry merge DIR... --out DIR) "
          + "and report on the result")
    case .string("sweep-shard")?:
      throw InputError.invalid(
        directory.path,
        "holds one shard of a sweep; join the shards first (reentry merge DIR... --out DIR) and report on the result")
    case let other?:
      throw InputError.invalid(
        directory.file("manifest.json"),
        "kind \(other.compactText) is not allowed; allowed: a result of reentry run, compare, sweep, robustness or "
          + "sensitivity")
    }
  }
}
