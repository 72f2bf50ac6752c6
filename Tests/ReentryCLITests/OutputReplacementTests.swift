import Foundation
import ReentryTestSupport
import Testing

/// When an existing result may be replaced: only a result of the same kind
/// holding nothing but our files, other files only with `--force`, and a
/// `report.html` removed with a note (issue 17.6).
@Suite("Replacing a result")
struct OutputReplacementTests {
  static func run(_ world: ExperimentWorld, _ out: String, _ extra: [String] = []) async -> CLIOutcome {
    await reentry(["run", world.path("small.json"), "--out", out, "--jobs", "2"] + extra)
  }

  @Test func userFilesBesideAResultAreKeptAndNamed() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let out = world.path("baseline")
    #expect(await Self.run(world, out).code == 0)
    let notes = writeFile(URL(fileURLWithPath: out), "notes.txt", "mine\n")
    writeFile(URL(fileURLWithPath: out + "/analysis"), "plot.py", "print(1)\n")
    let refused = await Self.run(world, out)
    #expect(refused.code == 73)
    #expect(refused.err.contains("\(out): holds analysis/, notes.txt beside the result of reentry"), "\(refused.err)")
    #expect(refused.err.contains("--force"))
    #expect(FileManager.default.fileExists(atPath: notes))

    let forced = await Self.run(world, out, ["--force"])
    #expect(forced.code == 0, "\(forced.err)")
    #expect(forced.err.contains("removed with --force from \(out): analysis/, notes.txt"))
    #expect(!FileManager.default.fileExists(atPath: notes))
  }

  @Test func aStaleReportIsRemovedWithANote() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let out = world.path("baseline")
    #expect(await Self.run(world, out).code == 0)
    #expect(await reentry(["report", out]).code == 0)
    let r = await Self.run(world, out)
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("removed \(out)/report.html: it showed the replaced result"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out + "/report.html"))
  }

  @Test func aResultOfAnotherKindIsNeverReplaced() async throws {
    let reference = try await SweepReference.shared.value
    let sweep = reference.world.path("sweep-as-run-out")
    try FileManager.default.copyItem(atPath: reference.out, toPath: sweep)
    let before = deterministicTree(sweep)
    for extra in [[], ["--force"]] {
      let r = await reentry(["run", reference.world.path("small.json"), "--out", sweep] + extra)
      #expect(r.code == 73)
      #expect(r.err.contains("\(sweep): holds a sweep result of reentry, not a run"), "\(r.err)")
    }
    #expect(deterministicTree(sweep) == before)

    let run = reference.world.path("run-as-sweep-out")
    #expect(await reentry(["run", reference.world.path("small.json"), "--out", run, "--jobs", "2"]).code == 0)
    let r = await reentry(["sweep", reference.sweepFile, "--out", run])
    #expect(r.code == 73)
    #expect(r.err.contains("\(run): holds a run result of reentry, not a sweep"), "\(r.err)")
    #expect(FileManager.default.fileExists(atPath: run + "/summary.csv"))
  }

  @Test func aSweepWithUserFilesIsRefusedUnlessForced() async throws {
    let reference = try await SweepReference.shared.value
    let out = reference.world.path("sweep-with-notes")
    try FileManager.default.copyItem(atPath: reference.out, toPath: out)
    writeFile(URL(fileURLWithPath: out), "notes.txt", "mine\n")
    let refused = await reentry(["sweep", reference.sweepFile, "--out", out])
    #expect(refused.code == 73)
    #expect(refused.err.contains("holds notes.txt beside the result of reentry"), "\(refused.err)")
    let forced = await reentry(["sweep", reference.sweepFile, "--out", out, "--force", "--jobs", "2"])
    #expect(forced.code == 0, "\(forced.err)")
    #expect(deterministicTree(out) == deterministicTree(reference.out))
  }
}
