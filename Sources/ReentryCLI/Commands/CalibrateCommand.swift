import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry calibrate`: which worlds reproduce the sources' calibration targets? ABC by sequential Monte Carlo.
enum CalibrateCommand: Command {
  static let name = "calibrate"
  static let particles = IntegerOption(
    "particles", "N", "accepted particles per generation", in: 1...CalibrationPlan.maximumParticles,
    default: .value(100))
  static let generations = IntegerOption(
    "generations", "G", "generations of the sampler, each with a smaller tolerance",
    in: 1...CalibrationPlan.maximumGenerations, default: .value(4))
  static let pilot = IntegerOption(
    "pilot", "N", "replications of the base world that measure each target's Monte Carlo noise", in: 2...1_000,
    default: .value(4))
  static let follow = OptionSpec.flag(
    "follow", "with --shard: wait for the other shards' evaluations instead of stopping at the first one missing")
  static let options =
    [particles.spec, generations.spec, pilot.spec] + ScenarioOptions.analysisOptions + OutputOptions.options
    + ShardOptions.options + [follow] + SlurmOptions.options
  static let synopsis = OptionSpec.synopsis("calibrate BASE.json", options)
  static let summary = "Calibrate the world assumptions to the sources' targets (ABC-SMC); check the held-out patterns."
  static let help = """
    Usage: reentry \(synopsis)

    Approximate Bayesian computation by sequential Monte Carlo over every
    world assumption with a plausible range (reentry describe shows them),
    each with a uniform prior over its range. Generation 0 draws from the
    prior; generation t accepts worlds whose distance is at most the median
    distance of generation t − 1, proposing by perturbing a particle of t − 1
    (drawn by weight) with a Gaussian kernel of twice the weighted variance,
    truncated to the range, and weighting it by prior / Σ weight × kernel.

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
    random stream and seed, proposals run in rounds of N and the first N
    accepted in proposal order form a generation. Writes into DIR (default
    Results/calibration-<base>/):
      calibration.json  settings, priors, targets with their noise, the base
                        world (its SHA-256 is the calibration digest)
      points/NNNNNN.csv one file per evaluated proposal (--resume reads them)
      particles.csv     every generation's particles: weight, distance,
                        parameter values, target means, held-out results
      generations.csv   tolerance, evaluations, acceptance rate, effective
                        sample size, whether the generation filled
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
          (Self.particles.name, particles), (Self.generations.name, generations), (Self.pilot.name, pilot),
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
      replications: replications, seed: UInt64(base.int("run.seed")), pilot: noise, base: base)
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
        + "acceptance \(TextFormat.percent(g.acceptanceRate)), ESS \(String(format: "%.1f", g.effectiveSampleSize))"
        + (g.complete ? "" : " (did not fill: acceptance too low, stopped)") + "\n"
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
