import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry sweep`: runs every point of a sweep file, streaming each finished point to disk.
enum SweepCommand: Command {
  static let name = "sweep"
  /// Options of a sweep that runs here.
  static let runOptions = OutputOptions.options + ShardOptions.options
  static let options = runOptions + SlurmOptions.options
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
    \(OptionSpec.helpText(SlurmOptions.options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("sweep needs exactly one sweep file", code: .usage)
    }
    let output = try OutputOptions(args)
    let shards = try ShardOptions(args)
    let shard = shards.shard
    let slurm = try SlurmOptions.parse(args)
    let definition = try SweepFile.load(args.positionals[0])
    let plan = definition.plan
    if let slurm {
      return try submit(
        slurm, file: args.positionals[0], plan: plan, out: output.out,
        policy: ResultFlow.policy("slurm-script", args, console: console), console: console)
    }
    let flow = ResultFlow(output, console: console, label: "points")
    let policy = ResultFlow.policy(SweepPlan.kind, args, console: console)
    let claimed = try policy.claimDirectory(output.out ?? SweepDirectory.defaultPath(plan, shard: shard))
    defer { claimed.release() }
    let directory = SweepDirectory(path: claimed.path)
    try directory.prepare(plan, shard: shard, resume: shards.resume, policy: policy)
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
  static func submit(
    _ slurm: SlurmOptions, file: String, plan: SweepPlan, out: String?, policy: OutputPolicy, console: Console
  ) throws -> ExitCode {
    let out = SlurmOptions.absolute(out ?? "Results/sweep-\(OutputDirectory.safeName(plan.name))-slurm")
    let script = SlurmScript(
      sweepName: OutputDirectory.safeName(plan.name), sweepFile: SlurmOptions.absolute(file),
      outDirectory: out, options: try slurm.settings(points: plan.pointCount))
    return try SlurmSubmission.emit(script, slurm, out: out, policy: policy, console: console)
  }
}
