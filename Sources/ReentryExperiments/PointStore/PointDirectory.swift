import Foundation
import ScenarioFormat

/// The output directory of a plan of points (a sweep, a robustness
/// analysis), written in place while the plan runs.
///
/// Layout for a sweep: `sweep.json` (the plan; its SHA-256 is the sweep
/// digest), `points/NNNNNN.csv` (one per finished point), `sweep-state.json`
/// (the marker of an unfinished sweep), `point-checksums/` (while
/// unfinished: what `--resume` checks a point file against),
/// `failures.csv` (only after failed points), and at the end `sweep.csv`
/// and `manifest.json`; another plan
/// names its plan, state and table files after its kind. Every file is
/// written atomically, so a kill leaves whole files only.
///
/// The rule for an existing directory:
/// - absent or empty: a new sweep starts;
/// - holding `sweep-state.json` (unfinished): refused (73) without
///   `--resume`; with `--resume` continued only if it was started with the
///   same sweep digest and shard, else refused (65);
/// - holding a finished sweep of ours (`manifest.json` with tool "reentry"):
///   replaced without `--resume`, as `run` does, but, as for `run`, refused
///   (73) when other files are beside it unless `--force`; with `--resume`
///   only the same sweep and shard is accepted (nothing is left to run);
/// - anything else, a run or compare result included: refused (73).
package struct PointDirectory<Plan: PointPlan>: Sendable {
  static var plan: String { Plan.planFile }
  package static var state: String { Plan.stateFile }
  static var table: String { Plan.tableFile }
  static var manifest: String { "manifest.json" }
  package static var failures: String { "failures.csv" }
  static var points: String { Plan.pointFolder }

  package let path: String

  package init(path: String) {
    self.path = path
  }

  /// `Results/sweep-<name>/`, or `Results/sweep-<name>-shard-K-of-N/` for a shard.
  package static func defaultPath(_ plan: Plan, shard: SweepShard) -> String {
    "Results/\(Plan.kind)-\(OutputDirectory.safeName(plan.name))"
      + (shard.isWhole ? "" : "-shard-\(shard.k)-of-\(shard.n)")
  }

  package func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// What the directory holds now.
  enum Status {
    case fresh
    case finished(manifest: JSONValue)
    case unfinished(state: JSONValue)
  }

  func status(policy: OutputPolicy) throws -> Status {
    if let state = Self.json(file(Self.state)), state.value(forKey: "kind") == .string("\(Plan.kind)-state") {
      return .unfinished(state: state)
    }
    try OutputDirectory(path, policy: policy).checkReplaceable()
    if let manifest = Self.json(file(Self.manifest)) { return .finished(manifest: manifest) }
    return .fresh
  }

  /// Makes the directory ready to run (or continue) `plan`'s shard, following the rule above;
  /// `policy` gives `--force` and where to tell what was cleaned up or removed. The caller
  /// holds the directory's lock (see `OutputPolicy.claimDirectory`).
  package func prepare(
    _ plan: Plan, shard: SweepShard, resume: Bool, policy: OutputPolicy = OutputPolicy(kind: Plan.kind)
  ) throws {
    let note = policy.note
    var finished: JSONValue?
    switch try status(policy: policy) {
    case .fresh:
      break
    case .finished(let manifest):
      if resume {
        try checkSame(plan, shard, recorded: manifest)
        finished = manifest
      } else {
        let contents = ResultContents(path)
        try clear()
        if !contents.foreign.isEmpty {
          note("removed with --force from \(path): \(OutputDirectory.list(contents.foreign))\n")
        }
        if contents.hasReport {
          note(
            "removed \(file(ResultContents.report)): it showed the replaced result; run reentry report \(path) "
              + "for the new one\n")
        }
      }
    case .unfinished(let state):
      guard resume else {
        throw OutputError(
          "\(path): holds an unfinished \(Plan.kind); give --resume to continue it (its finished points are kept), "
            + "or choose another --out; to start over, remove the directory first")
      }
      try checkSame(plan, shard, recorded: state)
    }
    do {
      for folder in [Self.points, Self.checksums] {
        try FileManager.default.createDirectory(atPath: file(folder), withIntermediateDirectories: true)
      }
    } catch {
      throw OutputError("\(path): cannot create \(file(Self.points)): \(OutputError.reason(of: error))")
    }
    AtomicFile.removeTemporaries(in: path)
    AtomicFile.removeTemporaries(in: file(Self.points))
    AtomicFile.removeTemporaries(in: file(Self.checksums))
    // Marked first: a kill while restoring leaves an unfinished directory, whose points are then rerun.
    try markUnfinished(plan, shard: shard)
    let judged = try finished.map { manifest throws(OutputError) in
      try restoreChecksums(plan, shard: shard, manifest: manifest, note: note)
    }
    if resume, judged ?? true { noteAltered(plan, shard: shard, note: note) }
    try AtomicFile.write(plan.fileBytes, to: file(Self.plan))
  }

  /// Writes `sweep-state.json`, which marks the directory as an unfinished sweep of this plan and shard.
  func markUnfinished(_ plan: Plan, shard: SweepShard) throws(OutputError) {
    let state = JSONValue.object([
      ("tool", .string(ResultManifest.tool)), ("kind", .string("\(Plan.kind)-state")), (Plan.kind, .string(plan.name)),
      ("\(Plan.kind)Digest", .string(plan.digest)), ("shard", .string(shard.description)),
      ("points", .number(Double(plan.pointCount))),
    ])
    try AtomicFile.write(Array(JSONWriter.write(state, pretty: true).utf8), to: file(Self.state))
  }

  /// Removes the marker and the checksums: the directory now holds a finished result, which its manifest covers.
  func markFinished() {
    try? FileManager.default.removeItem(atPath: file(Self.state))
    try? FileManager.default.removeItem(atPath: file(Self.checksums))
  }

  /// Whether point `index` has a whole file of this plan, as it was written.
  func hasPoint(_ index: Int, of plan: Plan) -> Bool { pointState(index, of: plan) == .intact }

  private func checkSame(_ plan: Plan, _ shard: SweepShard, recorded: JSONValue) throws(InputError) {
    let kind = Plan.kind
    let digest = recorded.value(forKey: "\(kind)Digest")
    let shardText = Self.shardText(recorded)
    var name = "a run, not a \(kind)"
    if case .string(let text)? = recorded.value(forKey: kind) { name = text }
    guard digest == .string(plan.digest) else {
      let theirs = digest.flatMap { if case .string(let d) = $0 { String(d.prefix(12)) } else { nil } } ?? "none"
      throw InputError(
        .invalidData,
        "\(path): was started with a different \(kind) (\(name), digest \(theirs)…) than this one (\(plan.name), digest "
          + "\(plan.digest.prefix(12))…); resuming would mix their points. Use another --out, or remove the directory")
    }
    guard shardText == shard.description else {
      throw InputError(
        .invalidData,
        "\(path): holds shard \(shardText) of this \(kind), not \(shard.description); give the same --shard to resume it"
      )
    }
  }

  /// Replaces a finished result of ours by an empty directory; the previous
  /// result waits in a staging area of ours until the new directory exists, so
  /// a kill in between puts it back (see `StagingArea.recover`).
  private func clear() throws(OutputError) {
    let area = try StagingArea.create(for: URL(fileURLWithPath: path))
    defer { area.remove() }
    guard rename(path, area.previous.path) == 0 else { throw OutputError.system(path, "set the previous result aside") }
    guard mkdir(path, 0o755) == 0 else {
      let failure = OutputError.system(path, "create the directory anew")
      rename(area.previous.path, path)
      throw failure
    }
  }

  /// "K/N" of a shard manifest or state; "1/1" for a whole sweep.
  static func shardText(_ json: JSONValue) -> String {
    if case .string(let text)? = json.value(forKey: "shard") { return text }
    return SweepShard.whole.description
  }

  static func json(_ path: String) -> JSONValue? {
    FileManager.default.contents(atPath: path).flatMap { try? JSONParser.parse(Array($0)) }
  }
}

/// A sweep's output directory.
package typealias SweepDirectory = PointDirectory<SweepPlan>
