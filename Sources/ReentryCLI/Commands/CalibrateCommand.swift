import Foundation
import ReentryExperiments
import ReentryModel

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
  static let options =
    [particles.spec, generations.spec, pilot.spec] + ScenarioOptions.analysisOptions + OutputOptions.options
    + [ShardOptions.resume]
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
    the held-out patterns or the inputs): for each, how far the mean over
    the replications lies outside its range, divided by √(σ²/R + h²), with σ
    the replication SD measured in the base world (--pilot replications),
    R the replications per evaluation and h a tenth of the range; the root
    mean square over the targets. So noise alone does not reject a world.

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
    let resume = args.flags.contains(ShardOptions.resume.name)
    let base = try scenarioOptions.load(args.positionals[0])
    let flow = ResultFlow(output, console: console, label: "evaluations")
    let policy = ResultFlow.policy(CalibrationPlan.kind, args, console: console)
    let claimed = try policy.claimDirectory(
      output.out ?? "Results/\(CalibrationPlan.kind)-\(OutputDirectory.safeName(base.name))")
    defer { claimed.release() }
    let directory = PointDirectory<CalibrationPlan>(path: claimed.path)

    let noise = try await CalibrationRunner.pilot(base, replications: pilot, jobs: flow.jobs)
    let plan = CalibrationPlan(
      name: OutputDirectory.safeName(base.name), particles: particles, generations: generations,
      replications: replications, seed: UInt64(base.int("run.seed")), pilot: noise, base: base)
    try directory.prepare(plan, shard: .whole, resume: resume, policy: policy)
    let runner = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: flow.jobs)
    let result = try await runner.run(progress: flow.progress)
    let simulated = flow.finishProgress()
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
}
