import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// What is not ours is never touched: single-file outputs never replace a
/// FIFO, a link or a user's file; clean-up leaves look-alike folders alone;
/// paths are resolved before they are checked; file-system errors are one
/// line naming the path and the reason.
@Suite("Output safety")
struct OutputSafetyTests {
  /// A path in `dir` holding a FIFO.
  static func fifo(_ dir: URL, _ name: String) -> String {
    let path = dir.appendingPathComponent(name).path
    #expect(mkfifo(path, 0o644) == 0)
    return path
  }

  static func fileType(_ path: String) -> mode_t {
    var info = stat()
    #expect(lstat(path, &info) == 0, "\(path) is gone")
    return info.st_mode & S_IFMT
  }

  @Test func aReportNeverReplacesAFIFOALinkOrAUsersFile() async throws {
    let w = try await ReportWorld.shared.value
    let dir = w.world.dir.appendingPathComponent("single-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let fifo = Self.fifo(dir, "pipe.html")
    let target = writeFile(dir, "target.html", "mine\n")
    let link = dir.appendingPathComponent("link.html").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let user = writeFile(dir, "notes.html", "<p>my notes</p>\n")
    for out in [fifo, link, user] {
      let r = await reentry(["report", w.run, "--out", out])
      #expect(r.code == 73, "\(out): \(r.err)")
      #expect(r.err.hasPrefix(out), "\(r.err)")
      #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
    }
    #expect(Self.fileType(fifo) == S_IFIFO)
    #expect(Self.fileType(link) == S_IFLNK)
    #expect(readText(target) == "mine\n")
    #expect(readText(user) == "<p>my notes</p>\n")
    let forced = await reentry(["report", w.run, "--out", user, "--force"])
    #expect(forced.code == 0, "\(forced.err)")
    #expect(readText(user)?.contains("<meta name=\"generator\" content=\"reentry") == true)
    let again = await reentry(["report", w.run, "--out", user])
    #expect(again.code == 0, "a report of ours is replaced: \(again.err)")
  }

  @Test func validateModelRefusesAUsersFileBeforeSimulating() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let user = world.write("validation.csv", "my,own,table\n")
    let fifo = Self.fifo(world.dir, "pipe.csv")
    for out in [user, fifo] {
      let r = await reentry(["validate-model", world.path("small.json"), "--out", out, "--progress"])
      #expect(r.code == 73, "\(out): \(r.err)")
      #expect(!r.err.contains("replications"), "simulated before refusing: \(r.err)")
    }
    #expect(readText(user) == "my,own,table\n")
    #expect(Self.fileType(fifo) == S_IFIFO)
  }

  @Test func aSlurmScriptNeverReplacesALinkOrAUsersFile() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let sweep = world.write("grid.json", ExperimentWorld.gridSweep())
    let user = world.write("submit.sh", "echo mine\n")
    let link = world.path("link.sh")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: user)
    for out in [user, link] {
      let r = await reentry(["sweep", sweep, "--slurm", "--shards", "2", "--script", out])
      #expect(r.code == 73, "\(out): \(r.err)")
    }
    #expect(readText(user) == "echo mine\n")
    #expect(Self.fileType(link) == S_IFLNK)
    let fresh = world.path("fresh.sh")
    #expect(await reentry(["sweep", sweep, "--slurm", "--shards", "2", "--script", fresh]).code == 0)
    let again = await reentry(["sweep", sweep, "--slurm", "--shards", "2", "--script", fresh])
    #expect(again.code == 0, "a script of ours is replaced: \(again.err)")
  }

  @Test func lookAlikeFoldersOfAUserSurviveACleanUp() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let thesis = writeFile(world.dir.appendingPathComponent(".thesis.tmp-99998"), "ch1.txt", "chapter one\n")
    let photos = writeFile(world.dir.appendingPathComponent(".photos.old-99999"), "a.jpg", "jpeg\n")
    let r = await reentry(["run", world.path("small.json"), "--out", world.path("res"), "--jobs", "2"])
    #expect(r.code == 0, "\(r.err)")
    #expect(readText(thesis) == "chapter one\n")
    #expect(readText(photos) == "jpeg\n")
    #expect(!FileManager.default.fileExists(atPath: world.path("photos")))
  }

  @Test(arguments: ["/../D", "/."])
  func aPathWithDotsReplacesThePreviousResult(_ suffix: String) async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let d = world.path("D")
    let first = await reentry(["run", world.path("small.json"), "--out", d, "--jobs", "2"])
    #expect(first.code == 0, "\(first.err)")
    let out = suffix == "/." ? d + "/." : d + "/../D"
    let r = await reentry(["run", world.path("small.json"), "--out", out, "--jobs", "2", "--seed", "9"])
    #expect(r.code == 0, "\(r.err)")
    #expect(readText(d + "/manifest.json")?.contains("\"seed\": 9") == true, "\(readText(d + "/manifest.json") ?? "")")
    let left = try FileManager.default.contentsOfDirectory(atPath: world.dir.path).filter { $0.hasPrefix(".D") }
    #expect(left.isEmpty, "\(left)")
  }

  @Test func aFileWhereADirectoryIsExpectedIsOneLineNamingThePath() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let blocker = world.write("blocker", "x\n")
    let commands: [[String]] = [
      ["validate-model", world.path("small.json"), "--out", blocker + "/v.csv"],
      ["run", world.path("small.json"), "--out", blocker + "/res"],
    ]
    for command in commands {
      let r = await reentry(command)
      #expect(r.code == 73, "\(command): \(r.err)")
      #expect(r.err.contains(blocker), "\(r.err)")
      #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("error 512"), "\(r.err)")
      #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
    }
  }

  @Test func aReportUnderAFileIsOneLineNamingThePathAndTheReason() async throws {
    let w = try await ReportWorld.shared.value
    let blocker = writeFile(w.world.dir, "report-blocker-\(UUID().uuidString)", "x\n")
    for extra in [["--out", blocker + "/r.html"], ["--figures", blocker + "/figs", "--out", blocker + ".html"]] {
      let r = await reentry(["report", w.run] + extra)
      #expect(r.code == 73, "\(extra): \(r.err)")
      #expect(r.err.contains(blocker + " is not a directory"), "\(r.err)")
      #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("error 512"), "\(r.err)")
      #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
    }
  }

  /// A damaged unfinished-sweep marker is named, with the way out that works (not "not a result of reentry").
  @Test func aDamagedSweepStateSaysHowToStartOver() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let sweep = world.write("grid.json", ExperimentWorld.gridSweep())
    let out = world.path("broken")
    _ = writeFile(URL(fileURLWithPath: out), "sweep-state.json", "{")
    _ = writeFile(URL(fileURLWithPath: out + "/points"), "000000.csv", "half\n")
    let r = await reentry(["sweep", sweep, "--out", out, "--resume"])
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.contains("sweep-state.json is damaged") && r.err.contains("remove the directory"), "\(r.err)")
    #expect(readText(out + "/points/000000.csv") == "half\n")
  }

  static var emptyMountPoint: String? {
    let path = "/dev/shm"
    var here = stat()
    var parent = stat()
    guard getuid() == 0, stat(path, &here) == 0, stat("/dev", &parent) == 0, here.st_dev != parent.st_dev,
      (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true
    else { return nil }
    return path
  }

  /// An empty mount point cannot be renamed: refused before simulating, in one line.
  @Test(.enabled(if: emptyMountPoint != nil))
  func anEmptyMountPointIsRefusedBeforeSimulating() async throws {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let mount = try #require(Self.emptyMountPoint)
    let r = await reentry(["run", world.path("small.json"), "--out", mount, "--progress"])
    #expect(r.code == 73, "\(r.err)")
    #expect(r.err.hasPrefix("\(mount): "), "\(r.err)")
    #expect(r.err.contains("mount point"), "\(r.err)")
    #expect(!r.err.contains("replications"), "simulated before refusing: \(r.err)")
    #expect(!r.err.contains("NSCocoaErrorDomain"), "\(r.err)")
  }
}
