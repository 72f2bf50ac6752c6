import Foundation
import ScenarioFormat
import SimKernel

/// The checksums that let `--resume` trust a point file written earlier.
///
/// A point file on disk is reused only if its bytes still have the SHA-256
/// recorded in `point-checksums/` when it was written. Any other point file
/// (edited by hand, or left by a version that kept no checksums) is
/// computed again and overwritten, with a note naming it. Recomputing
/// rather than refusing: the file sits in our own unfinished result and is
/// fully determined by the plan, so recomputing gives exactly the bytes a
/// run in one go gives, which is what `--resume` promises, without sending
/// the user to find and delete the file by hand. The checksums exist only
/// while the directory is unfinished; resuming a finished directory first
/// restores them from what its manifest vouches for.
extension PointDirectory {
  /// The folder of checksums, beside `points/`.
  static var checksums: String { "point-checksums" }

  /// What is on disk for one point.
  enum PointState: Equatable {
    case missing
    /// A whole point file with the checksum recorded when it was written.
    case intact
    /// A point file that is not whole or not as written.
    case altered
  }

  /// The checksum file of point `index`.
  func checksumFile(_ index: Int) -> String {
    file("\(Self.checksums)/\((Plan.pointFile(index) as NSString).lastPathComponent).sha256")
  }

  /// The contents of a checksum file for a point file's bytes.
  static func checksum(_ bytes: [UInt8]) -> [UInt8] { Array((SHA256.hex(bytes) + "\n").utf8) }

  func pointState(_ index: Int, of plan: Plan) -> PointState {
    guard let data = FileManager.default.contents(atPath: file(Plan.pointFile(index))) else { return .missing }
    let bytes = Array(data)
    guard plan.isCompletePointFile(bytes, point: index),
      let recorded = FileManager.default.contents(atPath: checksumFile(index)), Array(recorded) == Self.checksum(bytes)
    else { return .altered }
    return .intact
  }

  /// Writes point `index`'s file after its checksum: a kill between the two
  /// leaves a checksum without its point, which is then simply missing.
  func writePoint(_ index: Int, _ bytes: [UInt8]) throws(OutputError) {
    try AtomicFile.write(Self.checksum(bytes), to: checksumFile(index))
    try AtomicFile.write(bytes, to: file(Plan.pointFile(index)))
  }

  /// Tells `note` which point files of the shard will be computed again because they are not as written.
  func noteAltered(_ plan: Plan, shard: SweepShard, note: (String) -> Void) {
    let altered = shard.points(of: plan.pointCount).filter { pointState($0, of: plan) == .altered }
    guard let first = altered.first else { return }
    let shown = altered.prefix(5).map { Plan.pointFile($0) }.joined(separator: ", ") + (altered.count > 5 ? ", …" : "")
    let files =
      altered.count == 1 ? "\(Plan.pointFile(first)) differs" : "\(altered.count) point files (\(shown)) differ"
    note(
      "\(path): \(files) from what was written there (edited by hand, or by an older version); computing "
        + "\(altered.count == 1 ? "it" : "them") again\n")
  }

  /// Restores the checksums of a finished directory's intact points from its
  /// manifest, so that resuming it runs only what is not as the manifest says.
  ///
  /// A shard's manifest lists every point file's digest. A whole result's
  /// manifest covers the table, which is the point files' rows in point
  /// order: if they still give that table every point is trusted, else none
  /// (and `note` says so, as it cannot tell which point changed). Returns
  /// whether the points were judged one by one.
  func restoreChecksums(
    _ plan: Plan, shard: SweepShard, manifest: JSONValue, note: (String) -> Void
  ) throws(OutputError) -> Bool {
    var recorded: [String: String] = [:]
    if case .object(let files)? = manifest.value(forKey: "files") {
      for (name, value) in files { if case .string(let hash) = value { recorded[name] = hash } }
    }
    var table = SHA256Hasher()
    table.update(Array((plan.tableHeader + "\n").utf8))
    var intact: [(point: Int, checksum: [UInt8])] = []
    for point in shard.points(of: plan.pointCount) {
      guard let data = FileManager.default.contents(atPath: file(Plan.pointFile(point))) else { continue }
      let bytes = Array(data)
      guard plan.isCompletePointFile(bytes, point: point) else { continue }
      table.update(Array(PointAssembly<Plan>.rows(bytes)))
      if shard.isWhole || recorded[Plan.pointFile(point)] == SHA256.hex(bytes) {
        intact.append((point, Self.checksum(bytes)))
      }
    }
    if shard.isWhole,
      intact.count != plan.pointCount || recorded[Plan.tableFile] != SHA256.lowercaseHex(table.finalize())
    {
      note(
        "\(path): its point files no longer give the \(Plan.tableFile) its manifest.json records (edited by hand, "
          + "or removed?); computing all \(plan.pointCount) points again\n")
      return false
    }
    for (point, checksum) in intact { try AtomicFile.write(checksum, to: checksumFile(point)) }
    return true
  }
}
