import Foundation
import ReentryTestSupport
import Testing

/// `reentry sweep --slurm`: the submit script and its error paths.
///
/// The script is run for real on a one-node SLURM cluster by `.ci/slurm-check`;
/// these tests check what can be checked without one.
@Suite struct SlurmScriptTests {
  func sweepFile(_ dir: URL) -> String {
    writeFile(
      dir, "tiny sweep.json",
      """
      {"name": "tiny", "base": "\(ModelFixture.path("Scenarios/baseline.json"))",
       "vary": [{"path": "casemanagers.caseloadNorm", "values": [20, 30, 40]}], "replications": 1}
      """)
  }

  @Test func scriptRunsShardsAsAnArrayAndMergesAfterOk() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("it's out").path
    let r = await reentry([
      "sweep", sweepFile(dir), "--slurm", "--shards", "3", "--partition", "short", "--time", "00:30:00",
      "--cpus-per-task", "4", "--mem", "8G", "--reentry", "/opt/my tools/reentry", "--out", out,
    ])
    #expect(r.code == 0, "\(r.err)")
    let script = r.out
    #expect(script.contains("--array=0-2"))
    #expect(script.contains(#"--shard "\$shard/3""#))
    #expect(script.contains("shard=\\$((SLURM_ARRAY_TASK_ID + 1))"))
    #expect(script.contains("--dependency=afterok:$array_job --kill-on-invalid-dep=yes"))
    #expect(script.contains("merge shards/shard-1 shards/shard-2 shards/shard-3 --out merged"))
    #expect(script.contains("--partition='short'") && script.contains("--time='00:30:00'"))
    #expect(script.contains("--cpus-per-task=4") && script.contains("--mem='8G'"))
    #expect(script.contains("reentry='/opt/my tools/reentry'"))
    #expect(script.contains("out='\(out.replacingOccurrences(of: "'", with: "'\\''"))'"))
    #expect(script.contains("set -euo pipefail"))
    // The script is valid bash.
    let file = writeFile(dir, "submit.sh", script)
    let bash = Process()
    bash.executableURL = URL(fileURLWithPath: "/bin/bash")
    bash.arguments = ["-n", file]
    try bash.run()
    bash.waitUntilExit()
    #expect(bash.terminationStatus == 0)
  }

  @Test func scriptCanBeWrittenToAFile() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let target = dir.appendingPathComponent("submit.sh").path
    let r = await reentry(["sweep", sweepFile(dir), "--slurm", "--shards", "2", "--script", target])
    #expect(r.code == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: target)
    #expect(((attributes[.posixPermissions] as? Int) ?? 0) & 0o100 != 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("--array=0-1"))
    // Nothing ran: no results directory was made.
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Results").path))
  }

  @Test(arguments: [
    ["--slurm"], ["--slurm", "--shards", "0"], ["--slurm", "--shards", "4"],
    ["--slurm", "--shards", "2", "--time", "soon"], ["--slurm", "--shards", "2", "--mem", "lots"],
  ])
  func badSlurmOptionsAreUsageErrors(extra: [String]) async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let r = await reentry(["sweep", sweepFile(dir)] + extra)
    #expect(r.code == 64, "\(extra): \(r.err)")
  }
}
