import Foundation
import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryExperiments

/// No data lost: the real executable is killed with SIGKILL at pseudo-random
/// moments (fixed seed), and its output directory must hold a complete result
/// or nothing, never a partial file; a killed sweep must resume to the very
/// same result as an uninterrupted one.
@Suite(
  .serialized,
  .enabled(if: ReentryExecutable.path != nil, "run `swift build` first to test kills of the real executable"))
struct KillTests {
  static let executable = ReentryExecutable.built

  /// Runs the executable to the end; its exit code and wall time.
  @discardableResult
  static func complete(_ arguments: [String]) throws -> (code: Int32, seconds: Double) {
    let process = try start(arguments)
    let started = ContinuousClock.now
    process.waitUntilExit()
    return (process.terminationStatus, RunInfo.seconds(ContinuousClock.now - started))
  }

  /// Starts the executable, kills it with SIGKILL after `seconds` (unless it finished) and waits for it.
  static func kill(_ arguments: [String], after seconds: Double) throws {
    let process = try start(arguments)
    Thread.sleep(forTimeInterval: seconds)
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Pseudo-random kill delays from a fixed seed: half anywhere in [0, 1.2 × a full run],
  /// half in [0.8, 1.05] × a full run, where the files are written.
  static func delays(_ count: Int, fullRun: Double, purpose: String) -> [Double] {
    var s = RandomStream(seed: 9, replication: 0, kind: StreamLabel("kill"), entity: 0, purpose: StreamLabel(purpose))
    return (0..<count).map { i in i % 2 == 0 ? s.nextDouble() * 1.2 * fullRun : (0.8 + 0.25 * s.nextDouble()) * fullRun
    }
  }

  @Test func killedRunLeavesACompleteResultOrNothing() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "kill.json", ScenarioText.small(name: "kill"))
    let out = dir.appendingPathComponent("results/kill").path
    func run(seed: Int, into target: String = out) -> [String] {
      ["run", scenario, "--seed", "\(seed)", "--jobs", "2", "--out", target]
    }

    let timing = try Self.complete(run(seed: 1, into: dir.appendingPathComponent("timing").path))
    #expect(timing.code == 0)
    // No result yet: each kill leaves nothing or a complete result.
    for delay in Self.delays(4, fullRun: timing.seconds, purpose: "first") {
      try Self.kill(run(seed: 1), after: delay)
      let state = ResultDirectoryState.ofRun(out)
      if case .partial(let why) = state { Issue.record("killed after \(delay) s with no earlier result: \(why)") }
    }
    try? FileManager.default.removeItem(atPath: out)
    #expect(try Self.complete(run(seed: 1)).code == 0)
    guard case .complete(let first) = ResultDirectoryState.ofRun(out) else {
      Issue.record("a finished run left no complete result")
      return
    }
    // A complete result exists: each kill of a run with another seed leaves the old or the new one.
    var seen: [String] = []
    for delay in Self.delays(6, fullRun: timing.seconds, purpose: "second") {
      try Self.kill(run(seed: 2), after: delay)
      switch ResultDirectoryState.ofRun(out) {
      case .complete(let digest): seen.append(digest)
      case .nothing: Issue.record("killed after \(delay) s: the previous result is gone")
      case .partial(let why): Issue.record("killed after \(delay) s: \(why)")
      }
    }
    #expect(try Self.complete(run(seed: 2)).code == 0)
    guard case .complete(let second) = ResultDirectoryState.ofRun(out) else {
      Issue.record("the second finished run left no complete result")
      return
    }
    #expect(first != second)
    #expect(seen.allSatisfy { $0 == first || $0 == second }, "a result that is neither the old nor the new one")
    // Nothing but our hidden staging directories beside the result.
    let beside = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("results").path)
    #expect(beside.allSatisfy { $0 == "kill" || $0.hasPrefix(".kill.") }, "\(beside)")
  }

  @Test func killedSweepKeepsWholePointsAndResumes() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    writeFile(dir, "base.json", ScenarioText.small(name: "base"))
    let sweep = writeFile(
      dir, "kill-sweep.json",
      """
      {"name": "kill-sweep", "base": "base.json", "replications": 1, "seed": 5,
       "vary": [{"path": "casemanagers.caseloadNorm", "values": [15, 20, 25, 30, 35, 40]}]}
      """)
    let plan = try SweepFile.load(sweep).plan
    let reference = dir.appendingPathComponent("reference").path
    let timing = try Self.complete(["sweep", sweep, "--jobs", "2", "--out", reference])
    #expect(timing.code == 0)
    let expected = try #require(readText(reference + "/sweep.csv"))

    let out = dir.appendingPathComponent("killed").path
    var resume: [String] = []
    for delay in Self.delays(4, fullRun: timing.seconds, purpose: "sweep") {
      try Self.kill(["sweep", sweep, "--jobs", "2", "--out", out] + resume, after: delay)
      let problems = ResultDirectoryState.sweepProblems(out, plan: plan)
      #expect(problems.isEmpty, "killed after \(delay) s: \(problems)")
      resume = ["--resume"]
    }
    #expect(try Self.complete(["sweep", sweep, "--jobs", "2", "--out", out, "--resume"]).code == 0)
    #expect(readText(out + "/sweep.csv") == expected, "the resumed sweep differs from an uninterrupted one")
    #expect(ResultDirectoryState.temporaries(out).isEmpty, "temporary files left after --resume")
    #expect(!FileManager.default.fileExists(atPath: out + "/sweep-state.json"))
  }
}
