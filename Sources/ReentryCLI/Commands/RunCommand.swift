import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry run`: replications of one scenario, written as the output contract's files.
enum RunCommand: Command {
  static let name = "run"
  static let options = ScenarioInput.options + ResultFlow.options
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
    let flow = try ResultFlow(args, console: console, label: "replications")
    let (scenario, parameters) = try ScenarioInput.load(args.positionals[0], args)
    let directory = try ResultFlow.checkedDirectory(
      args.value("out") ?? "Results/\(OutputDirectory.safeName(scenario.name))")
    let results = try await Experiment.run(parameters, jobs: flow.jobs, progress: flow.progress)
    let simulated = flow.finishProgress()
    let run = RunFiles(scenario: scenario, parameters: parameters, results: results)
    var (files, digest) = run.render()
    let work = RunInfo.Work(
      simulationSeconds: RunInfo.seconds(simulated),
      actorSteps: results.reduce(0) { $0 + $1.actorSteps }, messages: results.reduce(0) { $0 + $1.messages },
      detaineeDays: results.reduce(0) { $0 + $1.detaineeDays })
    files.append(flow.runInfo(work))
    try ResultFlow.write(files, to: directory)
    console.out(
      HeadlineTable.text(
        run.table, title: "\(scenario.name): \(parameters.run.replications) replications, seed \(parameters.run.seed)"))
    console.out(flow.wrote(directory.path, digest: digest))
    return .success
  }
}
