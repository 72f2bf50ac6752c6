import Foundation
import ReentryExperiments

/// The options of `--slurm`, which prints (or writes) a submit script instead of running:
/// `--slurm`, `--shards`, `--partition`, `--time`, `--cpus-per-task`, `--mem`, `--reentry`, `--script`.
struct SlurmOptions: Sendable {
  /// The script's own defaults, shown in the help as they are.
  private static let defaults = SlurmScript.Options(shards: 1, partition: nil, executable: "reentry")

  static let slurm = OptionSpec.flag(
    "slurm",
    "do not run: print a submit script (bash) that runs this command as an array job of --shards tasks, "
      + "each with --shard K/N into DIR/shards/shard-K, and a merge job (afterok on the whole array) into DIR/merged")
  static let shards = OptionSpec.option("shards", "N", "number of array tasks (1 ≤ N ≤ number of points or draws)")
  static let partition = OptionSpec.option("partition", "NAME", "SLURM partition", default: "the cluster's default")
  static let time = OptionSpec.option("time", "HH:MM:SS", "time limit per job", default: defaults.timeLimit)
  static let cpusPerTask = IntegerOption(
    "cpus-per-task", "N", "CPUs per task, also used as --jobs", in: 1...1024, default: .value(defaults.cpusPerTask))
  static let memory = OptionSpec.option("mem", "SIZE", "memory per task", default: defaults.memory)
  static let executable = OptionSpec.option(
    "reentry", "PATH", "the reentry executable the jobs run", default: "this one")
  static let script = OptionSpec.option(
    "script", "FILE", "write the script to FILE (executable) instead of printing it")

  /// The group as the commands declare it.
  static let options = [slurm, shards, partition, time, cpusPerTask.spec, memory, executable, script]

  /// `--shards`, if given; checked against the number of points in `settings(points:)`.
  private let shards: Int?
  private let partition: String?
  private let executable: String
  private let timeLimit: String?
  private let cpus: Int?
  private let memory: String?
  /// `--script FILE`, if given.
  let scriptFile: String?

  /// The group when `--slurm` is given, else nil.
  ///
  /// Without `--slurm` any of its options is a usage error: it would be ignored.
  static func parse(_ args: Arguments) throws(CommandFailure) -> SlurmOptions? {
    guard args.flags.contains(slurm.name) else {
      if let stray = options.first(where: { args.options[$0.name] != nil }) {
        throw CommandFailure(
          "option --\(stray.name) is only for --slurm; add --slurm or leave it out", code: .usage)
      }
      return nil
    }
    return try SlurmOptions(args)
  }

  private init(_ args: Arguments) throws(CommandFailure) {
    shards = try args.integer(Self.shards.name, in: 1...Int.max)
    partition = args.value(Self.partition.name)
    executable = args.value(Self.executable.name) ?? Self.defaultExecutable
    timeLimit = args.value(Self.time.name)
    if let timeLimit,
      timeLimit.range(of: #"^([0-9]+-)?[0-9]{1,3}(:[0-9]{2}){0,2}$"#, options: .regularExpression) == nil
    {
      throw CommandFailure(
        "option --time: \"\(timeLimit)\" is not allowed; allowed: a SLURM time such as 02:00:00", code: .usage)
    }
    cpus = try args.integer(Self.cpusPerTask.name, in: Self.cpusPerTask.range)
    memory = args.value(Self.memory.name)
    if let memory, memory.range(of: #"^[0-9]+[KMGT]?$"#, options: .regularExpression) == nil {
      throw CommandFailure(
        "option --mem: \"\(memory)\" is not allowed; allowed: a size such as 4G or 8000M", code: .usage)
    }
    scriptFile = args.value(Self.script.name)
  }

  /// The script's settings; `--shards` must be given and at most `points` (the points or draws to share out).
  func settings(points: Int) throws(CommandFailure) -> SlurmScript.Options {
    guard let shards, shards <= max(1, points) else {
      let given = shards.map { "\"\($0)\" is not allowed; " } ?? ""
      throw CommandFailure(
        "--slurm needs --shards N: \(given)allowed: an integer in 1…\(points), the number of points", code: .usage)
    }
    var settings = SlurmScript.Options(shards: shards, partition: partition, executable: executable)
    if let timeLimit { settings.timeLimit = timeLimit }
    if let cpus { settings.cpusPerTask = cpus }
    if let memory { settings.memory = memory }
    return settings
  }

  /// An absolute path, as the nodes of a cluster need.
  static func absolute(_ path: String) -> String {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.path
  }

  /// This executable's absolute path when it is `reentry`, else the name to find on PATH.
  static var defaultExecutable: String {
    let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "reentry").standardizedFileURL
    return me.lastPathComponent == "reentry" ? me.path : "reentry"
  }
}
