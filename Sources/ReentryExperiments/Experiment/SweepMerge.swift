import Foundation
import ReentryModel
import ScenarioFormat
import SimKernel

/// Joins the shard directories of one sweep into the directory an unsharded run would have written.
///
/// Every shard must be finished and come from the same sweep (same sweep
/// digest and shard count), each shard number must appear once and all of
/// them together, and every point file must match the digest its shard
/// manifest recorded. The point files are then copied and the directory is
/// finished by `SweepAssembly`, the same code that ends a sweep, so
/// `sweep.csv` and `manifest.json` are byte-identical to an unsharded run.
package enum SweepMerge {
  /// A finished shard directory as its manifest describes it.
  struct ShardDirectory {
    let directory: SweepDirectory
    let shard: SweepShard
    let plan: SweepPlan
    let fileDigests: [String: String]
  }

  /// Checks the shards and writes the merged sweep into `out`; returns the plan and manifest digest.
  package static func merge(_ paths: [String], out: String?) throws(InputError) -> (
    plan: SweepPlan, directory: SweepDirectory, digest: String
  ) {
    var shards: [ShardDirectory] = []
    for path in paths { shards.append(try read(path)) }
    let plan = try check(shards)
    let directory = SweepDirectory(path: out ?? SweepDirectory.defaultPath(plan, shard: .whole))
    var resume = false
    if case .unfinished(let state) = try directory.status(), state.value(forKey: "sweepDigest") == .string(plan.digest),
      SweepDirectory.shardText(state) == SweepShard.whole.description
    {
      resume = true
    }
    try directory.prepare(plan, shard: .whole, resume: resume)
    // A whole sweep's manifest covers sweep.csv, not its point files; those are checked when copied.
    for shard in shards where !shard.shard.isWhole {
      for point in shard.shard.points(of: plan.pointCount) {
        let bytes = try SweepAssembly.pointBytes(shard.directory, plan: plan, point: point)
        try AtomicFile.write(bytes, to: directory.file(SweepPointFile.name(point)))
      }
    }
    return (plan, directory, try SweepAssembly.finish(directory, plan: plan, shard: .whole))
  }

  /// Reads one finished shard (or whole sweep, as shard 1/1).
  static func read(_ path: String) throws(InputError) -> ShardDirectory {
    let directory = SweepDirectory(path: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError(.noInput, "\(path): no such directory")
    }
    if FileManager.default.fileExists(atPath: directory.file(SweepDirectory.state)) {
      throw InputError(
        .invalidData,
        "\(path): holds an unfinished sweep; finish it first (reentry sweep SWEEP.json --shard K/N --out \(path) --resume)"
      )
    }
    guard let manifest = SweepDirectory.json(directory.file(SweepDirectory.manifest)),
      case .string(let kind)? = manifest.value(forKey: "kind"), kind == "sweep-shard" || kind == "sweep"
    else { throw InputError(.invalidData, "\(path): holds no manifest.json of a sweep shard") }
    guard let shard = SweepShard(SweepDirectory.shardText(manifest)) else {
      throw InputError(.invalidData, "\(path): manifest.json has no valid \"shard\" (K/N)")
    }
    guard let bytes = FileManager.default.contents(atPath: directory.file(SweepDirectory.plan)).map(Array.init),
      let plan = SweepPlan(fileBytes: bytes), manifest.value(forKey: "sweepDigest") == .string(SHA256.hex(bytes))
    else { throw InputError(.invalidData, "\(path): sweep.json is missing or differs from its manifest") }
    var digests: [String: String] = [:]
    if case .object(let files)? = manifest.value(forKey: "files") {
      for (name, value) in files { if case .string(let hash) = value { digests[name] = hash } }
    }
    return ShardDirectory(directory: directory, shard: shard, plan: plan, fileDigests: digests)
  }

  /// The common plan, after checking that the shards are of one sweep and cover every point once.
  static func check(_ shards: [ShardDirectory]) throws(InputError) -> SweepPlan {
    guard let first = shards.first else { throw InputError(.invalidData, "merge needs at least one shard directory") }
    let plan = first.plan
    for other in shards.dropFirst() where other.plan.digest != plan.digest {
      throw InputError(
        .invalidData,
        "\(other.directory.path) belongs to sweep \(other.plan.name) (digest \(other.plan.digest.prefix(12))…), but "
          + "\(first.directory.path) to sweep \(plan.name) (digest \(plan.digest.prefix(12))…); merge only shards of one sweep"
      )
    }
    let n = first.shard.n
    for other in shards.dropFirst() where other.shard.n != n {
      throw InputError(
        .invalidData,
        "\(other.directory.path) is shard \(other.shard) but \(first.directory.path) is shard \(first.shard); "
          + "merge shards of one partition")
    }
    for k in 1...n {
      let holders = shards.filter { $0.shard.k == k }
      if holders.count > 1 {
        throw InputError(
          .invalidData,
          "shard \(k)/\(n) is given twice: \(holders.map(\.directory.path).joined(separator: ", "))")
      }
    }
    let missing = (1...n).filter { k in !shards.contains { $0.shard.k == k } }
    if !missing.isEmpty {
      let lines = missing.map { k -> String in
        let points = SweepShard(k: k, n: n).points(of: plan.pointCount)
        let shown = points.prefix(12).map(String.init).joined(separator: ", ") + (points.count > 12 ? ", …" : "")
        return "missing shard \(k)/\(n) (points \(shown))"
      }
      throw InputError(
        .invalidData,
        "sweep \(plan.name) has \(plan.pointCount) points: " + lines.joined(separator: "; "))
    }
    // A whole sweep's manifest covers sweep.csv, not its point files; those are checked when copied.
    for shard in shards where !shard.shard.isWhole {
      for point in shard.shard.points(of: plan.pointCount) {
        let name = SweepPointFile.name(point)
        let bytes = FileManager.default.contents(atPath: shard.directory.file(name)).map(Array.init)
        guard let bytes, shard.fileDigests[name] == SHA256.hex(bytes) else {
          throw InputError(
            .invalidData,
            "\(shard.directory.path): \(name) is missing or differs from the digest in its manifest.json")
        }
      }
    }
    return plan
  }
}
