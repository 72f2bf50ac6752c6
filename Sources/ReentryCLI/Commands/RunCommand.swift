import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport
import SimKernel

/// `reentry run`: replications of one scenario, written as the output contract's files.
enum RunCommand: Command {
  static let name = "run"
  static let synopsis = "run SCENARIO.json [--seed N] [--replications N] [--jobs N] [--out DIR]"
  static let summary = "Run a scenario and write summary, time series, releases and manifest."
  static let help = """
    Usage: reentry \(synopsis)

    Runs the scenario's replications in parallel and writes into DIR
    (default Results/<scenario name>/): summary.csv, summary.json,
    timeseries.csv, releases.csv, manifest.json and run-info.json.
    An existing DIR is replaced only if it holds an earlier result of reentry.

    Options:
    \(ScenarioInput.optionHelp)
    \(ScenarioInput.runOptionHelp)

    """

  static func run(_ arguments: [String], console: Console) async throws -> Int32 {
    let args = try Arguments(arguments, options: ScenarioInput.options + ["jobs", "out"], flags: ["progress"])
    guard args.positionals.count == 1 else {
      throw CommandFailure("run needs exactly one scenario file", code: ExitCode.usage)
    }
    let jobs = try args.integer("jobs", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
    let (scenario, parameters) = try ScenarioInput.load(args.positionals[0], args)
    let directory = OutputDirectory(args.value("out") ?? "Results/\(OutputDirectory.safeName(scenario.name))")
    do { try directory.checkReplaceable() } catch {
      throw CommandFailure(error.description, code: ExitCode.cannotCreate)
    }

    let clock = ContinuousClock()
    let started = clock.now
    let startedAt = Date.now
    let progress = Progress(
      label: "replications", show: console.errIsTerminal || args.flags.contains("progress"), console: console)
    let results = try await Experiment.run(parameters, jobs: jobs) { done, total in progress.update(done, total) }
    progress.finish()
    let simulated = clock.now - started
    let run = RunFiles(scenario: scenario, parameters: parameters, results: results)
    var (files, digest) = run.render()
    let wall = clock.now - started
    let work = RunInfo.Work(
      simulationSeconds: RunInfo.seconds(simulated),
      actorSteps: results.reduce(0) { $0 + $1.actorSteps }, messages: results.reduce(0) { $0 + $1.messages },
      detaineeDays: results.reduce(0) { $0 + $1.detaineeDays })
    files.append(("run-info.json", Array(RunInfo.json(wall: wall, jobs: jobs, startedAt: startedAt, work: work).utf8)))
    do { try directory.write(files) } catch {
      throw CommandFailure(error.description, code: ExitCode.cannotCreate)
    }
    console.out(
      HeadlineTable.text(
        run.table, title: "\(scenario.name): \(parameters.run.replications) replications, seed \(parameters.run.seed)"))
    console.out("wrote \(directory.path) (digest \(digest.prefix(16))…, \(RunInfo.seconds(wall)) s)\n")
    return ExitCode.success
  }
}
