import Foundation
import ReentryTestSupport
import Testing

/// A calibration shard that fails stops the shards that follow it (instead of their waiting until the time
/// limit), naming it and its log; `merge` given a calibration says what to run instead.
@Suite("Calibrate shard failures")
struct CalibrateShardFailureCLITests {
  /// `reentry` with `arguments`, cancelled after `seconds` (a shard that waits forever then fails the test).
  static func bounded(_ arguments: [String], seconds: Double = 60) async -> CLIOutcome {
    let running = Task { await reentry(arguments) }
    let watchdog = Task {
      try await Task.sleep(for: .seconds(seconds))
      running.cancel()
    }
    defer { watchdog.cancel() }
    return await running.value
  }

  static func shard(_ out: String, _ k: Int, follow: Bool = false) -> [String] {
    CalibrateCLITests.arguments(out: out, jobs: 1) + ["--shard", "\(k)/2"] + (follow ? ["--follow"] : [])
  }

  @Test func aFollowingShardStopsWhenTheOneItWaitsForFailed() async throws {
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let second = await reentry(Self.shard(out, 2))
    #expect(second.code == 0 && second.out.contains("waits for"), "\(second.err)")
    // Shard 2 dies as the SLURM script reports it: exit status and log in its mark.
    let mark = out + "-shard-2-of-2.failed"
    try Data("exit status 137; log /cluster/logs/shard-1.out\n".utf8).write(to: URL(fileURLWithPath: mark))
    let first = await Self.bounded(Self.shard(out, 1, follow: true))
    #expect(first.code == 70, "\(first.code): \(first.err)")
    #expect(first.err.contains("shard 2/2 failed") && first.err.contains("/cluster/logs/shard-1.out"), "\(first.err)")
    #expect(first.err.contains(mark), "\(first.err)")
    // Shard 1 marks itself, so a shard waiting for it stops too and names the first failure.
    let own = try #require(readText(out + "-shard-1-of-2.failed"))
    #expect(own.hasPrefix("stopped: shard 2/2 failed") && own.contains("/cluster/logs/shard-1.out"), "\(own)")
    // Run again, a shard clears its mark: the others no longer take it for failed.
    let rerun = await reentry(Self.shard(out, 2))
    #expect(rerun.code == 0, "\(rerun.err)")
    #expect(!FileManager.default.fileExists(atPath: mark))
  }

  @Test func mergeOfACalibrationSaysWhatToRunInstead() async throws {
    let reference = try await CalibrateCLITests.reference.value
    let whole = await reentry(["merge", reference, "--out", reference + "-merged"])
    #expect(whole.code == 64, "\(whole.err)")
    #expect(whole.err.contains("reentry calibrate BASE.json --particles 4 --generations 2"), "\(whole.err)")
    #expect(whole.err.contains("without --shard") && whole.err.contains("--out \(reference)"), "\(whole.err)")
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let shard = await reentry(Self.shard(out, 1))
    #expect(shard.code == 0, "\(shard.err)")
    let merged = await reentry(["merge", out + "-shard-1-of-2", "--out", out + "-merged"])
    #expect(merged.code == 64 && merged.err.contains("shard 1/2 of a calibration"), "\(merged.err)")
    #expect(merged.err.contains("--out \(out).") && merged.err.contains("--seed"), "\(merged.err)")
    #expect(!FileManager.default.fileExists(atPath: out + "-merged"))
  }
}

extension CalibrateShardFailureCLITests {
  /// Runs `bash file` with `environment` added; returns its exit status.
  static func bash(_ file: String, _ environment: [String: String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [file]
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The submit script run with a stand-in `sbatch` that keeps each job's script, and an array task whose
  /// reentry ends badly: the task adds its exit status and log to its shard's mark; a new submission clears it.
  @Test func aSlurmTaskThatEndsBadlyMarksItsShard() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let bin = dir.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let sbatch = writeFile(
      bin, "sbatch", "#!/bin/bash\nn=$(ls \"$JOBS\" | wc -l)\ncat > \"$JOBS/job-$n.sh\"\necho $((n + 100))\n")
    let crashing = writeFile(bin, "crashing-reentry", "#!/bin/bash\nexit 3\n")
    for file in [sbatch, crashing] {
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
    }
    let jobs = dir.appendingPathComponent("jobs")
    try FileManager.default.createDirectory(at: jobs, withIntermediateDirectories: true)
    let out = dir.appendingPathComponent("cluster out").path
    let r = await reentry(
      CalibrateCLITests.arguments(out: out, jobs: 1) + ["--slurm", "--shards", "2", "--reentry", crashing])
    #expect(r.code == 0, "\(r.err)")
    let submit = writeFile(dir, "submit.sh", r.out)
    let stale = out + "/merged-shard-2-of-2.failed"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try Data("an earlier failure\n".utf8).write(to: URL(fileURLWithPath: stale))
    let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    #expect(try Self.bash(submit, ["PATH": path, "JOBS": jobs.path]) == 0)
    #expect(!FileManager.default.fileExists(atPath: stale), "a new submission clears the marks of the last")
    let task = jobs.appendingPathComponent("job-0.sh").path
    #expect(try Self.bash(task, ["SLURM_ARRAY_TASK_ID": "1", "SLURM_CPUS_PER_TASK": "1"]) == 3)
    #expect(readText(stale) == "exit status 3; log \(out)/logs/shard-1.out\n")
  }
}
