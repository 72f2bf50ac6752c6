import Foundation
import ReentryTestSupport
import Testing

/// `reentry report` on a robustness directory, and the compare report's
/// caveat that links to the robustness analysis of the same scenarios, or
/// says that its intervals are simulation noise only.
@Suite("Robustness report CLI")
struct RobustnessReportCLITests {
  /// A tiny robustness run and a comparison of the same scenarios beside it, each with its report.
  struct World: Sendable {
    let dir: URL
    var robustness: String { dir.appendingPathComponent("robustness").path }
    var compare: String { dir.appendingPathComponent("compare").path }
  }

  static let scenarios = [
    PackagePaths.baseline, ModelFixture.path("Scenarios/caseload-20.json"),
    ModelFixture.path("Scenarios/may-share.json"),
  ]

  static let shared = Task<World, any Error> {
    let world = World(dir: makeTempDirectory())
    let steps = [
      ["robustness"] + scenarios + ["--draws", "4", "--filter", "none", "--jobs", "2", "--out", world.robustness]
        + RobustnessTests.tiny,
      ["compare"] + scenarios + ["--replications", "2", "--jobs", "2", "--out", world.compare] + RobustnessTests.tiny,
    ]
    for step in steps {
      let r = await reentry(step)
      guard r.code == 0 else { throw ReportWorld.Failure(message: "reentry \(step.joined(separator: " ")): \(r.err)") }
    }
    return world
  }

  @Test func aRobustnessResultIsReportedInBothLanguagesWithItsFigures() async throws {
    let w = try await Self.shared.value
    let figures = w.dir.appendingPathComponent("figures").path
    let r = await reentry(["report", w.robustness, "--figures", figures])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("report of a robustness"))
    let html = readText(w.robustness + "/report.html") ?? ""
    #expect(PageReading.tagProblems(html).isEmpty)
    let finding = try #require(PageReading.element(html, containing: #"data-variant="caseload-20""#))
    let median = PageReading.attribute(finding.tag, "data-median")
    #expect(finding.text.hasPrefix("caseload-20 raises release-readiness in "), "\(finding.text)")
    #expect(finding.text.contains("median \(Self.signedPercent(median)) percentage points"), "\(finding.text)")
    #expect(html.contains("All 4 drawn worlds were kept"))
    let names = try FileManager.default.contentsOfDirectory(atPath: figures).filter { $0 != "manifest.json" }.sorted()
    #expect(names.count == 2 * html.components(separatedBy: #"<figure class="chart""#).dropFirst().count)
    #expect(names.first?.hasPrefix("01-release-ready-all-releases-each-variant") == true, "\(names)")

    let dutch = w.dir.appendingPathComponent("robustness-nl.html").path
    let nl = await reentry(["report", w.robustness, "--lang", "nl", "--out", dutch])
    #expect(nl.code == 0, "\(nl.err)")
    let page = readText(dutch) ?? ""
    #expect(page.contains(#"<html lang="nl">"#))
    let dutchFinding = try #require(PageReading.element(page, containing: #"data-variant="caseload-20""#))
    #expect(PageReading.attribute(dutchFinding.tag, "data-median") == median)
    #expect(
      dutchFinding.text.contains(
        "mediaan \(Self.signedPercent(median).replacingOccurrences(of: ".", with: ",")) procentpunt"),
      "\(dutchFinding.text)")
  }

  @Test func theCompareCaveatLinksToTheRobustnessResultOfTheSameScenarios() async throws {
    let w = try await Self.shared.value
    let r = await reentry(["report", w.compare])
    #expect(r.code == 0, "\(r.err)")
    let caveat = try #require(
      PageReading.element(readText(w.compare + "/report.html") ?? "", containing: #"class="caveat""#))
    #expect(
      caveat.text.contains("The robustness analysis baseline-vs-caseload-20+may-share asks the same question in 4 of 4")
    )
    #expect(caveat.text.contains("release-readiness rises with caseload-20 in "))
    let html = readText(w.compare + "/report.html") ?? ""
    #expect(html.contains(#"<a class="robustness-link" href="../robustness/report.html">"#))

    // Written elsewhere, the link still points at the robustness report.
    let memo = w.dir.appendingPathComponent("memo/compare.html").path
    #expect(await reentry(["report", w.compare, "--out", memo]).code == 0)
    #expect((readText(memo) ?? "").contains(#"href="../robustness/report.html""#))
  }

  @Test func withoutARobustnessResultTheCaveatSaysItsIntervalIsNoiseOnly() async throws {
    let w = try await Self.shared.value
    let alone = makeTempDirectory().appendingPathComponent("compare").path
    try FileManager.default.copyItem(atPath: w.compare, toPath: alone)
    for (lang, sentence) in [
      ("en", "No robustness analysis of these scenarios was found beside this result"),
      ("nl", "Naast dit resultaat is geen robuustheidsanalyse van deze scenario's gevonden"),
    ] {
      let out = alone + "-\(lang).html"
      let r = await reentry(["report", alone, "--lang", lang, "--out", out])
      #expect(r.code == 0, "\(r.err)")
      let caveat = PageReading.element(readText(out) ?? "", containing: #"class="caveat""#)?.text ?? ""
      #expect(caveat.contains(sentence), "\(caveat)")
      #expect(!(readText(out) ?? "").contains("robustness-link"))
    }
    // Named with --robustness, a result of the same scenarios elsewhere is linked; anything else is refused.
    let linked = await reentry(["report", alone, "--robustness", w.robustness, "--out", alone + "-linked.html"])
    #expect(linked.code == 0, "\(linked.err)")
    #expect((readText(alone + "-linked.html") ?? "").contains("robustness-link"))
    let wrong = await reentry(["report", alone, "--robustness", w.compare, "--out", alone + "-wrong.html"])
    #expect(wrong.code == 65)
    #expect(wrong.err.contains("is not a robustness analysis of the compared scenarios"), "\(wrong.err)")
  }

  @Test func anEditedSummaryIsRefusedNamingIt() async throws {
    let w = try await Self.shared.value
    let copy = makeTempDirectory().appendingPathComponent("robustness").path
    try FileManager.default.copyItem(atPath: w.robustness, toPath: copy)
    let summary = copy + "/robustness.json"
    try Data((readText(summary) ?? "").replacingOccurrences(of: "\"kept\": 4", with: "\"kept\": 3").utf8)
      .write(to: URL(fileURLWithPath: summary))
    let r = await reentry(["report", copy, "--out", copy + ".html"])
    #expect(r.code == 65)
    #expect(r.err.contains("robustness.json does not match its digest in manifest.json"), "\(r.err)")
  }

  /// "+2.0" for "0.020006": percentage points with one decimal, signed, as the report writes them.
  static func signedPercent(_ text: String?) -> String {
    let x = Double(text ?? "") ?? .nan
    let shown = PageReading.percent(text)
    return shown.hasPrefix("−") || shown.allSatisfy({ $0 == "0" || $0 == "." }) ? shown : (x >= 0 ? "+" : "") + shown
  }
}
