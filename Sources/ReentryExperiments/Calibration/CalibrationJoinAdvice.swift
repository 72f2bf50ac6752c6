import Foundation
import ScenarioFormat

/// What to run instead of `reentry merge` on a calibration or one of its shards.
///
/// A calibration's shards are not merged afterwards: each generation
/// proposes from the last, so the same `reentry calibrate` without
/// `--shard` joins them (it reads every shard's evaluations and runs what
/// is missing). `merge` recognises a calibration directory and prints
/// that command, filled in from the directory's `calibration.json` where
/// it can be.
package enum CalibrationJoinAdvice {
  /// The advice for `path`, or nil when it holds no calibration (finished, unfinished, or a shard's).
  package static func advice(for path: String) -> String? {
    let directory = PointDirectory<CalibrationPlan>(path: path)
    let manifest = PointDirectory<CalibrationPlan>.json(directory.file("manifest.json"))
    let isCalibration =
      FileManager.default.fileExists(atPath: directory.file(CalibrationPlan.planFile))
      || FileManager.default.fileExists(atPath: directory.file(PointDirectory<CalibrationPlan>.state))
      || manifest?.value(forKey: "kind") == .string(CalibrationPlan.kind)
    guard isCalibration else { return nil }
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    var out = trimmed
    var what = "a calibration"
    if let range = trimmed.range(of: #"-shard-[0-9]+-of-[0-9]+$"#, options: .regularExpression) {
      out = String(trimmed[..<range.lowerBound])
      what =
        "shard \(trimmed[range].dropFirst("-shard-".count).replacingOccurrences(of: "-of-", with: "/")) of a calibration"
    }
    var settings = ""
    if let plan = PointDirectory<CalibrationPlan>.json(directory.file(CalibrationPlan.planFile)) {
      for (key, option) in [
        ("particles", "particles"), ("generations", "generations"), ("replications", "replications"),
        ("pilotReplications", "pilot"), ("moves", "moves"), ("seed", "seed"),
      ] {
        if case .number(let value)? = plan.value(forKey: key) { settings += " --\(option) \(Int(value))" }
      }
      // The plan keeps the share; the option takes it in percent.
      if case .number(let keep)? = plan.value(forKey: "keep") { settings += " --keep \(Int((keep * 100).rounded()))" }
    }
    return "merge: \(path) holds \(what), which merge does not join (each generation proposes from the last); "
      + "run the calibration's own command without --shard instead: reentry calibrate BASE.json\(settings) "
      + "[the shards' --set options] --out \(out). It reads every shard's evaluations beside \(out), runs "
      + "whatever is missing and writes the result of a run in one go (docs/calibration.md)"
  }
}
