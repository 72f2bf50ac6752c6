import Foundation

/// Where the shards of a calibration work, and how a calibration finds their evaluations.
///
/// A calibration is sequential over generations, so shards cannot each run
/// to their own end and be merged afterwards: shard K of N works in
/// `DIR-shard-K-of-N` beside the calibration directory DIR, evaluates the
/// proposals whose point index mod N is K − 1 and reads the others from its
/// siblings, since every shard replays the same sampler from the same
/// points. The calibration itself (no `--shard`) reads the shards'
/// evaluations, copies them into DIR and evaluates whatever is still
/// missing, so its files are those of a run in one go, byte for byte.
package struct CalibrationShards: Sendable {
  /// The calibration directory (where the whole result goes).
  let path: String

  package init(path: String) {
    self.path = path
  }

  /// The working directory of `shard`.
  package func directory(of shard: SweepShard) -> String { "\(path)-shard-\(shard.k)-of-\(shard.n)" }

  /// The shard directories beside the calibration that exist now, in name order (any N).
  package func existing() -> [PointDirectory<CalibrationPlan>] {
    let parent = (path as NSString).deletingLastPathComponent
    let prefix = (path as NSString).lastPathComponent + "-shard-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? []
    return names.filter { name in
      guard name.hasPrefix(prefix) else { return false }
      return SweepShard(name.dropFirst(prefix.count).replacingOccurrences(of: "-of-", with: "/")) != nil
    }.sorted().map { PointDirectory(path: (parent as NSString).appendingPathComponent($0)) }
  }

  /// The directories `shard` reads the other shards' evaluations from.
  package func siblings(of shard: SweepShard) -> [PointDirectory<CalibrationPlan>] {
    (1...shard.n).filter { $0 != shard.k }.map { PointDirectory(path: directory(of: SweepShard(k: $0, n: shard.n))) }
  }
}

extension PointDirectory where Plan == CalibrationPlan {
  /// Point `index`'s bytes and evaluation, when the directory holds a whole file of exactly `plan`.
  func storedEvaluation(_ index: Int, of plan: CalibrationPlan) -> (bytes: [UInt8], evaluation: ABCEvaluation)? {
    guard hasPoint(index, of: plan),
      FileManager.default.contents(atPath: file(Plan.planFile)).map(Array.init) == plan.fileBytes,
      let data = FileManager.default.contents(atPath: file(Plan.pointFile(index)))
    else { return nil }
    let bytes = Array(data)
    return plan.evaluation(pointBytes: bytes).map { (bytes, $0) }
  }
}
