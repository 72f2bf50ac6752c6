import Foundation
import ScenarioFormat

/// What an existing directory holds, judged by the `manifest.json` of ours in it.
///
/// Replacing a result used to swap the whole directory, so a user's
/// `notes.txt` or `analysis/` beside the result was deleted silently, and a
/// run given a sweep directory as `--out` replaced the sweep. This tells
/// apart what we wrote (the manifest's files, the manifest, `run-info.json`,
/// and for a sweep its points, state and failures) from anything else, and
/// which kind of result it is, so the replacement rule can refuse.
public struct ResultContents: Sendable {
  /// The name `reentry report` writes into a result by default: ours, but in no manifest.
  static let report = "report.html"

  /// "run", "compare", "sensitivity", "sweep" or "robustness" (a shard or an
  /// unfinished one counts as its kind); nil when the directory holds no result of ours.
  public let kind: String?
  /// Entries that are not ours, relative to the directory, directories with a trailing "/".
  public let foreign: [String]
  /// Whether `report.html` is there (it would describe the replaced result).
  public let hasReport: Bool

  /// The kind of result a manifest or sweep state describes (a run's manifest has no "kind").
  static func kind(of json: JSONValue) -> String? {
    guard json.value(forKey: "tool") == .string(ResultManifest.tool) else { return nil }
    switch json.value(forKey: "kind") {
    case nil: return "run"
    case .string(let kind)?:
      return pointKinds.keys.sorted().first { kind == $0 || kind == "\($0)-shard" || kind == "\($0)-state" } ?? kind
    default: return nil
    }
  }

  init(_ path: String) {
    let fm = FileManager.default
    func json(_ name: String) -> JSONValue? {
      fm.contents(atPath: (path as NSString).appendingPathComponent(name)).flatMap { try? JSONParser.parse(Array($0)) }
    }
    let manifest = json("manifest.json")
    kind =
      manifest.flatMap(Self.kind)
      ?? Self.pointKinds.keys.sorted().lazy.compactMap { json("\($0)-state.json") }
      .first.flatMap(Self.kind)
    var ours: Set<String> = ["manifest.json", "run-info.json"]
    if case .object(let files)? = manifest?.value(forKey: "files") {
      for (name, _) in files { ours.insert(String(name.split(separator: "/").first ?? "")) }
    }
    if let kind, let files = Self.pointKinds[kind] { ours.formUnion(files) }
    let entries = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
    hasReport = entries.contains(Self.report)
    var foreign: [String] = []
    for entry in entries where entry != Self.report && !ours.contains(entry) && !entry.hasPrefix(".tmp-") {
      let full = (path as NSString).appendingPathComponent(entry)
      var isDirectory: ObjCBool = false
      _ = fm.fileExists(atPath: full, isDirectory: &isDirectory)
      if let kind, Self.pointKinds[kind] != nil, entry == "points", isDirectory.boolValue {
        let points = ((try? fm.contentsOfDirectory(atPath: full)) ?? []).sorted()
        foreign += points.filter { !Self.isPointFile($0) }.map { "points/\($0)" }
      } else {
        foreign.append(entry + (isDirectory.boolValue ? "/" : ""))
      }
    }
    self.foreign = kind == nil ? entries : foreign
  }

  /// The files of the kinds of result that `PointDirectory` writes (beside
  /// `points/`), including those of an unfinished or failed run.
  /// `point-checksums/` is there only while the result is unfinished.
  static let pointKinds: [String: Set<String>] = [
    SweepPlan.kind: [
      SweepPlan.planFile, SweepPlan.tableFile, SweepPlan.stateFile, "failures.csv",
      PointDirectory<SweepPlan>.checksums,
    ],
    RobustnessPlan.kind: [
      RobustnessPlan.planFile, RobustnessPlan.tableFile, RobustnessPlan.stateFile, RobustnessPlan.summaryFile,
      RobustnessPlan.acceptabilityFile, "failures.csv", PointDirectory<RobustnessPlan>.checksums,
    ],
    CalibrationPlan.kind: [
      CalibrationPlan.planFile, CalibrationPlan.tableFile, CalibrationPlan.stateFile, CalibrationFiles.generations,
      CalibrationFiles.posteriorCheck, CalibrationFiles.noise, PointDirectory<CalibrationPlan>.checksums,
    ],
  ]

  /// The name of the unfinished-run marker of a plan of points in `path`, if there is one.
  static func stateFile(in path: String) -> String? {
    pointKinds.keys.sorted().map { "\($0)-state.json" }.first {
      FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0))
    }
  }

  /// `NNNNNN.csv` or an atomic writer's temporary: what a sweep puts in `points/`.
  private static func isPointFile(_ name: String) -> Bool {
    if name.hasPrefix(".tmp-") { return true }
    guard name.hasSuffix(".csv") else { return false }
    let stem = name.dropLast(4)
    return !stem.isEmpty && stem.allSatisfy(\.isNumber)
  }
}
