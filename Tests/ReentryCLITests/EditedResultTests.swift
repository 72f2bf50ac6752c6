import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI
@testable import ReentryReport

/// `reentry report` checks every file it reads against its digest in
/// manifest.json (issue 17.5): an edited result is refused, naming the file,
/// or with `--allow-edited` rendered under a warning at the top of the page.
@Suite("Edited results")
struct EditedResultTests {
  static let message = "does not match its digest in manifest.json; the result was edited after it was written"

  /// A copy of `directory` with `name` changed by `edit`.
  func edited(_ directory: String, _ name: String, _ world: ExperimentWorld, _ edit: (String) -> String) throws
    -> String
  {
    let copy = world.path("edited-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: directory, toPath: copy)
    try FileManager.default.removeItem(atPath: copy + "/report.html")
    let text = try #require(readText(copy + "/" + name))
    let changed = edit(text)
    #expect(changed != text)
    writeFile(URL(fileURLWithPath: copy), name, changed)
    return copy
  }

  /// The first mean in a summary-shaped table, replaced by 0.99.
  static func changedFirstMean(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    let column = header.firstIndex(of: "mean") ?? header.firstIndex(of: "diff_mean")!
    var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    cells[column] = cells[column] == "0.99" ? "0.98" : "0.99"
    lines[1] = cells.joined(separator: ",")
    return lines.joined(separator: "\n")
  }

  @Test func anEditedFileIsRefusedNamingIt() async throws {
    let w = try await ReportWorld.shared.value
    let cases: [(String, String, (String) -> String)] = [
      (w.run, "summary.csv", Self.changedFirstMean),
      (w.run, "summary.json", { $0 + " " }),
      (w.run, "timeseries.csv", { $0.replacingOccurrences(of: "\n0,", with: "\n1,") }),
      (w.compare, "compare.csv", Self.changedFirstMean),
      (w.sweep, "sweep.csv", Self.changedFirstMean),
      (w.sweep, "sweep.json", { $0 + "\n" }),
    ]
    for (directory, name, edit) in cases {
      let copy = try edited(directory, name, w.world, edit)
      let r = await reentry(["report", copy, "--scenarios", w.world.dir.path])
      #expect(r.code == 65, "\(name)")
      #expect(r.err.contains("\(name) \(Self.message)"), "\(r.err)")
      #expect(r.err.contains("--allow-edited"))
      #expect(!FileManager.default.fileExists(atPath: copy + "/report.html"))
    }
  }

  @Test func allowEditedRendersWithAWarningAtTheTop() async throws {
    let w = try await ReportWorld.shared.value
    for (directory, name) in [(w.run, "summary.csv"), (w.compare, "compare.csv"), (w.sweep, "sweep.csv")] {
      let copy = try edited(directory, name, w.world, Self.changedFirstMean)
      let r = await reentry(["report", copy, "--allow-edited", "--scenarios", w.world.dir.path])
      #expect(r.code == 0, "\(r.err)")
      let html = try #require(readText(copy + "/report.html"))
      let body = try #require(html.range(of: "<body>\n"))
      #expect(html[body.upperBound...].hasPrefix(#"<p class="edited-warning" role="alert">Warning: \#(name) do"#))
      #expect(html.contains("\(name) does not match the digests in manifest.json"))
    }
    // The issue's example: the lead metric's mean edited to 0.99.
    let run = try edited(w.run, "summary.csv", w.world, Self.changedFirstMean)
    #expect(await reentry(["report", run, "--allow-edited"]).code == 0)
    let page = try #require(readText(run + "/report.html"))
    #expect(page.contains("Release-ready: 99.0%"))
  }

  @Test func untouchedResultsCarryNoWarning() async throws {
    let w = try await ReportWorld.shared.value
    for directory in [w.run, w.compare, w.sweep] {
      #expect(!w.html(directory).contains(#"class="edited-warning""#))
    }
  }
}
