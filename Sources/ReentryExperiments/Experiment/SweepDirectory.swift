import Foundation
import ScenarioFormat

/// A sweep's output directory, written in place while the sweep runs.
///
/// Layout: `sweep.json` (the plan; its SHA-256 is the sweep digest),
/// `points/NNNNNN.csv` (one per finished point), `sweep-state.json` (the
/// marker of an unfinished sweep), `failures.csv` (only after failed
/// points), and at the end `sweep.csv` and `manifest.json`. Every file is
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
package struct SweepDirectory: Sendable {
  static let plan = "sweep.json"
  package static let state = "sweep-state.json"
  static let table = "sweep.csv"
  static let manifest = "manifest.json"
  package static let failures = "failures.csv"
  static let points = "points"

  package let path: String

  package init(path: String) {
    self.path = path
  }

  /// `Results/sweep-<name>/`, or `Results/sweep-<name>-shard-K-of-N/` for a shard.
  package static func defaultPath(_ plan: SweepPlan, shard: SweepShard) -> String {
    "Results/sweep-\(OutputDirectory.safeName(plan.name))" + (shard.isWhole ? "" : "-shard-\(shard.k)-of-\(shard.n)")
  }

  package func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// What the directory holds now.
  enum Status {
    case fresh
    case finished(manifest: JSONValue)
    case unfinished(state: JSONValue)
  }

  func status(force: Bool = false, note: @escaping @Sendable (String) -> Void = { _ in }) throws(InputError)
    -> Status
  {
    if let state = Self.json(file(Self.state)), state.value(forKey: "kind") == .string("sweep-state") {
      return .unfinished(state: state)
    }
    do { try OutputDirectory(path, kind: "sweep", force: force, note: note).checkReplaceable() } catch {
      throw InputError(.cannotCreate, error.description)
    }
    if let manifest = Self.json(file(Self.manifest)) { return .finished(manifest: manifest) }
    return .fresh
  }

  /// Makes the directory ready to run (or continue) `plan`'s shard, following the rule above;
  /// `note` is told what was cleaned up or removed.
  package func prepare(
    _ plan: SweepPlan, shard: SweepShard, resume: Bool, force: Bool = false,
    note: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(InputError) {
    switch try status(force: force, note: note) {
    case .fresh:
      break
    case .finished(let manifest):
      if resume {
        try checkSame(plan, shard, recorded: manifest)
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
        throw InputError(
          .cannotCreate,
          "\(path): holds an unfinished sweep; continue it with --resume, or remove the directory to start over")
      }
      try checkSame(plan, shard, recorded: state)
    }
    do {
      try FileManager.default.createDirectory(atPath: file(Self.points), withIntermediateDirectories: true)
    } catch {
      throw InputError(.cannotCreate, "\(path): cannot create the output directory: \(error.localizedDescription)")
    }
    AtomicFile.removeTemporaries(in: path)
    AtomicFile.removeTemporaries(in: file(Self.points))
    try markUnfinished(plan, shard: shard)
    try AtomicFile.write(plan.fileBytes, to: file(Self.plan))
  }

  /// Writes `sweep-state.json`, which marks the directory as an unfinished sweep of this plan and shard.
  func markUnfinished(_ plan: SweepPlan, shard: SweepShard) throws(InputError) {
    let state = JSONValue.object([
      ("tool", .string(ResultManifest.tool)), ("kind", .string("sweep-state")), ("sweep", .string(plan.name)),
      ("sweepDigest", .string(plan.digest)), ("shard", .string(shard.description)),
      ("points", .number(Double(plan.pointCount))),
    ])
    try AtomicFile.write(Array(JSONWriter.write(state, pretty: true).utf8), to: file(Self.state))
  }

  /// Removes the marker: the directory now holds a finished result.
  func markFinished() {
    try? FileManager.default.removeItem(atPath: file(Self.state))
  }

  /// Whether point `index` has a whole file of this plan.
  func hasPoint(_ index: Int, of plan: SweepPlan) -> Bool {
    guard let data = FileManager.default.contents(atPath: file(SweepPointFile.name(index))) else { return false }
    return SweepPointFile.isComplete(Array(data), plan: plan, point: index)
  }

  private func checkSame(_ plan: SweepPlan, _ shard: SweepShard, recorded: JSONValue) throws(InputError) {
    let digest = recorded.value(forKey: "sweepDigest")
    let shardText = Self.shardText(recorded)
    var name = "a run, not a sweep"
    if case .string(let text)? = recorded.value(forKey: "sweep") { name = text }
    guard digest == .string(plan.digest) else {
      let theirs = digest.flatMap { if case .string(let d) = $0 { String(d.prefix(12)) } else { nil } } ?? "none"
      throw InputError(
        .invalidData,
        "\(path): was started with a different sweep (\(name), digest \(theirs)…) than this one (\(plan.name), digest "
          + "\(plan.digest.prefix(12))…); resuming would mix their points. Use another --out, or remove the directory")
    }
    guard shardText == shard.description else {
      throw InputError(
        .invalidData,
        "\(path): holds shard \(shardText) of this sweep, not \(shard.description); give the same --shard to resume it")
    }
  }

  /// Replaces a finished result of ours by an empty directory.
  private func clear() throws(InputError) {
    let fm = FileManager.default
    let url = URL(fileURLWithPath: path)
    let old = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try? fm.removeItem(at: old)
      try fm.moveItem(at: url, to: old)
      try fm.createDirectory(at: url, withIntermediateDirectories: true)
      try? fm.removeItem(at: old)
    } catch {
      throw InputError(.cannotCreate, "\(path): cannot replace the previous result: \(error.localizedDescription)")
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
