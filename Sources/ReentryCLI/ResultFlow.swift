import Foundation
import ReentryExperiments

/// The flow shared by the commands that run replications and write a result
/// (run, compare, sweep, robustness, sensitivity, validate-model): the
/// `--jobs` default, the output policy, progress, timing, run-info and the
/// "wrote …" line.
///
/// Kept in one place so the commands cannot disagree on these details (they
/// used to: different number formats, and `--out` checked for being
/// replaceable but not for being writable until after the simulation).
struct ResultFlow {
  static let jobs = OptionSpec.option(
    "jobs", "N", "replications run at once (default: number of cores); never changes results")
  static let out = OptionSpec.option("out", "DIR", "output directory")
  static let progress = OptionSpec.flag("progress", "show progress on stderr even when it is not a terminal")
  static let force = OptionSpec.flag(
    "force", "replace a result in DIR even if other files are beside it\n(they are deleted with it)")

  /// The options of every command that runs replications and writes a result directory.
  static let options = [jobs, out, force, progress]

  /// Replications (or evaluations) at once: `--jobs`, else the number of cores.
  let jobs: Int
  private let progressDisplay: Progress
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  /// When the work started, for run-info.json.
  let startedAt = Date.now

  /// Starts timing; `label` names what the progress counts (replications, points, evaluations).
  init(_ args: Arguments, console: Console, label: String) throws(CommandFailure) {
    jobs = try args.integer("jobs", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
    progressDisplay = Progress(
      label: label, show: console.errIsTerminal || args.flags.contains("progress"), console: console)
    started = clock.now
  }

  /// How a command writing a result of `kind` may write it: `--force` from
  /// its arguments, clean-ups told on standard error. Every command that
  /// writes a result claims its output through this before anything runs.
  static func policy(_ kind: String, _ args: Arguments, console: Console) -> OutputPolicy {
    OutputPolicy(kind: kind, force: args.flags.contains("force"), note: console.err)
  }

  /// The progress callback to hand to the runners.
  var progress: @Sendable (Int, Int) -> Void {
    let display = progressDisplay
    return { done, total in display.update(done, total) }
  }

  /// Ends the progress line; the time spent so far (the simulation's share of the wall time).
  func finishProgress() -> Duration {
    progressDisplay.finish()
    return elapsed
  }

  /// Wall time since the flow started.
  var elapsed: Duration { clock.now - started }

  /// run-info.json: wall time, jobs, start and the work done (covered by no digest).
  func runInfo(_ work: RunInfo.Work) -> (name: String, bytes: [UInt8]) {
    ("run-info.json", Array(RunInfo.json(wall: elapsed, jobs: jobs, startedAt: startedAt, work: work).utf8))
  }

  /// "wrote DIR (digest 0123456789abcdef…, 12.3 s)", with `extra` before the closing parenthesis.
  func wrote(_ path: String, digest: String, extra: String = "") -> String {
    "wrote \(path) (digest \(digest.prefix(16))…, \(WallTime.text(elapsed))\(extra))\n"
  }
}
