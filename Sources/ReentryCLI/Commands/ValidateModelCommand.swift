import Foundation
import ReentryExperiments
import ReentryModel

/// `reentry validate-model`: the baseline against every figure in the source documents.
///
/// A report, not a gate: it exits 0 whatever the verdicts, so a figure
/// outside its tolerance is read and discussed rather than hidden by a
/// failing build. Tests check the figures that follow from the inputs.
enum ValidateModelCommand: Command {
  static let name = "validate-model"
  static let options =
    ScenarioOptions.options + [OutputOptions.jobs.spec, out, force, OutputOptions.progress]
  static let out = OptionSpec.option("out", "FILE", "where to write the CSV", default: "Results/validation.csv")
  static let force = OptionSpec.flag("force", "replace FILE even if reentry did not write it, or a shipped result")
  static let synopsis = OptionSpec.synopsis("validate-model [SCENARIO.json]", options)
  static let summary = "Compare the baseline with every figure the sources give; write Results/validation.csv."
  static let help = """
    Usage: reentry \(synopsis)

    Runs SCENARIO (default Scenarios/baseline.json, at national scale) and
    prints, for every figure the source documents give (yearly releases,
    stays under 3 and 2 months, needs at entry, caseload norm, screening,
    MDO, rent continuation, benefit decision, care and probation waits,
    release readiness against "fewer than half" and the ministry target,
    and who fares worse) and for every finding of the inspectorate turned
    into a pattern (overloaded casemanagers, collaboration dropped first,
    short stays and LVB, joint conversations and case conferences rare,
    supervision months later, small municipalities after release), the
    source and its value, the model's mean with its 95% interval over
    replications, the tolerance and whether the mean is within it, and the
    Dutch sentence each pattern rests on. Every model value is measured
    from the run's results.
    Writes the same table to FILE (default Results/validation.csv),
    atomically. FILE is checked before anything runs: it is replaced only
    if it is a validation table of reentry, and the shipped
    Results/validation.csv only with --force. Exits 0 even when figures are
    outside their tolerance.

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count <= 1 else {
      throw CommandFailure("validate-model takes at most one scenario file", code: .usage)
    }
    let flow = ResultFlow(try OutputOptions(args), console: console, label: "replications")
    let file = args.positionals.first ?? "Scenarios/baseline.json"
    let scenario = try ScenarioOptions(args).load(file)
    let parameters = ModelParameters(scenario)
    let output = try ResultFlow.policy(name, args, console: console).claimFile(
      args.value(Self.out) ?? "Results/validation.csv", signature: ValidationReport.signature)
    defer { output.release() }

    let results = try await Experiment.run(parameters, jobs: flow.jobs, progress: flow.progress)
    _ = flow.finishProgress()
    let report = ValidationReport(results: results, parameters: parameters)
    try output.write(Array(report.csv.utf8))
    let title =
      "validate-model: \(scenario.name), \(parameters.run.replications) replications, seed \(parameters.run.seed)"
    console.out(report.text(title: title))
    console.out("wrote \(output.path) (\(WallTime.text(flow.elapsed)))\n")
    return .success
  }
}
