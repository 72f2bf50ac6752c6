import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// `reentry sweep`: runs every point of a sweep file, streaming each finished point to disk.
enum SweepCommand: Command {
  static let name = "sweep"
  static let synopsis = "sweep SWEEP.json [--jobs N] [--out DIR] [--shard K/N] [--resume] [--slurm --shards N]"
  static let summary = "Run a parameter sweep (grid or zip) point by point; resumable and shardable."
  static let help = """
    Usage: reentry \(synopsis) [--progress]

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

    An existing DIR is replaced only if it holds a finished result of
    reentry. A DIR holding an unfinished sweep (sweep-state.json) is refused
    unless --resume is given; --resume keeps the finished points, runs the
    rest and ends byte-identical to an uninterrupted run, and is refused
    (exit 65) if DIR was started with a different sweep or shard.

    Options:
      --jobs N        replications run at once (default: number of cores); never changes results
      --out DIR       output directory
      --shard K/N     run only the points whose index mod N is K − 1 (merge shards with reentry merge)
      --resume        continue an interrupted sweep in DIR
      --progress      show progress on stderr even when it is not a terminal

    On a SLURM cluster (see README, "Running a sweep on a cluster"):
      --slurm             do not run: print a submit script (bash) that runs the
                          sweep as an array job of --shards tasks, each
                          `reentry sweep SWEEP --shard K/N` into DIR/shards/shard-K,
                          and a merge job (afterok on the whole array) into DIR/merged
      --shards N          number of array tasks (1 ≤ N ≤ number of points)
      --partition NAME    SLURM partition (default: the cluster's default)
      --time HH:MM:SS     time limit per job (default 02:00:00)
      --cpus-per-task N   CPUs per task, also used as --jobs (default 2)
      --mem SIZE          memory per task (default 4G)
      --reentry PATH      the reentry executable the jobs run (default: this one)
      --script FILE       write the script to FILE (executable) instead of printing it

    """

  static func run(_ arguments: [String], console: Console) async throws -> Int32 {
    let args = try Arguments(
      arguments,
      options: ["jobs", "out", "shard", "shards", "partition", "time", "cpus-per-task", "mem", "reentry", "script"],
      flags: ["resume", "progress", "slurm"])
    guard args.positionals.count == 1 else {
      throw CommandFailure("sweep needs exactly one sweep file", code: ExitCode.usage)
    }
    let jobs = try args.integer("jobs", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
    var shard = SweepShard.whole
    if let text = args.value("shard") {
      guard let parsed = SweepShard(text) else {
        throw CommandFailure(
          "option --shard: \"\(text)\" is not allowed; allowed: K/N with 1 ≤ K ≤ N, e.g. 2/3", code: ExitCode.usage)
      }
      shard = parsed
    }
    let definition: SweepDefinition
    do { definition = try SweepFile.load(args.positionals[0]) } catch {
      throw CommandFailure(error.description, code: ExitCode.of(error))
    }
    let plan = definition.plan
    if args.flags.contains("slurm") {
      return try slurm(args, plan: plan, console: console)
    }
    let directory = SweepDirectory(path: args.value("out") ?? SweepDirectory.defaultPath(plan, shard: shard))

    let clock = ContinuousClock()
    let started = clock.now
    let startedAt = Date.now
    try exiting { try directory.prepare(plan, shard: shard, resume: args.flags.contains("resume")) }
    let progress = Progress(
      label: "points", show: console.errIsTerminal || args.flags.contains("progress"), console: console)
    let runner = SweepRunner(definition: definition, directory: directory, shard: shard, jobs: jobs)
    let outcome = try await exitingAsync {
      try await runner.run(progress: { done, total in progress.update(done, total) }) { failure in
        console.err("point \(failure.point) (\(failure.parameters)) failed: \(failure.message)\n")
      }
    }
    progress.finish()
    let simulated = clock.now - started
    let ran = outcome.points - outcome.skipped
    if !outcome.failures.isEmpty {
      console.err(
        "reentry sweep: \(outcome.failures.count) of \(outcome.points) points failed (listed in "
          + "\(directory.file(SweepDirectory.failures))); the other points are kept. "
          + "Fix the cause and run again with --resume to retry them.\n")
      return ExitCode.internalError
    }
    let digest = try exiting { try SweepAssembly.finish(directory, plan: plan, shard: shard) }
    let wall = clock.now - started
    let info = RunInfo.json(
      wall: wall, jobs: jobs, startedAt: startedAt, work: RunInfo.Work(outcome.work, simulated: simulated))
    try exiting { try AtomicFile.write(Array(info.utf8), to: directory.file("run-info.json")) }
    if shard.isWhole { console.out(SweepTable.text(directory, plan: plan)) }
    let seconds = RunInfo.seconds(wall)
    let rate = ran > 0 && seconds > 0 ? String(format: ", %.3f points/s", Double(ran) / seconds) : ""
    console.out(
      "\(plan.name)\(shard.isWhole ? "" : " shard \(shard)"): \(ran) points run, \(outcome.skipped) already done; "
        + "wrote \(directory.path) (digest \(digest.prefix(16))…, \(String(format: "%.1f", seconds)) s\(rate))\n")
    return ExitCode.success
  }

  /// `--slurm`: writes or prints the submit script instead of running.
  static func slurm(_ args: Arguments, plan: SweepPlan, console: Console) throws -> Int32 {
    guard let shards = try args.integer("shards", in: 1...max(1, plan.pointCount)) else {
      throw CommandFailure(
        "--slurm needs --shards N (1…\(plan.pointCount), the number of points)", code: ExitCode.usage)
    }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    func absolute(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.path }
    var options = SlurmScript.Options(
      shards: shards, partition: args.value("partition"), executable: args.value("reentry") ?? defaultExecutable)
    if let time = args.value("time") {
      guard time.range(of: #"^([0-9]+-)?[0-9]{1,3}(:[0-9]{2}){0,2}$"#, options: .regularExpression) != nil else {
        throw CommandFailure(
          "option --time: \"\(time)\" is not allowed; allowed: a SLURM time such as 02:00:00", code: ExitCode.usage)
      }
      options.timeLimit = time
    }
    if let cpus = try args.integer("cpus-per-task", in: 1...1024) { options.cpusPerTask = cpus }
    if let mem = args.value("mem") {
      guard mem.range(of: #"^[0-9]+[KMGT]?$"#, options: .regularExpression) != nil else {
        throw CommandFailure(
          "option --mem: \"\(mem)\" is not allowed; allowed: a size such as 4G or 8000M", code: ExitCode.usage)
      }
      options.memory = mem
    }
    let out = absolute(args.value("out") ?? "Results/sweep-\(OutputDirectory.safeName(plan.name))-slurm")
    let script = SlurmScript(
      sweepName: OutputDirectory.safeName(plan.name), sweepFile: absolute(args.positionals[0]),
      outDirectory: out, options: options)
    guard let file = args.value("script") else {
      console.out(script.text)
      return ExitCode.success
    }
    do {
      try AtomicFile.write(Array(script.text.utf8), to: file)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
    } catch {
      throw CommandFailure("\(file): cannot write the script: \(error)", code: ExitCode.cannotCreate)
    }
    console.out("wrote \(file): submit with `bash \(file)`; results in \(out)/merged\n")
    return ExitCode.success
  }

  /// This executable's absolute path when it is `reentry`, else the name to find on PATH.
  static var defaultExecutable: String {
    let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "reentry").standardizedFileURL
    return me.lastPathComponent == "reentry" ? me.path : "reentry"
  }

  /// Runs `body`, turning a sweep error into the command failure with its exit code.
  static func exitingAsync<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let error as InputError { throw failure(error) }
  }

  static func exiting<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as InputError { throw failure(error) }
  }

  static func failure(_ error: InputError) -> CommandFailure {
    CommandFailure(error.description, code: ExitCode.of(error.kind))
  }
}
