import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// Output replacement and locks at the library's level: what `claimDirectory`
/// and `claimFile` accept, refuse and leave behind.
@Suite("Output policy")
struct OutputPolicyTests {
  static let run = OutputPolicy(kind: "run")

  /// A directory holding a run result of ours.
  static func runResult(_ path: String) {
    _ = writeFile(URL(fileURLWithPath: path), "manifest.json", #"{"tool": "reentry", "files": {}}"#)
  }

  @Test func aClaimedDirectoryIsLockedUntilReleased() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("res").path
    let first = try Self.run.claimDirectory(out)
    #expect(throws: OutputError.self) { try Self.run.claimDirectory(out) }
    #expect(throws: OutputError.self) { try OutputPolicy(kind: "sweep").claimDirectory(out + "/.") }
    first.release()
    let second = try Self.run.claimDirectory(out)
    second.release()
  }

  @Test(arguments: ["/../res", "/.", "/./"])
  func dotsAreResolvedBeforeTheChecks(_ suffix: String) throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("res").path
    Self.runResult(out)
    let claimed = try Self.run.claimDirectory(out + suffix)
    defer { claimed.release() }
    #expect(claimed.path == out)
  }

  @Test func aLinkToADirectoryIsFollowed() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let real = dir.appendingPathComponent("real").path
    Self.runResult(real)
    let link = dir.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let claimed = try Self.run.claimDirectory(link)
    defer { claimed.release() }
    #expect(claimed.path == real)
  }

  @Test func aWrittenDirectoryReplacesTheResultAndLeavesNothingBeside() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("res").path
    Self.runResult(out)
    let claimed = try Self.run.claimDirectory(out)
    try claimed.write([("manifest.json", Array(#"{"tool": "reentry", "files": {"a.csv": "x"}}"#.utf8)), ("a.csv", [])])
    claimed.release()
    #expect(FileManager.default.fileExists(atPath: out + "/a.csv"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["res"])
  }

  @Test func anotherKindOfResultIsRefused() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("res").path
    Self.runResult(out)
    #expect(throws: OutputError.self) { try OutputPolicy(kind: "figures", force: true).claimDirectory(out) }
  }

  @Test func aSingleFileRefusesWhatIsNotARegularFileOfOurs() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let policy = OutputPolicy(kind: "report")
    let fifo = dir.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let user = writeFile(dir, "user.txt", "mine\n")
    let link = dir.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: user)
    for path in [fifo, user, link, dir.path] {
      #expect(throws: OutputError.self, "\(path)") { try policy.claimFile(path, signature: "OURS") }
    }
    for path in [fifo, link] {
      #expect(throws: OutputError.self, "\(path)") {
        try OutputPolicy(kind: "report", force: true).claimFile(path, signature: "OURS")
      }
    }
    let forced = try OutputPolicy(kind: "report", force: true).claimFile(user, signature: "OURS")
    try forced.write(Array("OURS v1\n".utf8))
    forced.release()
    let ours = try policy.claimFile(user, signature: "OURS")
    try ours.write(Array("OURS v2\n".utf8), permissions: 0o755)
    ours.release()
    #expect(readText(user) == "OURS v2\n")
    #expect((try FileManager.default.attributesOfItem(atPath: user)[.posixPermissions] as? Int) == 0o755)
    #expect(readText(link) == "OURS v2\n", "the link is untouched and still leads to the file")
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(left == ["link", "pipe", "user.txt"])
  }

  @Test func aSingleFileIsLocked() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let path = dir.appendingPathComponent("validation.csv").path
    let first = try OutputPolicy(kind: "validate-model").claimFile(path, signature: "figure,")
    #expect(throws: OutputError.self) { try OutputPolicy(kind: "validate-model").claimFile(path, signature: "figure,") }
    first.release()
  }

  @Test func shippedResultsAreListedBesideThem() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    _ = writeFile(dir, ShippedResults.listName, "# shipped\nkept\n")
    let kept = dir.appendingPathComponent("kept").path
    Self.runResult(kept)
    #expect(ShippedResults.containing(kept + "/report.html") == kept)
    #expect(ShippedResults.containing(dir.appendingPathComponent("new").path) == nil)
    #expect(throws: OutputError.self) { try Self.run.claimDirectory(kept) }
    let forced = try OutputPolicy(kind: "run", force: true).claimDirectory(kept)
    forced.release()
  }

  @Test func onlyStagingAreasWithOurMarkerAreCleanedUp() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let lookalike = writeFile(dir.appendingPathComponent(".thesis.tmp-99998"), "ch1.txt", "one\n")
    let aside = writeFile(dir.appendingPathComponent(".photos.old-99999"), "a.jpg", "jpeg\n")
    let area = try StagingArea.create(for: dir.appendingPathComponent("res"))
    let marker = try #require(StagingArea.marker(at: area.url))
    #expect(marker.target == "res" && marker.pid == getpid())
    var notes: [String] = []
    StagingArea.recover(in: dir) { notes.append($0) }
    #expect(readText(lookalike) == "one\n")
    #expect(readText(aside) == "jpeg\n")
    #expect(!FileManager.default.fileExists(atPath: area.url.path), "this process holds no lock on res: stale")
    #expect(notes.count == 1, "\(notes)")
  }
}
