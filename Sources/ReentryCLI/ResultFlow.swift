import Foundation
import ReentryExperiments

/// The flow shared by the commands that run replications and write a result
/// (run, compare, sweep, sensitivity, validate-model): the `--jobs` default,
/// the up-front check of the output, progress, timing, run-info, the write
/// with its exit code 73 and the "wrote …" line.
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

  /// Checks before anything runs that `path` may be replaced and can be written, and locks it
  /// for the rest of the command, or fails with 73.
  ///
  /// The kind of result, `--force` and where to report clean-ups come from
  /// the `Invocation`. The lock lives as long as the returned directory, that
  /// is until the command has written its result, so a second command given
  /// the same `--out` meanwhile is refused instead of silently replacing it.
  static func checkedDirectory(_ path: String) throws(CommandFailure) -> OutputDirectory {
    let invocation = Invocation.current
    var note: @Sendable (String) -> Void = { _ in }
    if let invocation { note = invocation.note }
    var directory = OutputDirectory(
      path, kind: invocation?.resultKind, force: invocation?.force ?? false, note: note)
    do throws(OutputError) {
      try directory.checkReplaceable()
      try directory.checkWritable()
      directory.lock = try OutputLock(path)
    } catch {
      throw CommandFailure(error.description, code: .cannotCreate)
    }
    return directory
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

  /// Writes the files into `directory` atomically, or fails with 73.
  static func write(_ files: [(name: String, bytes: [UInt8])], to directory: OutputDirectory) throws(CommandFailure) {
    do { try directory.write(files) } catch { throw CommandFailure(error.description, code: .cannotCreate) }
  }

  /// "wrote DIR (digest 0123456789abcdef…, 12.3 s)", with `extra` before the closing parenthesis.
  func wrote(_ path: String, digest: String, extra: String = "") -> String {
    "wrote \(path) (digest \(digest.prefix(16))…, \(WallTime.text(elapsed))\(extra))\n"
  }
}
