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
    ScenarioOptions.options + [OutputOptions.jobs.spec, out, OutputOptions.progress]
  static let out = OptionSpec.option("out", "FILE", "where to write the CSV", default: "Results/validation.csv")
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
    atomically. Exits 0 even when figures are outside their tolerance.

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
    let out = args.value(Self.out) ?? ""
    try checkWritable(out)

    let results = try await Experiment.run(parameters, jobs: flow.jobs, progress: flow.progress)
    _ = flow.finishProgress()
    let report = ValidationReport(results: results, parameters: parameters)
    do { try AtomicFile.write(Array(report.csv.utf8), to: out) } catch {
      throw CommandFailure(error.description, code: .cannotCreate)
    }
    let title =
      "validate-model: \(scenario.name), \(parameters.run.replications) replications, seed \(parameters.run.seed)"
    console.out(report.text(title: title))
    console.out("wrote \(out) (\(WallTime.text(flow.elapsed)))\n")
    return .success
  }

  /// Refuses a directory as FILE and creates the parent directory, before anything runs.
  static func checkWritable(_ path: String) throws(CommandFailure) {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw CommandFailure("\(path): is a directory; --out takes a file name", code: .cannotCreate)
    }
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do { try fm.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
      throw CommandFailure(
        "\(path): cannot create \(parent): \(error.localizedDescription)", code: .cannotCreate)
    }
    do { try OutputDirectory(path).checkWritable() } catch {
      throw CommandFailure(error.description, code: .cannotCreate)
    }
  }
}
