import Foundation
import ScenarioFormat
import SimKernel

/// Finishes a directory of points once every point of its shard has a file.
///
/// A whole plan gets its table (header, then each point file's rows in
/// point order, streamed so memory holds one point at a time), the plan's
/// summary files, and a manifest over the plan file, the table and the
/// summaries; a shard gets a shard manifest listing its point files. Running
/// and `merge` both end here, which is why a merged result is
/// byte-identical to an unsharded one.
package enum PointAssembly<Plan: PointPlan> {
  package typealias Directory = PointDirectory<Plan>

  /// Writes the final files, removes the unfinished marker and returns the manifest digest.
  package static func finish(_ directory: Directory, plan: Plan, shard: SweepShard) throws -> String {
    var fields: [(String, JSONValue)] = [
      ("kind", .string(shard.isWhole ? Plan.kind : "\(Plan.kind)-shard")),
      (Plan.kind, .string(plan.name)),
      ("\(Plan.kind)Digest", .string(plan.digest)),
    ]
    if !shard.isWhole { fields.append(("shard", .string(shard.description))) }
    fields += plan.manifestFields
    var files = [(Directory.plan, plan.digest)]
    if shard.isWhole {
      files.append((Directory.table, try writeTable(directory, plan: plan)))
      for (name, bytes) in try plan.summaryFiles(pointFile: { point throws(InputError) in
        try pointBytes(directory, plan: plan, point: point)
      }) {
        try AtomicFile.write(bytes, to: directory.file(name))
        files.append((name, SHA256.hex(bytes)))
      }
    } else {
      for point in shard.points(of: plan.pointCount) {
        files.append((Plan.pointFile(point), SHA256.hex(try pointBytes(directory, plan: plan, point: point))))
      }
    }
    let manifest = ResultManifest(fields: fields, inputs: [(Plan.kind, plan.digest)], files: files)
    try AtomicFile.write(Array(manifest.json.utf8), to: directory.file(Directory.manifest))
    try? FileManager.default.removeItem(atPath: directory.file(Directory.failures))
    directory.markFinished()
    return manifest.digest
  }

  /// Streams the table from the point files and returns its SHA-256.
  static func writeTable(_ directory: Directory, plan: Plan) throws -> String {
    var table = try AtomicFile.Streaming(directory.file(Directory.table))
    try table.append(Array((plan.tableHeader + "\n").utf8))
    for point in 0..<plan.pointCount {
      try table.append(Array(rows(try pointBytes(directory, plan: plan, point: point))))
    }
    return try table.commit()
  }

  /// The bytes of a whole point file, or an error naming the point.
  static func pointBytes(_ directory: Directory, plan: Plan, point: Int) throws(InputError) -> [UInt8] {
    let name = Plan.pointFile(point)
    guard let data = FileManager.default.contents(atPath: directory.file(name)),
      plan.isCompletePointFile(Array(data), point: point)
    else { throw InputError(.invalidData, "\(directory.path): \(name) is missing or incomplete") }
    return Array(data)
  }

  /// The rows of a point file without its header.
  static func rows(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard let newline = bytes.firstIndex(of: 10) else { return [] }
    return bytes[(newline + 1)...]
  }
}

/// Finishes a sweep directory.
package typealias SweepAssembly = PointAssembly<SweepPlan>
