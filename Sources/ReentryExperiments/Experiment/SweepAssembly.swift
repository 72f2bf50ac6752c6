import Foundation
import ScenarioFormat
import SimKernel

/// Finishes a sweep directory once every point of its shard has a file.
///
/// A whole sweep gets `sweep.csv` (header, then each point file's rows in
/// point order, streamed so memory holds one point at a time) and a
/// manifest over `sweep.json` and `sweep.csv`; a shard gets a shard
/// manifest listing its point files. `sweep` and `merge` both end here, which
/// is why a merged sweep is byte-identical to an unsharded one.
package enum SweepAssembly {
  /// Writes the final files, removes the unfinished marker and returns the manifest digest.
  package static func finish(_ directory: SweepDirectory, plan: SweepPlan, shard: SweepShard) throws(InputError)
    -> String
  {
    var fields: [(String, JSONValue)] = [
      ("kind", .string(shard.isWhole ? "sweep" : "sweep-shard")),
      ("sweep", .string(plan.name)),
      ("sweepDigest", .string(plan.digest)),
    ]
    if !shard.isWhole { fields.append(("shard", .string(shard.description))) }
    fields += [
      ("mode", .string(plan.mode.rawValue)),
      ("vary", .array(plan.dimensions.map { .string($0.path) })),
      ("points", .number(Double(plan.pointCount))),
      ("replications", .number(Double(plan.replications))),
      ("seed", .number(Double(plan.seed))),
    ]
    var files = [(SweepDirectory.plan, plan.digest)]
    if shard.isWhole {
      files.append((SweepDirectory.table, try writeTable(directory, plan: plan)))
    } else {
      for point in shard.points(of: plan.pointCount) {
        files.append((SweepPointFile.name(point), SHA256.hex(try pointBytes(directory, plan: plan, point: point))))
      }
    }
    let manifest = ResultManifest(fields: fields, inputs: [("sweep", plan.digest)], files: files)
    try AtomicFile.write(Array(manifest.json.utf8), to: directory.file(SweepDirectory.manifest))
    try? FileManager.default.removeItem(atPath: directory.file(SweepDirectory.failures))
    directory.markFinished()
    return manifest.digest
  }

  /// Streams `sweep.csv` from the point files and returns its SHA-256.
  static func writeTable(_ directory: SweepDirectory, plan: SweepPlan) throws(InputError) -> String {
    var table = try AtomicFile.Streaming(directory.file(SweepDirectory.table))
    try table.append(Array((SweepPointFile.header(plan) + "\n").utf8))
    for point in 0..<plan.pointCount {
      try table.append(Array(SweepPointFile.rows(try pointBytes(directory, plan: plan, point: point))))
    }
    return try table.commit()
  }

  /// The bytes of a whole point file, or an error naming the point.
  static func pointBytes(_ directory: SweepDirectory, plan: SweepPlan, point: Int) throws(InputError) -> [UInt8] {
    let name = SweepPointFile.name(point)
    guard let data = FileManager.default.contents(atPath: directory.file(name)),
      SweepPointFile.isComplete(Array(data), plan: plan, point: point)
    else { throw InputError(.invalidData, "\(directory.path): \(name) is missing or incomplete") }
    return Array(data)
  }
}
