import Foundation
import ReentryExperiments

/// `reentry sensitivity`: which assumptions the answer hangs on (Morris elementary effects).
enum SensitivityCommand: Command {
  static let name = "sensitivity"
  static let trajectories = IntegerOption(
    "trajectories", "R", "Morris trajectories", in: 1...10_000, default: .value(10))
  static let levels = IntegerOption("levels", "P", "grid levels, even", in: 2...100, default: .value(4))
  static let noiseRepeats = IntegerOption(
    "noise-repeats", "K", "evaluations of each trajectory's start point with other replications",
    in: 1...100, default: .value(2))
  static let options: [OptionSpec] =
    [trajectories.spec, levels.spec, noiseRepeats.spec] + ScenarioOptions.analysisOptions + [
      .flag(
        "small",
        "evaluate a reduced world: 4,000 releases a year, 6 + 1 PIs,\n150/300/120 days warm-up/measured/follow-up"),
      .flag("all-assumptions", "also vary parameters whose value (not mechanism) is assumed"),
    ] + OutputOptions.options
  static let synopsis = OptionSpec.synopsis("sensitivity SCENARIO.json", options)
  static let summary = "Rank the assumption parameters by their influence on release_ready (Morris screening)."
  static let help = """
    Usage: reentry \(synopsis)

    Morris screening: R trajectories on a P-level grid, each moving every
    numeric assumption parameter (source "assumption"; with
    --all-assumptions also "…; value assumption") once across its plausible
    range from the parameter catalog (`reentry describe` shows each range and
    its rationale; run settings, levers and definitions are held, never
    varied), whole numbers for integers. Every evaluation runs N
    replications with the same seed (common random numbers) and measures
    release_ready for group all. Prints, per parameter, mu* (mean absolute
    elementary effect: influence), mu (mean effect: direction) and sigma
    (non-linearity or interaction), as the change in release_ready when the
    parameter moves across its whole range, ranked by mu*, with 95%
    bootstrap intervals (over the trajectories) on mu* and on the rank:
    parameters whose rank intervals overlap are not ordered by the design.

    The noise floor: each trajectory's start point is evaluated K more times
    with other replications (the same parameter values, other random
    streams); the mean |difference| divided by the design's step is the mu*
    that noise alone gives. A parameter whose mu* interval does not lie
    above it is marked "noise" (above_noise false): not distinguishable
    from simulation noise, and never named as what the answer depends on.

    Writes into DIR (default Results/sensitivity-<scenario name>/):
    sensitivity.csv (the ranking), evaluations.csv (every design point),
    noise.csv (the repeated start points), manifest.json (with the noise
    floor) and run-info.json, atomically; an existing DIR is replaced
    only if it holds an earlier result of reentry.

    (factors + 1 + K) × R evaluations of N replications are run: for the
    baseline 630 × 2 national replications with the defaults (60
    parameters; the noise floor's 20 are 3% of them), about 9 minutes on 2
    cores in a release build, and with --all-assumptions (125 parameters)
    1280 × 2, about 16 minutes idle; --small takes about 1 minute.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("sensitivity needs exactly one scenario file", code: .usage)
    }
    let trajectories = try Self.trajectories.value(args) ?? 1
    let levels = try Self.levels.value(args) ?? 2
    let noiseRepeats = try Self.noiseRepeats.value(args) ?? 1
    guard levels % 2 == 0 else {
      throw CommandFailure(
        "option --levels: \"\(levels)\" is not allowed; allowed: an even integer in 2…100", code: .usage)
    }
    let scenarioOptions = try ScenarioOptions(args, replications: ScenarioOptions.analysisReplications)
    let replications = scenarioOptions.replications ?? 2
    let output = try OutputOptions(args)
    let flow = ResultFlow(output, console: console, label: "evaluations")
    let small = args.flags.contains("small")
    let scenario = try scenarioOptions.load(args.positionals[0], before: small ? ReducedWorld.overrides : [])
    let factors = SensitivityFactor.factors(
      of: scenario, includeValueAssumptions: args.flags.contains("all-assumptions"))
    guard !factors.isEmpty else {
      throw CommandFailure("\(args.positionals[0]): no numeric assumption parameter to vary", code: .dataError)
    }
    let directory = try ResultFlow.policy(name, args, console: console).claimDirectory(
      output.out ?? "Results/sensitivity-\(OutputDirectory.safeName(scenario.name))")
    defer { directory.release() }

    let analysis = SensitivityAnalysis(
      scenario: scenario, factors: factors, trajectories: trajectories, levels: levels, noiseRepeats: noiseRepeats)
    let outputs = try await analysis.evaluate(jobs: flow.jobs, progress: flow.progress)
    _ = flow.finishProgress()
    let files = SensitivityFiles(
      analysis: analysis, outputs: outputs, replications: replications, world: small ? "small" : "scenario")
    var (rendered, digest) = files.render()
    // Its own run-info: evaluations rather than simulation work, which the analysis does not count.
    let info =
      "{\n  \"wallSeconds\": \(String(format: "%.3f", RunInfo.seconds(flow.elapsed))),\n  \"jobs\": \(flow.jobs),\n"
      + "  \"evaluations\": \(outputs.count),\n  \"version\": \"\(ReentryVersion.current)\"\n}\n"
    rendered.append(("run-info.json", Array(info.utf8)))
    try directory.write(rendered)
    let title =
      "sensitivity: \(scenario.name), \(factors.count) assumption parameters, \(trajectories) trajectories "
      + "× \(levels) levels = \(outputs.design.count) evaluations + \(outputs.repeatCount) "
      + "for the noise floor, × \(replications) replications, "
      + "seed \(scenario.int("run.seed"))"
      + (small ? ", reduced world (--small)" : "")
    console.out(files.text(title: title))
    console.out(flow.wrote(directory.path, digest: digest))
    return .success
  }
}
