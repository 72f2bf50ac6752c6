import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// `reentry compare`: a base scenario against variants, paired replication by replication.
enum CompareCommand: Command {
  static let name = "compare"
  static let synopsis = "compare BASE.json VARIANT.json... [--replications N] [--seed N]"
  static let summary = "Compare variants with a base scenario: paired differences with 95% intervals."
  static let help = """
    Usage: reentry \(synopsis) [--jobs N] [--out DIR] [--set PATH=VALUE]...

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
    Every scenario file is checked before anything runs.

    Options:
    \(ScenarioInput.optionHelp)
    \(ScenarioInput.runOptionHelp)

    """

  static func run(_ arguments: [String], console: Console) async throws -> Int32 {
    let args = try Arguments(arguments, options: ScenarioInput.options + ["jobs", "out"], flags: ["progress"])
    guard args.positionals.count >= 2 else {
      throw CommandFailure("compare needs a base scenario file and at least one variant", code: ExitCode.usage)
    }
    let jobs = try args.integer("jobs", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
    let scenarios = try load(args)
    let names = scenarios.dropFirst().map(\.name)
    if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
      throw CommandFailure(
        "compare: two variants are named \"\(twice)\"; give each variant its own \"name\"", code: ExitCode.usage)
    }
    let directory = OutputDirectory(
      args.value("out")
        ?? "Results/compare-\(OutputDirectory.safeName(scenarios[0].name))-vs-"
        + names.map(OutputDirectory.safeName).joined(separator: "+"))
    do { try directory.checkReplaceable() } catch {
      throw CommandFailure(error.description, code: ExitCode.cannotCreate)
    }

    let clock = ContinuousClock()
    let started = clock.now
    let startedAt = Date.now
    let parameters = scenarios.map(ModelParameters.init)
    let progress = Progress(
      label: "replications", show: console.errIsTerminal || args.flags.contains("progress"), console: console)
    let (tables, work) = try await Comparison.run(parameters, jobs: jobs) { done, total in
      progress.update(done, total)
    }
    progress.finish()
    let simulated = clock.now - started
    let comparison = PairedComparison(base: tables[0], variants: Array(tables.dropFirst()))
    let compare = CompareFiles(
      scenarios: scenarios, seed: parameters[0].run.seed, replications: parameters[0].run.replications,
      rows: comparison.rows)
    var (files, digest) = compare.render()
    let wall = clock.now - started
    let info = RunInfo.json(
      wall: wall, jobs: jobs, startedAt: startedAt, work: RunInfo.Work(work, simulated: simulated))
    files.append(("run-info.json", Array(info.utf8)))
    do { try directory.write(files) } catch {
      throw CommandFailure(error.description, code: ExitCode.cannotCreate)
    }
    console.out(CompareTable.text(compare))
    console.out(
      "wrote \(directory.path) (digest \(digest.prefix(16))…, \(String(format: "%.1f", RunInfo.seconds(wall))) s)\n")
    return ExitCode.success
  }

  /// Loads the base and every variant, checking all of them before failing.
  ///
  /// Variants get the base's seed and replication count (after the command
  /// line's), so all scenarios share their random numbers; `--set` applies to all.
  static func load(_ args: Arguments) throws -> [ResolvedScenario] {
    var failures: [CommandFailure] = []
    var base: ResolvedScenario?
    do { base = try ScenarioInput.load(args.positionals[0], args).0 } catch let failure as CommandFailure {
      if failure.code == ExitCode.usage { throw failure }
      failures.append(failure)
    }
    var variants: [ResolvedScenario] = []
    for file in args.positionals.dropFirst() {
      var overrides = args.values("set")
      if let base {
        overrides += ["run.seed=\(base.int("run.seed"))", "run.replications=\(base.int("run.replications"))"]
      }
      do { variants.append(try ScenarioInput.load(file, overrides: overrides)) } catch { failures.append(error) }
    }
    guard failures.isEmpty, let base else {
      throw CommandFailure(
        failures.map(\.message).joined(separator: "\n"), code: failures.map(\.code).max() ?? ExitCode.dataError)
    }
    return [base] + variants
  }
}
