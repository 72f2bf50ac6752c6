import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry compare`: a base scenario against variants, paired replication by replication.
enum CompareCommand: Command {
  static let name = "compare"
  static let options = ScenarioInput.options + ResultFlow.options
  static let synopsis = OptionSpec.synopsis("compare BASE.json VARIANT.json...", options)
  static let summary = "Compare variants with a base scenario: paired differences with 95% intervals."
  static let help = """
    Usage: reentry \(synopsis)

    Runs the base and every variant with the same seed and number of
    replications (the base's, unless --seed or --replications is given), so
    replication r of each sees the same detainees. For every metric, group
    and variant it reports the base and variant means, the mean of the
    per-replication difference (variant − base) with its 95% interval, the
    number of paired replications and the share in which the variant does
    better (NA for metrics without a better direction).

    Writes into DIR (default Results/compare-<base>-vs-<variant>+<variant>/):
    compare.csv, compare.json, manifest.json and run-info.json. An existing
    DIR is replaced only if it holds an earlier result of reentry.
    Every scenario file and DIR are checked before anything runs.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count >= 2 else {
      throw CommandFailure("compare needs a base scenario file and at least one variant", code: .usage)
    }
    let flow = try ResultFlow(args, console: console, label: "replications")
    let scenarios = try load(args)
    let names = scenarios.dropFirst().map(\.name)
    if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
      throw CommandFailure(
        "compare: two variants are named \"\(twice)\"; give each variant its own \"name\"", code: .usage)
    }
    let directory = try ResultFlow.policy(name, args, console: console).claimDirectory(
      args.value("out")
        ?? "Results/compare-\(OutputDirectory.safeName(scenarios[0].name))-vs-"
        + names.map(OutputDirectory.safeName).joined(separator: "+"))
    defer { directory.release() }

    let parameters = scenarios.map(ModelParameters.init)
    let (tables, work) = try await Comparison.run(parameters, jobs: flow.jobs, progress: flow.progress)
    let simulated = flow.finishProgress()
    let comparison = PairedComparison(base: tables[0], variants: Array(tables.dropFirst()))
    let compare = CompareFiles(
      scenarios: scenarios, seed: parameters[0].run.seed, replications: parameters[0].run.replications,
      rows: comparison.rows,
      cost: StaffCost(base: tables[0], variants: Array(tables.dropFirst())))
    var (files, digest) = compare.render()
    files.append(flow.runInfo(RunInfo.Work(work, simulated: simulated)))
    try directory.write(files)
    console.out(CompareTable.text(compare))
    console.out(flow.wrote(directory.path, digest: digest))
    return .success
  }

  /// Loads the base and every variant, checking all of them before failing.
  ///
  /// Variants get the base's seed and replication count (after the command
  /// line's), so all scenarios share their random numbers; `--set` applies to all.
  static func load(_ args: Arguments) throws -> [ResolvedScenario] {
    let sets = try ScenarioInput.setValues(args)
    var failures: [CommandFailure] = []
    var base: ResolvedScenario?
    do { base = try ScenarioInput.load(args.positionals[0], args).0 } catch let failure as CommandFailure {
      if failure.code == .usage { throw failure }
      failures.append(failure)
    }
    var variants: [ResolvedScenario] = []
    for file in args.positionals.dropFirst() {
      var overrides = sets
      if let base {
        overrides += ["run.seed=\(base.int("run.seed"))", "run.replications=\(base.int("run.replications"))"]
      }
      do { variants.append(try ScenarioInput.load(file, overrides: overrides)) } catch { failures.append(error) }
    }
    guard failures.isEmpty, let base else {
      throw CommandFailure(
        failures.map(\.message).joined(separator: "\n"), code: failures.map(\.code).max() ?? .dataError)
    }
    return [base] + variants
  }
}
