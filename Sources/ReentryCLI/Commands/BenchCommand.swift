import Foundation
import ReentryExperiments
import ScenarioFormat

/// `reentry bench`: fixed workloads timed in this process, median of several runs.
///
/// Speed targets live here, never in unit tests: a benchmark reports, it
/// does not fail.
enum BenchCommand: Command {
  static let name = "bench"
  /// Under Results/ (ignored by git), never the current directory, which may be a clone's root.
  static let defaultOut = "Results/bench.json"
  /// What every bench.json of ours holds near its start, by which an existing FILE is recognised as ours.
  static let signature = "\"processors\""
  static let runs = IntegerOption("runs", "N", "timed runs per workload", in: 1...1000, default: .value(5))
  static let sweepReplications = IntegerOption(
    "sweep-replications", "N", "replications per point in workload c", in: 1...1000, default: .value(10))
  static let draws = IntegerOption(
    "draws", "N", "draws of the robustness analysis in workload d", in: 1...RobustnessPlan.maximumDraws,
    default: .value(20))
  static let force = OptionSpec.flag("force", "replace FILE even if reentry did not write it")
  static let options: [OptionSpec] = [
    runs.spec, workloads, sweepReplications.spec, draws.spec, out, force,
  ]
  static let workloads = OptionSpec.option("workloads", "LIST", "which workloads, e.g. a,b,o", default: "a,b,c")
  static let out = OptionSpec.option("out", "FILE", "where to write the JSON", default: defaultOut)
  static let synopsis = OptionSpec.synopsis("bench [SCENARIO.json]", options)
  static let summary =
    "Time fixed workloads (national run, 10x inflow, caseload sweep, robustness, calibration) and write \(defaultOut)."
  static let help = """
    Usage: reentry \(synopsis)

    Workloads, built from SCENARIO (default Scenarios/baseline.json):
      a  the national baseline: 1 replication, warm-up + 1 measured year (no follow-up)
      b  10 times the national inflow, same horizon
      c  caseload norm 10 to 40 step 5 with --sweep-replications each (default 10),
         once with --jobs 1 and once with --jobs 2; reports the parallel efficiency
      d  the shipped robustness analysis: SCENARIO and the nine variant files beside
         it (caseload-20 … all-recommendations, as in the README), --draws N (default
         20) x 2 replications, filter patterns, by the code of `reentry robustness`
         into a scratch directory; once with --jobs 1 and once with --jobs 2, each
         timed once (not --runs times: 20 draws are about 60 national replications).
         Reports wall and processor seconds, national replications per second, the
         parallel efficiency t1 / (2 t2) (target at least 90%) with the cores the 2
         jobs kept busy, and the wall time of the 200-draw analysis on 2 jobs
         projected linearly in draws from the 2-job run
      e  one generation of `reentry calibrate` on SCENARIO (the national model):
         generation 0, 8 particles from the prior x 2 replications, by the code
         of `reentry calibrate` into a scratch directory (the noise pilot of 2
         replications runs once before, untimed); once with --jobs 1 and once
         with --jobs 2, each timed once. Reports national replications and
         evaluations per second, the parallel efficiency t1 / (2 t2), and the
         wall time of 500 evaluations on 2 jobs projected linearly
      o  one replication as `run` does it, then its files written and hashed: the
         output's share of the run (target at most 10%) and our SHA-256 in MB/s
    Workloads a, b, c and o run once as a warm-up and then --runs times (default 5);
    reported are the median, min and max wall time, simulated detainee-days,
    messages and actor steps per second, and the process's peak resident
    memory after the workload. Build with -c release before timing.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count <= 1 else {
      throw CommandFailure("bench takes at most one scenario file", code: .usage)
    }
    let runs = try Self.runs.value(args) ?? 1
    let sweepReplications = try Self.sweepReplications.value(args) ?? 1
    let draws = try Self.draws.value(args) ?? 1
    let selected = Set((args.value(Self.workloads) ?? "").split(separator: ",").map(String.init))
    guard !selected.isEmpty, selected.isSubset(of: ["a", "b", "c", "d", "e", "o"]) else {
      throw CommandFailure("option --workloads: allowed: a comma-separated list of a, b, c, d, e, o", code: .usage)
    }
    let target = try ResultFlow.policy(name, args, console: console).claimFile(
      args.value(Self.out) ?? defaultOut, signature: signature)
    defer { target.release() }
    let file = args.positionals.first ?? "Scenarios/baseline.json"
    let scenario = try ScenarioInput.load(file, overrides: [])
    // Loaded before anything is timed, so a missing variant fails at once.
    let variants = selected.contains("d") ? try robustnessVariants(beside: file, base: scenario) : []
    let workloads = try BenchWorkload.standard(baseline: scenario, sweepReplications: sweepReplications)
      .filter { selected.contains(String($0.name.prefix(1))) }
    #if DEBUG
      console.err("warning: this is a debug build; build with -c release for meaningful timings\n")
    #endif
    var measurements: [BenchMeasurement] = []
    for workload in workloads {
      console.err("\(workload.name): \(workload.description)\n")
      measurements.append(try await Benchmark.measure(workload, runs: runs) { console.err($0) })
    }
    var robustness: RobustnessBench.Measurement? = nil
    if selected.contains("d") {
      console.err("d-robustness: the shipped robustness analysis, \(draws) draws x 2 replications, on 1 and 2 jobs\n")
      robustness = try await RobustnessBench.measure(base: scenario, variants: variants, draws: draws) {
        console.err($0)
      }
    }
    var calibration: CalibrationBench.Measurement? = nil
    if selected.contains("e") {
      console.err(
        "e-calibration: generation 0 of the sampler, \(CalibrationBench.particles) particles x "
          + "\(CalibrationBench.replications) replications, on 1 and 2 jobs\n")
      calibration = try await CalibrationBench.measure(base: scenario) { console.err($0) }
    }
    var output: OutputBench.Measurement? = nil
    if selected.contains("o") {
      console.err("o-output: one replication as `run` does it, then its files written and hashed\n")
      output = try await OutputBench.measure(scenario, runs: runs) { console.err($0) }
    }
    console.out(
      BenchReport.table(measurements) + (robustness?.table ?? "") + (calibration?.table ?? "") + (output?.table ?? ""))
    let json = BenchReport.json(
      measurements, robustness: robustness, calibration: calibration, output: output, runs: runs)
    try target.write(Array(json.utf8))
    console.out("wrote \(target.path)\n")
    return .success
  }

  /// The variants of workload d, from the directory of the base as `reentry
  /// robustness` loads them (with the base's seed and replications).
  static func robustnessVariants(beside file: String, base scenario: ResolvedScenario) throws -> [ResolvedScenario] {
    let directory = (file as NSString).deletingLastPathComponent
    let run = ["run.seed=\(scenario.int("run.seed"))", "run.replications=\(scenario.int("run.replications"))"]
    return try RobustnessBench.shippedVariants.map {
      try ScenarioInput.load((directory as NSString).appendingPathComponent("\($0).json"), overrides: run)
    }
  }
}
