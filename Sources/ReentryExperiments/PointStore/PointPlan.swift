import ScenarioFormat
import SimKernel

/// A plan of independent points whose results one directory collects, one
/// point file each: a sweep (a point is a parameter combination) or a
/// robustness analysis (a point is a draw of assumptions).
///
/// `PointDirectory`, `PointAssembly` and `PointMerge` work on any plan, so
/// sharding, `--resume` after a kill, merging and the rule for replacing a
/// directory are the same code for every such command, and so is the proof
/// that a merged or resumed result is byte-identical to one run.
package protocol PointPlan: Sendable {
  /// The result kind: the manifest's "kind" ("<kind>-shard" for a shard),
  /// the prefix of the state file and of the default output directory.
  static var kind: String { get }
  /// The file that records the plan; its SHA-256 is the plan's digest.
  static var planFile: String { get }
  /// The table assembled at the end from the point files' rows.
  static var tableFile: String { get }

  var name: String { get }
  var pointCount: Int { get }
  /// The bytes of `planFile`.
  var fileBytes: [UInt8] { get }
  /// Rebuilds a plan from the bytes of a plan file we wrote; nil if they are not one.
  init?(fileBytes: [UInt8])

  /// The header line of the table and of every point file.
  var tableHeader: String { get }
  /// Whether `bytes` are a whole point file of point `index`.
  func isCompletePointFile(_ bytes: [UInt8], point index: Int) -> Bool
  /// Manifest fields that describe the plan, after kind, name, digest and shard.
  var manifestFields: [(String, JSONValue)] { get }
  /// Files derived from all point files at the end (beside the table), e.g. a summary.
  func summaryFiles(pointFile: (Int) throws(InputError) -> [UInt8]) throws(InputError) -> [(String, [UInt8])]
}

extension PointPlan {
  /// The plan digest: SHA-256 of the plan file.
  package var digest: String { SHA256.hex(fileBytes) }
  /// The marker of an unfinished directory.
  static var stateFile: String { "\(kind)-state.json" }
  /// The folder of point files.
  static var pointFolder: String { "points" }
  /// The file name of point `index` inside the directory.
  package static func pointFile(_ index: Int) -> String {
    var digits = String(index)
    while digits.count < 6 { digits = "0" + digits }
    return "\(pointFolder)/\(digits).csv"
  }

  package func summaryFiles(pointFile: (Int) throws(InputError) -> [UInt8]) throws(InputError)
    -> [(String, [UInt8])]
  { [] }
}
