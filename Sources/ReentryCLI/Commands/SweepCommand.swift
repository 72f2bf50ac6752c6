import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry sweep`: runs every point of a sweep file, streaming each finished point to disk.
enum SweepCommand: Command {
  static let name = "sweep"
  /// Options of a sweep that runs here.
  static let runOptions = [
    ResultFlow.jobs, ResultFlow.out,
    .option("shard", "K/N", "run only the points whose index mod N is K − 1 (merge shards with reentry merge)"),
    .flag("resume", "continue an interrupted sweep in DIR"),
    ResultFlow.force, ResultFlow.progress,
  ]

  /// Options of `--slurm`, which prints a script instead of running; meaningless without it.
  static let slurmOptions: [OptionSpec] = [
    .flag(
      "slurm",
      "do not run: print a submit script (bash) that runs the\nsweep as an array job of --shards tasks, each\n"
        + "`reentry sweep SWEEP --shard K/N` into DIR/shards/shard-K,\n"
        + "and a merge job (afterok on the whole array) into DIR/merged"),
    .option("shards", "N", "number of array tasks (1 ≤ N ≤ number of points)"),
    .option("partition", "NAME", "SLURM partition (default: the cluster's default)"),
    .option("time", "HH:MM:SS", "time limit per job (default 02:00:00)"),
    .option("cpus-per-task", "N", "CPUs per task, also used as --jobs (default 2)"),
    .option("mem", "SIZE", "memory per task (default 4G)"),
    .option("reentry", "PATH", "the reentry executable the jobs run (default: this one)"),
    .option("script", "FILE", "write the script to FILE (executable) instead of printing it"),
  ]

  static let options = runOptions + slurmOptions
  static let synopsis = OptionSpec.synopsis("sweep SWEEP.json", options)
  static let summary = "Run a parameter sweep (grid or zip) point by point; resumable and shardable."
  static let help = """
    Usage: reentry \(synopsis)

    SWEEP.json names a base scenario (relative to the sweep file), the
    parameters to vary and how to combine them:
      {"name": "caseload-norm", "base": "../baseline.json",
       "vary": [{"path": "casemanagers.caseloadNorm", "from": 10, "to": 40, "step": 5},
                {"path": "information.sharedSystem", "values": [false, true]}],
       "mode": "grid", "replications": 10, "seed": 20231}
    "grid" crosses the lists (the first varies slowest), "zip" pairs them.
    Every value is checked against its parameter before anything runs.

    Runs points × replications in parallel, with the same seed at every
    point (so every point sees the same detainees), and writes into DIR
    (default Results/sweep-<name>/, or Results/sweep-<name>-shard-K-of-N/):
      sweep.json        the sweep as run: varied values, seed, base parameters
                        (its SHA-256 is the sweep digest)
      points/NNNNNN.csv one file per finished point, written when it finishes
      sweep.csv         at the end: one row per point × metric × group, the
                        varied parameters as columns, then
                        metric,group,mean,sd,ci_low,ci_high,n
      manifest.json     sweep digest and file digests (a shard lists its points)
      run-info.json     wall time and jobs; covered by no digest
    A failing point is reported with its parameter values and listed in
    failures.csv; the other points are kept and the exit code is 70.

    An existing DIR is replaced only if it holds a finished sweep of
    reentry and nothing else (or with --force); report.html in it is
    removed. A DIR holding an unfinished sweep (sweep-state.json) is refused
    unless --resume is given; --resume keeps the finished points, runs the
    rest and ends byte-identical to an uninterrupted run, and is refused
    (exit 65) if DIR was started with a different sweep or shard. DIR is
    checked before any point runs and locked until the sweep ends: another
    sweep, or a second --resume, into it is refused (73). --script FILE is
    replaced only if it is a script of reentry (or with --force).

    Options:
    \(OptionSpec.helpText(runOptions))
    On a SLURM cluster (see README, "Running a sweep on a cluster"):
    \(OptionSpec.helpText(slurmOptions))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("sweep needs exactly one sweep file", code: .usage)
    }
    if !args.flags.contains("slurm"),
      let stray = slurmOptions.first(where: { args.options[$0.name] != nil })
    {
      throw CommandFailure("option --\(stray.name) is only for --slurm; add --slurm or leave it out", code: .usage)
    }
    let flow = try ResultFlow(args, console: console, label: "points")
    var shard = SweepShard.whole
    if let text = args.value("shard") {
      guard let parsed = SweepShard(text) else {
        throw CommandFailure(
          "option --shard: \"\(text)\" is not allowed; allowed: K/N with 1 ≤ K ≤ N, e.g. 2/3", code: .usage)
      }
      shard = parsed
    }
    let definition = try SweepFile.load(args.positionals[0])
    let plan = definition.plan
    if args.flags.contains("slurm") {
      return try slurm(args, plan: plan, console: console)
    }
    let policy = ResultFlow.policy(SweepPlan.kind, args, console: console)
    let claimed = try policy.claimDirectory(args.value("out") ?? SweepDirectory.defaultPath(plan, shard: shard))
    defer { claimed.release() }
    let directory = SweepDirectory(path: claimed.path)
    try directory.prepare(plan, shard: shard, resume: args.flags.contains("resume"), policy: policy)
    let runner = SweepRunner(definition: definition, directory: directory, shard: shard, jobs: flow.jobs)
    let outcome = try await runner.run(progress: flow.progress) { failure in
      console.err("point \(failure.point) (\(failure.parameters)) failed: \(failure.message)\n")
    }
    let simulated = flow.finishProgress()
    let ran = outcome.points - outcome.skipped
    if !outcome.failures.isEmpty {
      console.err(
        "reentry sweep: \(outcome.failures.count) of \(outcome.points) points failed (listed in "
          + "\(directory.file(SweepDirectory.failures))); the other points are kept. "
          + "Fix the cause and run again with --resume to retry them.\n")
      return .internalError
    }
    let digest = try SweepAssembly.finish(directory, plan: plan, shard: shard)
    let info = flow.runInfo(RunInfo.Work(outcome.work, simulated: simulated))
    try AtomicFile.write(info.bytes, to: directory.file(info.name))
    if shard.isWhole { console.out(SweepTable.text(directory, plan: plan)) }
    let seconds = RunInfo.seconds(flow.elapsed)
    let rate = ran > 0 && seconds > 0 ? String(format: ", %.3f points/s", Double(ran) / seconds) : ""
    console.out(
      "\(plan.name)\(shard.isWhole ? "" : " shard \(shard)"): \(ran) points run, \(outcome.skipped) already done; "
        + flow.wrote(directory.path, digest: digest, extra: rate))
    return .success
  }

  /// `--slurm`: writes or prints the submit script instead of running.
  static func slurm(_ args: Arguments, plan: SweepPlan, console: Console) throws -> ExitCode {
    let options = try slurmSettings(args, points: plan.pointCount)
    let out = absolute(args.value("out") ?? "Results/sweep-\(OutputDirectory.safeName(plan.name))-slurm")
    let script = SlurmScript(
      sweepName: OutputDirectory.safeName(plan.name), sweepFile: absolute(args.positionals[0]),
      outDirectory: out, options: options)
    return try emit(script, args, out: out, console: console)
  }

  /// An absolute path, as the nodes of a cluster need.
  static func absolute(_ path: String) -> String {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.path
  }

  /// The SLURM options (`slurmOptions`) given, checked; `points` bounds `--shards`.
  static func slurmSettings(_ args: Arguments, points: Int) throws -> SlurmScript.Options {
    guard let shards = try args.integer("shards", in: 1...max(1, points)) else {
      throw CommandFailure(
        "--slurm needs --shards N (1…\(points), the number of points)", code: .usage)
    }
    var options = SlurmScript.Options(
      shards: shards, partition: args.value("partition"), executable: args.value("reentry") ?? defaultExecutable)
    if let time = args.value("time") {
      guard time.range(of: #"^([0-9]+-)?[0-9]{1,3}(:[0-9]{2}){0,2}$"#, options: .regularExpression) != nil else {
        throw CommandFailure(
          "option --time: \"\(time)\" is not allowed; allowed: a SLURM time such as 02:00:00", code: .usage)
      }
      options.timeLimit = time
    }
    if let cpus = try args.integer("cpus-per-task", in: 1...1024) { options.cpusPerTask = cpus }
    if let mem = args.value("mem") {
      guard mem.range(of: #"^[0-9]+[KMGT]?$"#, options: .regularExpression) != nil else {
        throw CommandFailure(
          "option --mem: \"\(mem)\" is not allowed; allowed: a size such as 4G or 8000M", code: .usage)
      }
      options.memory = mem
    }
    return options
  }

  /// Prints the script, or writes it executable to `--script FILE`.
  static func emit(_ script: SlurmScript, _ args: Arguments, out: String, console: Console) throws -> ExitCode {
    guard let file = args.value("script") else {
      console.out(script.text)
      return .success
    }
    let policy = ResultFlow.policy("slurm-script", args, console: console)
    let claimed = try policy.claimFile(file, signature: SlurmScript.signature)
    defer { claimed.release() }
    try claimed.write(Array(script.text.utf8), permissions: 0o755)
    console.out("wrote \(file): submit with `bash \(file)`; results in \(out)/merged\n")
    return .success
  }

  /// This executable's absolute path when it is `reentry`, else the name to find on PATH.
  static var defaultExecutable: String {
    let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "reentry").standardizedFileURL
    return me.lastPathComponent == "reentry" ? me.path : "reentry"
  }
}
