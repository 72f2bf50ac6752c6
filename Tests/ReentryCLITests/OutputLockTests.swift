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
}
