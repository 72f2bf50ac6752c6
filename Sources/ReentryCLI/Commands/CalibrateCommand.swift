import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry calibrate`: which worlds reproduce the sources' calibration targets? Adaptive ABC-SMC with MCMC moves.
enum CalibrateCommand: Command {
  static let name = "calibrate"
  static let particles = IntegerOption(
    "particles", "N", "particles of the population", in: 1...CalibrationPlan.maximumParticles,
    default: .value(100))
  static let generations = IntegerOption(
    "generations", "G", "generations of the sampler, each with a smaller tolerance",
    in: 1...CalibrationPlan.maximumGenerations, default: .value(4))
  static let keep = IntegerOption(
    "keep", "PERCENT", "share of the alive particles each generation's tolerance keeps", in: 10...90,
    default: .value(50))
  static let moves = IntegerOption(
    "moves", "M", "Metropolis-Hastings moves per alive particle and generation", in: 1...CalibrationPlan.maximumMoves,
    default: .value(1))
  static let pilot = IntegerOption(
    "pilot", "N", "replications of the base world that measure each target's Monte Carlo noise", in: 2...1_000,
    default: .value(4))
  static let follow = OptionSpec.flag(
    "follow", "with --shard: wait for the other shards' evaluations instead of stopping at the first one missing")
  static let options =
    [particles.spec, generations.spec, keep.spec, moves.spec, pilot.spec] + ScenarioOptions.analysisOptions
    + OutputOptions.options
    + ShardOptions.options + [follow] + SlurmOptions.options
  static let synopsis = OptionSpec.synopsis("calibrate BASE.json", options)
  static let summary =
    "Calibrate the world assumptions to the sources' targets (adaptive ABC-SMC); check the held-out patterns."
  static let help = """
    Usage: reentry \(synopsis)

    Approximate Bayesian computation by adaptive sequential Monte Carlo with
    Metropolis-Hastings moves (Del Moral, Doucet & Jasra 2012) over every
    world assumption with a plausible range (reentry describe shows them),
    each with a uniform prior over its range. Generation 0 draws N worlds
    from the prior. Generation t sets its tolerance so that --keep percent
    of the particles alive stay within it (the others get weight 0: the
    effective sample size is the number alive), resamples the population
    when fewer than half the N slots are alive, and moves every alive
    particle by --moves Metropolis-Hastings steps: a Gaussian random walk
    with each parameter's SD in the population, truncated to the range,
    accepted when the new world lies within the tolerance. It stops after
    --generations, or when fewer than 2% of a generation's moves are
    accepted (a smaller tolerance would only leave copies).

    The distance uses the calibration targets of validate-model only (never
    the held-out patterns or the inputs). Each target's range is read as the
    source's measurement uncertainty, a 95% interval around its central
    figure c (the source's own, else the midpoint), not as a box: a target
    misses by |mean − c| / √(σ²/R + h²), with the mean over the replications,
    σ the replication SD measured in the base world (--pilot replications),
    R the replications per evaluation and h a quarter of the range (so the
    edge of a range misses by about 2); the root mean square over the
    targets. So noise alone does not reject a world, and every world has a
    positive distance that each generation's tolerance can shrink below
    (ABC with a measurement-error kernel, Wilkinson 2013).

    Deterministic for any --jobs: proposal i of generation t has its own
    random streams and seed, proposals run in rounds (of N from the prior,
    then one per alive particle and move) and are read in slot order.
    Writes into DIR (default
    Results/calibration-<base>/):
      calibration.json  settings, priors, targets with their noise, the base
                        world (its SHA-256 is the calibration digest)
      points/NNNNNN.csv one file per evaluated proposal (--resume reads them)
      particles.csv     every generation's particles: weight (0 outside the
                        tolerance), distance, parameter values, target
                        means, held-out results
      generations.csv   tolerance, evaluations, particles alive and their
                        share, resampled, moves and their acceptance,
                        effective sample size, distinct worlds
      posterior-check.csv per held-out pattern: the share of posterior
                        particles and of their replications in which it
                        holds, each with its Wilson 95% interval
      noise.csv         each target's replication SD in the base world
      manifest.json, run-info.json

    Shards: --shard K/N works in DIR-shard-K-of-N beside DIR, evaluates the
    proposals whose index mod N is K − 1 and reads the others from its
    sibling shards; without --follow it stops (exit 0) at the first round
    that still needs another shard's evaluations, so run the shards again
    in turn. The same command without --shard joins them: it copies their
    evaluations into DIR, runs whatever is missing and writes the files of
    a run in one go, byte for byte. A shard that fails leaves a mark
    DIR-shard-K-of-N.failed; a shard following it (--follow) stops with
    exit 70 naming it and its mark instead of waiting. --slurm prints an
    array job of --shards tasks, each following the others to the end (a
    task that ends badly adds its exit status and log to its mark), and a
    job that joins them into DIR/merged.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("calibrate needs exactly one base scenario", code: .usage)
    }
    let particles = try Self.particles.required(args)
    let generations = try Self.generations.required(args)
    let keep = try Self.keep.required(args)
    let moves = try Self.moves.required(args)
    let pilot = try Self.pilot.required(args)
    let scenarioOptions = try ScenarioOptions(args)
    let replications = try ScenarioOptions.analysisReplications.value(args) ?? 2
    let output = try OutputOptions(args)
    let shards = try ShardOptions(args)
    let shard = shards.shard
    let follow = args.flags.contains(Self.follow.name)
    guard !follow || !shard.isWhole else {
      throw CommandFailure("option --follow is only for --shard K/N; add --shard or leave it out", code: .usage)
    }
    let slurm = try SlurmOptions.parse(args)
    let base = try scenarioOptions.load(args.positionals[0])
    let out = output.out ?? "Results/\(CalibrationPlan.kind)-\(OutputDirectory.safeName(base.name))"
    if let slurm {
      return try submit(
        slurm, file: args.positionals[0],
        settings: [
          (Self.particles.name, particles), (Self.generations.name, generations), (Self.keep.name, keep),
          (Self.moves.name, moves), (Self.pilot.name, pilot),
          (ScenarioOptions.analysisReplications.name, replications),
        ], sets: scenarioOptions.sets, base: base, out: output.out,
        policy: ResultFlow.policy("slurm-script", args, console: console), console: console)
    }
    let flow = ResultFlow(output, console: console, label: "evaluations")
    let policy = ResultFlow.policy(CalibrationPlan.kind, args, console: console)
    let place = CalibrationShards(path: SlurmOptions.absolute(out))
    let claimed = try policy.claimDirectory(shard.isWhole ? out : place.directory(of: shard))
    defer { claimed.release() }
    let directory = PointDirectory<CalibrationPlan>(path: claimed.path)
    // Running again: the shards that follow this one must not take an earlier failure for a new one.
    if !shard.isWhole { place.clearFailure(of: shard) }

    let noise = try await CalibrationRunner.pilot(base, replications: pilot, jobs: flow.jobs)
    let plan = CalibrationPlan(
      name: OutputDirectory.safeName(base.name), particles: particles, generations: generations,
      replications: replications, seed: UInt64(base.int("run.seed")), pilot: noise, base: base,
      keep: Double(keep) / 100, moves: moves)
    // A shard's directory is a working directory that every invocation continues.
    try directory.prepare(plan, shard: shard, resume: shards.resume || !shard.isWhole, policy: policy)
    var runner = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: flow.jobs)
    runner.shard = shard
    runner.siblings = shard.isWhole ? place.existing() : place.siblings(of: shard)
    runner.follow = follow
    runner.place = place
    let result: [ABCGeneration]
    do {
      result = try await runner.run(progress: flow.progress)
    } catch let waiting as ABCSampler.Waiting {
      let done = flow.finishProgress()
      console.out(
        "\(plan.name) shard \(shard): \(done) evaluations done or read; generation \(waiting.generation) waits for "
          + "\(waiting.missing) of other shards: run them, then this shard again (or give --follow); in \(directory.path)\n"
      )
      return .success
    } catch let failure as ShardFailure {
      _ = flow.finishProgress()
      throw CommandFailure("calibrate shard \(shard) stops: \(failure)", code: .internalError)
    }
    let simulated = flow.finishProgress()
    guard shard.isWhole else {
      console.out(
        "\(plan.name) shard \(shard): every generation done (\(simulated) evaluations done or read); join the "
          + "shards with the same command without --shard (same --out) in \(directory.path)\n")
      return .success
    }
    let digest = try CalibrationFiles.finish(directory, plan: plan, generations: result)
    let info = flow.runInfo(RunInfo.Work(SimulationWork(), simulated: simulated))
    try AtomicFile.write(info.bytes, to: directory.file(info.name))
    let evaluations = result.reduce(0) { $0 + $1.evaluations }
    let seconds = RunInfo.seconds(flow.elapsed)
    let rate = seconds > 0 ? String(format: ", %.2f evaluations/s", Double(evaluations) / seconds) : ""
    var text = ""
    for g in result {
      text +=
        "generation \(g.index): tolerance \(CalibrationFiles.describe(g.tolerance)), \(g.evaluations) evaluations, "
        + "\(g.alive) of \(g.particles.count) alive" + (g.resampled ? ", resampled" : "")
        + (g.moves > 0 ? ", moves accepted \(TextFormat.percent(g.moveAcceptance))" : "")
        + ", ESS \(String(format: "%.1f", g.effectiveSampleSize)), \(g.distinct) distinct"
        + (g.complete ? "" : " (did not fill: the model refused too many worlds, stopped)") + "\n"
    }
    console.out(
      text + "\(plan.name): \(evaluations) evaluations; " + flow.wrote(directory.path, digest: digest, extra: rate))
    return .success
  }

  /// `--slurm`: an array job whose tasks follow each other's evaluations to the end, then one job that joins them.
  static func submit(
    _ slurm: SlurmOptions, file: String, settings: [(option: String, value: Int)], sets: [String],
    base: ResolvedScenario, out: String?, policy: OutputPolicy, console: Console
  ) throws -> ExitCode {
    let name = OutputDirectory.safeName(base.name)
    let out = SlurmOptions.absolute(out ?? "Results/\(CalibrationPlan.kind)-\(name)-slurm")
    var arguments = [SlurmOptions.absolute(file)]
    for setting in settings { arguments += ["--\(setting.option)", String(setting.value)] }
    arguments += ["--seed", String(base.int("run.seed"))]
    for set in sets { arguments += ["--set", set] }
    // Shards share out each round of `particles` proposals, so more shards than particles would idle.
    let particles = settings.first { $0.option == Self.particles.name }?.value ?? 1
    var script = SlurmScript(
      command: Self.name, name: name, arguments: arguments, outDirectory: out,
      options: try slurm.settings(points: particles))
    script.joinsByRerun = true
    return try SlurmSubmission.emit(script, slurm, out: out, policy: policy, console: console)
  }
}
