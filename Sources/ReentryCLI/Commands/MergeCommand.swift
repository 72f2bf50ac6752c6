import Foundation
import ReentryExperiments

/// `reentry merge`: joins finished shards of one sweep into the unsharded result.
enum MergeCommand: Command {
  static let name = "merge"
  static let options: [OptionSpec] = [
    .option("out", "DIR", "output directory (not one of the shard directories)"), ResultFlow.force,
  ]
  static let synopsis = OptionSpec.synopsis("merge DIR...", options)
  static let summary = "Merge the shard directories of one sweep into one sweep result."
  static let help = """
    Usage: reentry \(synopsis)

    Each DIR is a finished shard written by reentry sweep --shard K/N. The
    shards must come from the same sweep file (same sweep digest) and the
    same N, and together hold every shard 1/N…N/N exactly once; otherwise
    the missing or extra shards are named and the exit code is 65. The
    output (default Results/sweep-<name>/) is byte-identical to an unsharded
    run of the sweep: sweep.json, points/, sweep.csv and manifest.json.
    A single whole sweep (--shard 1/1 or none) can be merged too. The result
    is built beside the output directory and moved into place only when
    finished: a failed merge leaves nothing. An existing output directory is
    replaced only if it holds an earlier sweep of reentry and nothing else
    (or with --force); report.html in it is removed.

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
    let merged = try SweepCommand.exiting {
      try SweepMerge.merge(
        args.positionals, out: args.value("out"), force: args.flags.contains("force"), note: console.err)
    }
    console.out(SweepTable.text(merged.directory, plan: merged.plan))
    console.out(
      "merged \(args.positionals.count) shards of \(merged.plan.name) (\(merged.plan.pointCount) points) into "
        + "\(merged.directory.path) (digest \(merged.digest.prefix(16))…)\n")
    return .success
  }
}
