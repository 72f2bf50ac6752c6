import Foundation
import ReentryExperiments
import ScenarioFormat

/// `reentry merge`: joins finished shards of one sweep into the unsharded result.
enum MergeCommand: Command {
  static let name = "merge"
  static let options: [OptionSpec] = [
    .option("out", "DIR", "output directory (not one of the shard directories)"), OutputOptions.force,
  ]
  static let synopsis = OptionSpec.synopsis("merge DIR...", options)
  static let summary = "Merge the shard directories of one sweep (or robustness analysis) into one result."
  static let help = """
    Usage: reentry \(synopsis)

    Each DIR is a finished shard written by reentry sweep --shard K/N (or
    reentry robustness … --shard K/N; then the merged result is that of an
    unsharded robustness analysis: design.json, points/, robustness.csv,
    robustness.json, manifest.json). The
    shards must come from the same sweep file (same sweep digest) and the
    same N, and together hold every shard 1/N…N/N exactly once; otherwise
    the missing or extra shards are named and the exit code is 65. The
    output (default Results/sweep-<name>/) is byte-identical to an unsharded
    run of the sweep: sweep.json, points/, sweep.csv and manifest.json.
    A single whole sweep (--shard 1/1 or none) can be merged too. The result
    is built beside the output directory and moved into place only when
    finished: a failed merge leaves nothing. An existing output directory is
    replaced only if it holds an earlier sweep of reentry and nothing else
    (or with --force); report.html in it is removed. A calibration or its
    shards are not merged (exit 64): run the same reentry calibrate without
    --shard, which joins them; merge prints that command.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard !args.positionals.isEmpty else {
      throw CommandFailure("merge needs at least one shard directory", code: .usage)
    }
    if let out = args.value("out") {
      let target = URL(fileURLWithPath: out).standardizedFileURL.path
      if let clash = args.positionals.first(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
        throw CommandFailure(
          "merge: --out \(out) is also a shard to merge (\(clash)); choose another --out", code: .usage)
      }
    }
    if let advice = args.positionals.lazy.compactMap(CalibrationJoinAdvice.advice(for:)).first {
      throw CommandFailure(advice, code: .usage)
    }
    if isRobustness(args.positionals[0]) {
      let merged = try PointMerge<RobustnessPlan>.merge(
        args.positionals, out: args.value("out"), policy: ResultFlow.policy(RobustnessPlan.kind, args, console: console)
      )
      console.out(RobustnessTable.text(merged.directory, plan: merged.plan))
      console.out(
        "merged \(args.positionals.count) shards of \(merged.plan.name) (\(merged.plan.pointCount) draws) into "
          + "\(merged.directory.path) (digest \(merged.digest.prefix(16))…)\n")
      return .success
    }
    let merged = try SweepMerge.merge(
      args.positionals, out: args.value("out"), policy: ResultFlow.policy(SweepPlan.kind, args, console: console))
    console.out(SweepTable.text(merged.directory, plan: merged.plan))
    console.out(
      "merged \(args.positionals.count) shards of \(merged.plan.name) (\(merged.plan.pointCount) points) into "
        + "\(merged.directory.path) (digest \(merged.digest.prefix(16))…)\n")
    return .success
  }

  /// Whether the first directory holds (a shard of) a robustness analysis rather than a sweep:
  /// its manifest or unfinished marker says so. Anything else goes to the sweep merge, whose
  /// messages say what is wrong.
  static func isRobustness(_ path: String) -> Bool {
    let directory = PointDirectory<RobustnessPlan>(path: path)
    if FileManager.default.fileExists(atPath: directory.file(PointDirectory<RobustnessPlan>.state)) { return true }
    guard let data = FileManager.default.contents(atPath: directory.file("manifest.json")),
      let manifest = try? JSONParser.parse(Array(data)), case .string(let kind)? = manifest.value(forKey: "kind")
    else { return false }
    return kind == RobustnessPlan.kind || kind == "\(RobustnessPlan.kind)-shard"
  }
}
