import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// One writer at a time per output directory (issue 17.7).
@Suite("Output lock")
struct OutputLockTests {
  @Test func aDirectoryInUseIsRefusedNamingTheProcess() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let out = world.path("busy")
    let lock = try OutputLock(out)
    let r = await reentry(["run", world.path("small.json"), "--out", out])
    #expect(r.code == 73)
    #expect(r.err.contains("\(out) is in use by process \(getpid())"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
    lock.release()
    let after = await reentry(["run", world.path("small.json"), "--out", out, "--jobs", "2"])
    #expect(after.code == 0, "\(after.err)")
    #expect(!FileManager.default.fileExists(atPath: world.path(".busy.lock")), "the lock file goes with the lock")
  }

  @Test func twoRunsAtOnceDoNotBothSucceed() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let out = world.path("same")
    let arguments = ["run", world.path("small.json"), "--out", out, "--jobs", "1"]
    async let first = reentry(arguments)
    async let second = reentry(arguments)
    let codes = await [first.code, second.code].sorted()
    #expect(codes == [0, 73])
  }

  @Test func aMergeIntoADirectoryInUseIsRefused() async throws {
    let reference = try await SweepReference.shared.value
    let out = reference.world.path("merge-busy")
    let lock = try OutputLock(out)
    defer { lock.release() }
    let r = await reentry(["merge", reference.out, "--out", out])
    #expect(r.code == 73)
    #expect(r.err.contains("\(out) is in use by process"), "\(r.err)")
  }

  /// A sweep and a robustness analysis take the lock `run` takes, resumed or not.
  @Test(arguments: [false, true])
  func aSweepIntoADirectoryInUseIsRefused(_ resume: Bool) async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let sweep = world.write("grid.json", ExperimentWorld.gridSweep())
    let out = world.path("sweep-busy")
    let lock = try OutputLock(out)
    let r = await reentry(["sweep", sweep, "--out", out, "--jobs", "2"] + (resume ? ["--resume"] : []))
    lock.release()
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.contains("\(out) is in use by process \(getpid())"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out + "/points"), "points were computed")
  }

  @Test func aRobustnessAnalysisIntoADirectoryInUseIsRefused() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    world.write("norm20.json", #"{"extends": "small.json", "name": "norm20", "casemanagers": {"caseloadNorm": 20}}"#)
    let out = world.path("robust-busy")
    let lock = try OutputLock(out)
    let r = await reentry([
      "robustness", world.path("small.json"), world.path("norm20.json"), "--draws", "1", "--filter", "none",
      "--replications", "1", "--out", out, "--resume",
    ])
    lock.release()
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.contains("\(out) is in use by process \(getpid())"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out + "/points"), "draws were computed")
  }

  /// The report and validate-model write single files under the same lock.
  @Test func aReportIntoAFileInUseIsRefused() async throws {
    let w = try await ReportWorld.shared.value
    let out = w.world.path("busy-\(UUID().uuidString).html")
    let lock = try OutputLock(out)
    let r = await reentry(["report", w.run, "--out", out])
    lock.release()
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.contains("\(out) is in use by process \(getpid())"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
