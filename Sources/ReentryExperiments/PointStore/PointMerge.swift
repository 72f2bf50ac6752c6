import Foundation
import SimKernel

/// Joins the shard directories of one plan (a sweep, a robustness analysis)
/// into the directory an unsharded run would have written.
///
/// Every shard must be finished and come from the same plan (same digest
/// and shard count), each shard number must appear once and all of them
/// together, and every point file must match the digest its shard manifest
/// recorded. The point files are then copied and the directory is finished
/// by `PointAssembly`, the same code that ends a run, so the table, the
/// summaries and `manifest.json` are byte-identical to an unsharded run.
package enum PointMerge<Plan: PointPlan> {
  package typealias Directory = PointDirectory<Plan>

  /// A finished shard directory as its manifest describes it.
  struct ShardDirectory {
    let directory: Directory
    let shard: SweepShard
    let plan: Plan
    let fileDigests: [String: String]
  }

  /// Checks the shards and writes the merged sweep into `out`; returns the plan and manifest digest.
  ///
  /// The result is built in a hidden staging directory beside `out` and
  /// renamed into place only when finished, under the lock of `out`, so a
  /// failed merge leaves nothing behind (it used to leave `sweep-state.json`,
  /// an empty `points/` and a temporary `sweep.csv` in `out`). `out` is
  /// replaced only as `run` replaces a result: by `policy` (of kind `Plan.kind`).
  package static func merge(
    _ paths: [String], out: String?, policy: OutputPolicy
  ) throws -> (plan: Plan, directory: Directory, digest: String) {
    var shards: [ShardDirectory] = []
    for path in paths { shards.append(try read(path)) }
    let plan = try check(shards)
    let target = try policy.claimDirectory(out ?? Directory.defaultPath(plan, shard: .whole))
    defer { target.release() }
    let staging = try target.makeStaging()
    do {
      let digest = try assemble(shards, plan: plan, into: Directory(path: staging))
      try target.commit(staging)
      return (plan, Directory(path: target.path), digest)
    } catch {
      StagingArea(for: URL(fileURLWithPath: target.path)).remove()
      throw error
    }
  }

  /// Copies every shard's point files into `directory` and finishes it as a whole sweep.
  ///
  /// A whole sweep given as the only shard (`--shard 1/1`, or no `--shard`,
  /// as the script of `sweep --slurm --shards 1` merges) has a manifest over
  /// `sweep.csv`, not its point files: its points are copied too, and the
  /// assembled `sweep.csv` must have the digest that manifest recorded.
  static func assemble(_ shards: [ShardDirectory], plan: Plan, into directory: Directory) throws -> String {
    try directory.prepare(plan, shard: .whole, resume: false)
    for shard in shards {
      for point in shard.shard.points(of: plan.pointCount) {
        let bytes = try PointAssembly.pointBytes(shard.directory, plan: plan, point: point)
        try directory.writePoint(point, bytes)
      }
    }
    let digest = try PointAssembly.finish(directory, plan: plan, shard: .whole)
    for shard in shards where shard.shard.isWhole {
      let table = FileManager.default.contents(atPath: directory.file(Directory.table)).map(Array.init) ?? []
      guard shard.fileDigests[Directory.table] == SHA256.hex(table) else {
        throw InputError(
          .invalidData,
          "\(shard.directory.path): its point files do not give the \(Plan.tableFile) whose digest its manifest.json "
            + "records")
      }
    }
    return digest
  }

  /// Reads one finished shard (or whole sweep, as shard 1/1).
  static func read(_ path: String) throws(InputError) -> ShardDirectory {
    let directory = Directory(path: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError(.noInput, "\(path): no such directory")
    }
    if FileManager.default.fileExists(atPath: directory.file(Directory.state)) {
      throw InputError(
        .invalidData,
        "\(path): holds an unfinished \(Plan.kind); finish it first (the same reentry \(Plan.kind) command with "
          + "--shard K/N --out \(path) --resume)")
    }
    guard let manifest = Directory.json(directory.file(Directory.manifest)),
      case .string(let kind)? = manifest.value(forKey: "kind"), kind == "\(Plan.kind)-shard" || kind == Plan.kind
    else { throw InputError(.invalidData, "\(path): holds no manifest.json of a \(Plan.kind) shard") }
    guard let shard = SweepShard(Directory.shardText(manifest)) else {
      throw InputError(.invalidData, "\(path): manifest.json has no valid \"shard\" (K/N)")
    }
    guard let bytes = FileManager.default.contents(atPath: directory.file(Directory.plan)).map(Array.init),
      let plan = Plan(fileBytes: bytes), manifest.value(forKey: "\(Plan.kind)Digest") == .string(SHA256.hex(bytes))
    else { throw InputError(.invalidData, "\(path): \(Plan.planFile) is missing or differs from its manifest") }
    var digests: [String: String] = [:]
    if case .object(let files)? = manifest.value(forKey: "files") {
      for (name, value) in files { if case .string(let hash) = value { digests[name] = hash } }
    }
    return ShardDirectory(directory: directory, shard: shard, plan: plan, fileDigests: digests)
  }

  /// The common plan, after checking that the shards are of one sweep and cover every point once.
  static func check(_ shards: [ShardDirectory]) throws(InputError) -> Plan {
    guard let first = shards.first else { throw InputError(.invalidData, "merge needs at least one shard directory") }
    let plan = first.plan
    for other in shards.dropFirst() where other.plan.digest != plan.digest {
      throw InputError(
        .invalidData,
        "\(other.directory.path) belongs to \(Plan.kind) \(other.plan.name) (digest \(other.plan.digest.prefix(12))…), "
          + "but \(first.directory.path) to \(Plan.kind) \(plan.name) (digest \(plan.digest.prefix(12))…); merge only "
          + "shards of one \(Plan.kind)"
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
        "\(Plan.kind) \(plan.name) has \(plan.pointCount) points: " + lines.joined(separator: "; "))
    }
    // A whole sweep's manifest covers sweep.csv, not its point files; those are checked when copied.
    for shard in shards where !shard.shard.isWhole {
      for point in shard.shard.points(of: plan.pointCount) {
        let name = Plan.pointFile(point)
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

/// Joins the shards of one sweep.
package typealias SweepMerge = PointMerge<SweepPlan>
