import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry run`: replications of one scenario, written as the output contract's files.
enum RunCommand: Command {
  static let name = "run"
  static let options = ScenarioOptions.options + OutputOptions.options
  static let synopsis = OptionSpec.synopsis("run SCENARIO.json", options)
  static let summary = "Run a scenario and write summary, time series, releases and manifest."
  static let help = """
    Usage: reentry \(synopsis)

    Runs the scenario's replications in parallel and writes into DIR
    (default Results/<scenario name>/): summary.csv, summary.json,
    timeseries.csv, releases.csv, manifest.json and run-info.json.
    An existing DIR is replaced only if it holds an earlier run of reentry
    and nothing else (or with --force); report.html in it is removed. DIR is
    checked before anything runs and locked until the result is written.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("run needs exactly one scenario file", code: .usage)
    }
    let output = try OutputOptions(args)
    let flow = ResultFlow(output, console: console, label: "replications")
    let scenario = try ScenarioOptions(args).load(args.positionals[0])
    let parameters = ModelParameters(scenario)
    let directory = try ResultFlow.policy(name, args, console: console).claimDirectory(
      output.out ?? "Results/\(OutputDirectory.safeName(scenario.name))")
    defer { directory.release() }
    // Rows go to disk as replications finish, so memory does not grow with --replications.
    let stream = try RunFileStream(scenario: scenario, parameters: parameters, staging: StagingDirectory(directory))
    try await Experiment.run(parameters, jobs: flow.jobs, progress: flow.progress) { try stream.add($0) }
    let simulated = flow.finishProgress()
    let digest = try stream.finish(extra: [flow.runInfo(RunInfo.Work(stream.work, simulated: simulated))])
    console.out(
      HeadlineTable.text(
        stream.table,
        title: "\(scenario.name): \(parameters.run.replications) replications, seed \(parameters.run.seed)"))
    console.out(flow.wrote(directory.path, digest: digest))
    return .success
  }
}
