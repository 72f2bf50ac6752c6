import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// Text from a scenario file (its name, its description) is printed with
/// control characters escaped, so a file cannot send escape sequences to the
/// user's terminal (clear the screen, retitle the window, hide text).
@Suite("Terminal escapes")
struct TerminalEscapeTests {
  static let escape = "\u{1B}"

  @Test func describeEscapesTheNameAndDescription() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(
      dir, "evil.json",
      #"{"extends": "\#(PackagePaths.baseline)", "name": "evil\u001b[2J", "description": "a\u0007b\u009bc\rd"}"#)
    let r = await reentry(["describe", file])
    #expect(r.code == 0, "\(r.err)")
    #expect(!r.out.contains(Self.escape))
    #expect(!r.out.contains("\u{07}") && !r.out.contains("\u{9B}") && !r.out.contains("\r"))
    #expect(r.out.hasPrefix("scenario: evil\\u{1B}[2J\ndescription: a\\u{07}b\\u{9B}c\\u{0D}d\n"), "\(r.out)")
  }

  @Test func errorsEscapeValuesFromTheFile() async {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let file = writeFile(dir, "evil.json", #"{"name": 3, "x\u001b]0;owned\u0007": 1}"#)
    let r = await reentry(["validate", file])
    #expect(r.code == 65)
    #expect(!r.err.contains(Self.escape) && !r.err.contains("\u{07}"), "\(r.err)")
  }

  @Test func progressStillReturnsToTheStartOfTheLine() {
    #expect(TerminalText.escaped("\rpoints 1/2") == "\rpoints 1/2")
    #expect(TerminalText.escaped("a\tb\nc") == "a\tb\nc")
    #expect(TerminalText.escaped("a\rb") == "a\\u{0D}b")
  }
}
