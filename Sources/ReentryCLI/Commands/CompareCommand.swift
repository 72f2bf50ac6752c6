import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry compare`: a base scenario against variants, paired replication by replication.
enum CompareCommand: Command {
  static let name = "compare"
  static let options = ScenarioOptions.options + OutputOptions.options
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
    compare.csv, compare.json, cost.csv, manifest.json and run-info.json; for a
    variant that introduces a shared system also paths.csv, its effect split
    into information access and registration hours (the variant rerun with
    each path alone, paired). An existing
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
    let output = try OutputOptions(args)
    let flow = ResultFlow(output, console: console, label: "replications")
    let scenarios = try ScenarioOptions(args).loadPaired(args.positionals)
    let names = scenarios.dropFirst().map(\.name)
    try ScenarioOptions.checkDistinctNames(names, command: name, what: "variant")
    let directory = try ResultFlow.policy(name, args, console: console).claimDirectory(
      output.out
        ?? "Results/compare-\(OutputDirectory.safeName(scenarios[0].name))-vs-"
        + names.map(OutputDirectory.safeName).joined(separator: "+"))
    defer { directory.release() }

    let parameters = scenarios.map(ModelParameters.init)
    // A shared system's variant also runs with each of its paths alone, for paths.csv.
    let split = PathSplit(base: parameters[0], variants: Array(parameters.dropFirst()))
    let (all, work) = try await Comparison.run(parameters + split.runs, jobs: flow.jobs, progress: flow.progress)
    let tables = Array(all.prefix(parameters.count))
    let simulated = flow.finishProgress()
    let comparison = PairedComparison(base: tables[0], variants: Array(tables.dropFirst()))
    let compare = CompareFiles(
      scenarios: scenarios, seed: parameters[0].run.seed, replications: parameters[0].run.replications,
      rows: comparison.rows,
      cost: StaffCost(base: tables[0], variants: Array(tables.dropFirst()), parameters: parameters),
      paths: split.rows(
        base: tables[0], variants: Array(tables.dropFirst()), runs: Array(all.dropFirst(parameters.count))))
    var (files, digest) = compare.render()
    files.append(flow.runInfo(RunInfo.Work(work, simulated: simulated)))
    try directory.write(files)
    console.out(CompareTable.text(compare))
    console.out(flow.wrote(directory.path, digest: digest))
    return .success
  }
}
