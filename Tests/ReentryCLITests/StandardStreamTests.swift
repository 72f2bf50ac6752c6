import Foundation
import ReentryTestSupport
import Testing

/// Issue 17, item 3: a full, closed or abandoned standard output or error
/// ends the real executable with an exit code, never a crash (the old
/// `FileHandle.write` trapped with exit 132; SIGPIPE killed it with 141).
@Suite(.serialized, .enabled(if: ReentryExecutable.path != nil, "build the reentry executable first"))
struct StandardStreamTests {
  /// How the child ended: its exit code, or the signal that killed it.
  struct Ending: Equatable, CustomStringConvertible {
    let code: Int32
    let bySignal: Bool
    var description: String { bySignal ? "killed by signal \(code)" : "exit \(code)" }
    static func exit(_ code: Int32) -> Ending { Ending(code: code, bySignal: false) }
  }

  /// Runs `executable arguments` with the given standard output and error; its ending.
  static func run(_ executable: String, _ arguments: [String], out: Any, err: Any) throws -> Ending {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    return Ending(code: process.terminationStatus, bySignal: process.terminationReason == .uncaughtSignal)
  }

  static var reentry: String { ReentryExecutable.path ?? "reentry" }

  static func full() throws -> FileHandle { try #require(FileHandle(forWritingAtPath: "/dev/full")) }

  /// A file to collect a child's standard error in.
  static func errorFile(_ dir: URL) throws -> (FileHandle, String) {
    let path = writeFile(dir, "stderr.txt", "")
    return (try #require(FileHandle(forWritingAtPath: path)), path)
  }

  @Test func helpToAFullStdoutIsAnIOError() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let (err, errPath) = try Self.errorFile(dir)
    let ending = try Self.run(Self.reentry, ["--help"], out: try Self.full(), err: err)
    #expect(ending == .exit(74))
    #expect(readText(errPath)?.contains("cannot write to standard output: No space left on device") == true)
  }

  @Test func validateWithAFullStderrKeepsItsExitCode() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let bad = writeFile(dir, "bad.json", "{not json")
    let ending = try Self.run(Self.reentry, ["validate", bad], out: FileHandle.nullDevice, err: try Self.full())
    #expect(ending == .exit(65))
  }

  @Test func runWithAClosedStdoutWritesItsResultAndExits74() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let scenario = writeFile(dir, "small.json", ScenarioText.small())
    let out = dir.appendingPathComponent("result").path
    let (err, errPath) = try Self.errorFile(dir)
    // The shell closes descriptor 1 (`>&-`) before it becomes reentry.
    let ending = try Self.run(
      "/bin/sh", ["-c", #"exec "$0" "$@" >&-"#, Self.reentry, "run", scenario, "--jobs", "2", "--out", out],
      out: FileHandle.nullDevice, err: err)
    #expect(ending == .exit(74))
    #expect(readText(errPath)?.contains("cannot write to standard output: standard output is closed") == true)
    guard case .complete = ResultDirectoryState.ofRun(out) else {
      Issue.record("the result was not kept: \(ResultDirectoryState.ofRun(out))")
      return
    }
  }

  @Test func aReaderThatLeavesEndsTheOutputQuietly() throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let (err, errPath) = try Self.errorFile(dir)
    let pipe = Pipe()
    // The smallest pipe buffer (one page), so the 30 KB that describe prints
    // can never fit: the child must meet the closed pipe (like `| head -1`).
    let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ (Linux)
    _ = fcntl(pipe.fileHandleForWriting.fileDescriptor, setPipeSize, 4096)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.reentry)
    process.arguments = ["describe", PackagePaths.baseline]
    process.standardOutput = pipe
    process.standardError = err
    try process.run()
    try pipe.fileHandleForReading.close()
    try pipe.fileHandleForWriting.close()
    process.waitUntilExit()
    let ending = Ending(code: process.terminationStatus, bySignal: process.terminationReason == .uncaughtSignal)
    #expect(ending == .exit(0))
    #expect(readText(errPath) == "")
  }
}
