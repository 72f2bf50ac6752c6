import ReentryExperiments

/// The options of a resumable, shardable analysis (sweep, robustness): `--shard`, `--resume`.
struct ShardOptions: Sendable {
  static let shard = OptionSpec.option(
    "shard", "K/N", "run only the points (draws) whose index mod N is K − 1 (merge shards with reentry merge)")
  static let resume = OptionSpec.flag("resume", "continue an interrupted run in DIR")

  /// The group as the commands declare it.
  static let options = [shard, resume]

  let shard: SweepShard
  let resume: Bool

  init(_ args: Arguments) throws(CommandFailure) {
    resume = args.flags.contains(Self.resume.name)
    guard let text = args.value(Self.shard.name) else {
      shard = .whole
      return
    }
    guard let parsed = SweepShard(text) else {
      throw CommandFailure(
        "option --shard: \"\(text)\" is not allowed; allowed: K/N with 1 ≤ K ≤ N, e.g. 2/3", code: .usage)
    }
    shard = parsed
  }
}
