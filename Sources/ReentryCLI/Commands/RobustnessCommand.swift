import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry robustness`: does the advice hold in every plausible world? Draws assumption sets, runs base and variants.
enum RobustnessCommand: Command {
  static let name = "robustness"
  static let draws = IntegerOption(
    "draws", "N", "assumption sets to draw (Latin hypercube over the plausible ranges)",
    in: 1...RobustnessPlan.maximumDraws, default: .required)
  static let filter = OptionSpec.option(
    "filter", "patterns|none", "keep only draws whose base passes validate-model",
    default: "patterns; none with --worlds")
  static let worlds = OptionSpec.option(
    "worlds", "POSTERIOR", "draw the world assumptions from a calibration (reentry calibrate's output directory)")
  static let runOptions =
    [draws.spec, worlds, filter] + ScenarioOptions.analysisOptions + OutputOptions.options + ShardOptions.options
  static let options = runOptions + SlurmOptions.options
  static let synopsis = OptionSpec.synopsis("robustness BASE.json VARIANT.json...", options)
  static let summary = "Run base and variants in many plausible worlds: how robust is each effect, and why."
  static let help = """
    Usage: reentry \(synopsis)

    Draws N sets of assumptions with a Latin hypercube (seeded, our own
    code) over the plausible range of every ranged parameter of the catalog
    (reentry describe shows each range and its rationale; integers take
    each whole value of their range equally often, numbers are rounded to 4
    significant digits). A draw that breaks a cross-field rule in any
    scenario is redrawn within its strata, deterministically. In every draw
    the base and each variant run with the draw's seed and replications
    (common random numbers), each with the draw's values on top of its own
    settings, except the drawn parameters a variant sets itself (its
    levers, whose origin differs from the base's), which keep the variant's
    value. --set applies to every scenario.

    With --worlds POSTERIOR (the output directory of reentry calibrate, or
    its particles.csv) each draw's world assumptions are those of a particle
    of the calibration's posterior (its last complete generation), drawn by
    weight from the seed; the intervention assumptions and any other ranged
    parameter still come from the hypercube. Every draw runs with its own
    seed, derived from --seed (the seed column of robustness.csv).

    With --filter patterns (the default without --worlds) a draw is kept
    only when its base passes every figure and pattern of validate-model;
    the variants of a rejected draw are not run. With --worlds the default
    is --filter none: the calibration has already weighed the worlds
    against the sources. Writes into DIR (default
    Results/robustness-<base>-vs-<variant>+…/):
      design.json       the analysis: scenarios, ranges, every drawn value
                        (its SHA-256 is the robustness digest)
      points/NNNNNN.csv one file per finished draw, written when it finishes
      robustness.csv    at the end: one row per draw × scenario × metric ×
                        group (every metric for all, release_ready for every
                        group): draw, the drawn values by path, kept,
                        rejected_by, scenario, metric, group, value (mean over
                        replications), difference (paired, variant − base),
                        seed (the draw's run seed), value_r0… and
                        difference_r0… (each replication's value and paired
                        difference; NA where absent)
      robustness.json   per variant and metric over the kept draws: median
                        effect, 50% and 90% ranges, the spread split into
                        simulation noise and assumption uncertainty, probability of
                        improvement and of being the best variant (each with
                        its Wilson 95% interval), staff cost per extra
                        release-ready person; whether the two leading
                        variants can be ranked; the EVPPI of every drawn
                        assumption above the noise floor (what the choice
                        hangs on); kept and rejected draws and the figures
                        that rejected them
      acceptability.csv per value of an extra release-ready person (paid
                        hours) and option: the probability of being the best
                        buy, with its 95% interval
      manifest.json, run-info.json
    Shards, --resume, merge and the replacement of DIR work as for sweep.

    Options:
    \(OptionSpec.helpText(runOptions))
    On a SLURM cluster (as for sweep; the script runs this command):
    \(OptionSpec.helpText(SlurmOptions.options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count >= 2 else {
      throw CommandFailure("robustness needs a base scenario and at least one variant", code: .usage)
    }
    let draws = try Self.draws.required(args)
    let worldsPath = args.value(Self.worlds.name)
    var filter = worldsPath == nil ? RobustnessPlan.Filter.patterns : .none
    if let text = args.value(Self.filter.name) {
      guard let parsed = RobustnessPlan.Filter(rawValue: text) else {
        throw CommandFailure("option --filter: \"\(text)\" is not allowed; allowed: patterns or none", code: .usage)
      }
      filter = parsed
    }
    // The scenarios take --replications only when given; the analysis runs the flag's value or its default.
    let scenarioOptions = try ScenarioOptions(args)
    let replications = try ScenarioOptions.analysisReplications.value(args) ?? 2
    let output = try OutputOptions(args)
    let shards = try ShardOptions(args)
    let shard = shards.shard
    let slurm = try SlurmOptions.parse(args)
    let scenarios = try scenarioOptions.loadPaired(args.positionals)
    let names = scenarios.map(\.name)
    try ScenarioOptions.checkDistinctNames(names, command: name, what: "scenario")
    let posterior = try worldsPath.map { path throws(InputError) in
      try Posterior.read(path, factors: RobustnessDefinition.worldFactors(in: scenarios[0].schema))
    }
    if let posterior, let worldsPath, posterior.effectiveSampleSize < Posterior.thinSample {
      console.err(
        "warning: \(worldsPath): the posterior's effective sample size is "
          + "\(String(format: "%.1f", posterior.effectiveSampleSize)) of \(posterior.particleCount) particles; "
          + "the worlds drawn repeat a few particles, so their spread shows the intervention "
          + "assumptions and the noise more than the world assumptions\n")
    }
    let definition = try RobustnessDefinition(
      name: RobustnessDefinition.name(scenarios: names), base: scenarios[0],
      variants: Array(scenarios.dropFirst()), draws: draws, replications: replications,
      seed: UInt64(scenarios[0].int("run.seed")), filter: filter, posterior: posterior)
    let plan = definition.plan
    if let slurm {
      return try submit(
        slurm, files: args.positionals, sets: scenarioOptions.sets, worlds: worldsPath, plan: plan, out: output.out,
        policy: ResultFlow.policy("slurm-script", args, console: console), console: console)
    }
    let flow = ResultFlow(output, console: console, label: "draws")

    let policy = ResultFlow.policy(RobustnessPlan.kind, args, console: console)
    let claimed = try policy.claimDirectory(
      output.out ?? PointDirectory<RobustnessPlan>.defaultPath(plan, shard: shard))
    defer { claimed.release() }
    let directory = PointDirectory<RobustnessPlan>(path: claimed.path)
    try directory.prepare(plan, shard: shard, resume: shards.resume, policy: policy)
    let runner = RobustnessRunner(definition: definition, directory: directory, shard: shard, jobs: flow.jobs)
    let outcome = try await runner.run(progress: flow.progress)
    let simulated = flow.finishProgress()
    let digest = try PointAssembly.finish(directory, plan: plan, shard: shard)
    let info = flow.runInfo(RunInfo.Work(outcome.work, simulated: simulated))
    try AtomicFile.write(info.bytes, to: directory.file(info.name))
    if shard.isWhole { console.out(RobustnessTable.text(directory, plan: plan)) }
    let ran = outcome.draws - outcome.skipped
    let seconds = RunInfo.seconds(flow.elapsed)
    let rate = ran > 0 && seconds > 0 ? String(format: ", %.1f s a draw", seconds / Double(ran)) : ""
    console.out(
      "\(plan.name)\(shard.isWhole ? "" : " shard \(shard)"): \(ran) draws run (\(outcome.kept) kept), "
        + "\(outcome.skipped) already done; " + flow.wrote(directory.path, digest: digest, extra: rate))
    return .success
  }

  /// `--slurm`: the array script whose tasks run this very analysis, shard by shard.
  static func submit(
    _ slurm: SlurmOptions, files: [String], sets: [String], worlds: String?, plan: RobustnessPlan, out: String?,
    policy: OutputPolicy, console: Console
  ) throws -> ExitCode {
    let out = SlurmOptions.absolute(out ?? "Results/robustness-\(plan.name)-slurm")
    var arguments = files.map(SlurmOptions.absolute)
    arguments += [
      "--draws", String(plan.pointCount), "--replications", String(plan.replications), "--seed", String(plan.seed),
    ]
    arguments += ["--filter", plan.filter.rawValue] + sets.flatMap { ["--set", $0] }
    if let worlds { arguments += ["--worlds", SlurmOptions.absolute(worlds)] }
    let script = SlurmScript(
      command: name, name: plan.name, arguments: arguments, outDirectory: out,
      options: try slurm.settings(points: plan.pointCount))
    return try SlurmSubmission.emit(script, slurm, out: out, policy: policy, console: console)
  }
}
