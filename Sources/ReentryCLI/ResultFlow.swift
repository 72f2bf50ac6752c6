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
  /// Replications (or evaluations) at once: `--jobs`, else the number of cores.
  let jobs: Int
  private let progressDisplay: Progress
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  /// When the work started, for run-info.json.
  let startedAt = Date.now

  /// Starts timing; `label` names what the progress counts (replications, points, evaluations).
  init(_ output: OutputOptions, console: Console, label: String) {
    jobs = output.jobs
    progressDisplay = Progress(label: label, show: console.errIsTerminal || output.progress, console: console)
    started = clock.now
  }

  /// How a command writing a result of `kind` may write it: `--force` from
  /// its arguments, clean-ups told on standard error. Every command that
  /// writes a result claims its output through this before anything runs.
  static func policy(_ kind: String, _ args: Arguments, console: Console) -> OutputPolicy {
    OutputPolicy(kind: kind, force: args.flags.contains(OutputOptions.force.name), note: console.err)
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
