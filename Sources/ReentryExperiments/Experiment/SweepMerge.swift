import Foundation
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
  ///
  /// The result is built in a hidden staging directory beside `out` and
  /// renamed into place only when finished, under the lock of `out`, so a
  /// failed merge leaves nothing behind (it used to leave `sweep-state.json`,
  /// an empty `points/` and a temporary `sweep.csv` in `out`). `out` is
  /// replaced only as `run` replaces a result: a sweep of ours, with other
  /// files beside it only if `force`.
  package static func merge(
    _ paths: [String], out: String?, force: Bool = false, note: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(InputError) -> (plan: SweepPlan, directory: SweepDirectory, digest: String) {
    var shards: [ShardDirectory] = []
    for path in paths { shards.append(try read(path)) }
    let plan = try check(shards)
    let target = OutputDirectory(
      out ?? SweepDirectory.defaultPath(plan, shard: .whole), kind: "sweep", force: force, note: note)
    let lock: OutputLock
    let staging: String
    do {
      try target.checkReplaceable()
      try target.checkWritable()
      lock = try OutputLock(target.path)
      staging = try target.makeStaging()
    } catch { throw InputError(.cannotCreate, error.description) }
    defer { lock.release() }
    let digest: String
    do throws(InputError) {
      digest = try assemble(shards, plan: plan, into: SweepDirectory(path: staging))
      do { try target.commit(staging) } catch { throw InputError(.cannotCreate, error.description) }
    } catch {
      try? FileManager.default.removeItem(atPath: staging)
      throw error
    }
    return (plan, SweepDirectory(path: target.path), digest)
  }

  /// Copies every shard's point files into `directory` and finishes it as a whole sweep.
  ///
  /// A whole sweep given as the only shard (`--shard 1/1`, or no `--shard`,
  /// as the script of `sweep --slurm --shards 1` merges) has a manifest over
  /// `sweep.csv`, not its point files: its points are copied too, and the
  /// assembled `sweep.csv` must have the digest that manifest recorded.
  static func assemble(_ shards: [ShardDirectory], plan: SweepPlan, into directory: SweepDirectory) throws(InputError)
    -> String
  {
    try directory.prepare(plan, shard: .whole, resume: false)
    for shard in shards {
      for point in shard.shard.points(of: plan.pointCount) {
        let bytes = try SweepAssembly.pointBytes(shard.directory, plan: plan, point: point)
        try AtomicFile.write(bytes, to: directory.file(SweepPointFile.name(point)))
      }
    }
    let digest = try SweepAssembly.finish(directory, plan: plan, shard: .whole)
    for shard in shards where shard.shard.isWhole {
      let table = FileManager.default.contents(atPath: directory.file(SweepDirectory.table)).map(Array.init) ?? []
      guard shard.fileDigests[SweepDirectory.table] == SHA256.hex(table) else {
        throw InputError(
          .invalidData,
          "\(shard.directory.path): its point files do not give the sweep.csv whose digest its manifest.json records")
      }
    }
    return digest
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
