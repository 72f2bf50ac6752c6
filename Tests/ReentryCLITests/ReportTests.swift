import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryReport

/// `reentry report`: the answer's numbers are the result files' numbers,
/// every chart is accessible and has its table, nothing is fetched from the
/// network, the page is well formed, and errors name the file.
@Suite("Report")
struct ReportTests {
  @Test func theRunsHeadlineIsTheSummaryRow() async throws {
    let w = try await ReportWorld.shared.value
    let row = try #require(
      PageReading.csv(w.run + "/summary.csv").first { $0["metric"] == "release_ready" && $0["group"] == "all" })
    let headline = try #require(PageReading.element(w.html(w.run), containing: #"class="headline""#))
    for (attribute, column) in [
      ("data-mean", "mean"), ("data-ci-low", "ci_low"), ("data-ci-high", "ci_high"), ("data-n", "n"),
    ] {
      #expect(PageReading.attribute(headline.tag, attribute) == row[column], "\(attribute)")
    }
    let p = PageReading.percent
    #expect(
      headline.text
        == "Release-ready: \(p(row["mean"]))% of releases (95% interval \(p(row["ci_low"]))–\(p(row["ci_high"]))%).")
  }

  @Test func theComparisonsHeadlineIsTheCompareRow() async throws {
    let w = try await ReportWorld.shared.value
    let row = try #require(
      PageReading.csv(w.compare + "/compare.csv").first {
        $0["metric"] == "release_ready" && $0["group"] == "all" && $0["variant"] == "norm20"
      })
    let item = try #require(PageReading.element(w.html(w.compare), containing: #"data-variant="norm20""#))
    for (attribute, column) in [
      ("data-diff-mean", "diff_mean"), ("data-diff-ci-low", "diff_ci_low"),
      ("data-diff-ci-high", "diff_ci_high"), ("data-diff-n", "n"), ("data-base-mean", "base_mean"),
      ("data-variant-mean", "variant_mean"),
    ] {
      #expect(PageReading.attribute(item.tag, attribute) == row[column], "\(attribute)")
    }
    let p = PageReading.percent
    let diff = p(row["diff_mean"])
    let signed = diff.hasPrefix("−") || Double(row["diff_mean"]!)! * 100 == 0 ? diff : "+" + diff
    #expect(
      item.text.hasPrefix(
        "With norm20: \(signed) percentage points release-ready "
          + "(95% interval \(p(row["diff_ci_low"])) to \(p(row["diff_ci_high"]))) compared with small, "
          + "from \(p(row["base_mean"]))% to \(p(row["variant_mean"]))%."), "\(item.text)")
  }

  @Test func theSweepsHeadlineIsTheSweepRows() async throws {
    let w = try await ReportWorld.shared.value
    let rows = PageReading.csv(w.sweep + "/sweep.csv").filter {
      $0["metric"] == "release_ready" && $0["group"] == "all"
    }
    let (first, last) = (try #require(rows.first), try #require(rows.last))
    let item = try #require(PageReading.element(w.html(w.sweep), containing: #"class="finding""#))
    #expect(PageReading.attribute(item.tag, "data-first-mean") == first["mean"])
    #expect(PageReading.attribute(item.tag, "data-last-mean") == last["mean"])
    #expect(PageReading.attribute(item.tag, "data-first-x") == "15")
    #expect(PageReading.attribute(item.tag, "data-last-x") == "30")
    let p = PageReading.percent
    #expect(
      item.text.hasPrefix(
        "Release-ready goes from \(p(first["mean"]))% at caseload norm 15 to \(p(last["mean"]))% at 30 "
          + "(95% intervals \(p(first["ci_low"]))–\(p(first["ci_high"]))% "
          + "and \(p(last["ci_low"]))–\(p(last["ci_high"]))%)."), "\(item.text)")
  }

  @Test(arguments: ["run", "compare", "sweep"])
  func everyChartHasATitleATextAlternativeAndATable(_ kind: String) async throws {
    let w = try await ReportWorld.shared.value
    let html = w.html(kind == "run" ? w.run : kind == "compare" ? w.compare : w.sweep)
    let figures = html.components(separatedBy: #"<figure class="chart""#).dropFirst()
    #expect(figures.count >= (kind == "compare" ? 2 : 7))
    #expect(html.components(separatedBy: "<svg").count - 1 == figures.count)
    for chunk in figures {
      let figure = chunk.components(separatedBy: "</figure>")[0]
      let svg = try #require(PageReading.element(figure, containing: #"role="img""#))
      let ids = try #require(PageReading.attribute(svg.tag, "aria-labelledby")).split(separator: " ")
      #expect(ids.count == 2)
      for id in ids { #expect(figure.contains(#"id="\#(id)""#)) }
      #expect(figure.contains("<title id="))
      #expect(figure.contains("<desc id="))
      #expect(figure.contains(#"<span class="chart-title">"#))
      #expect(figure.contains(#"class="axis-title""#))
      #expect(figure.contains("<table>"))
      #expect(figure.contains("interval") || figure.contains("replication"), "every chart states its uncertainty")
    }
  }

  @Test(arguments: ["run", "compare", "sweep"])
  func thePageIsSelfContainedAndWellFormed(_ kind: String) async throws {
    let w = try await ReportWorld.shared.value
    let html = w.html(kind == "run" ? w.run : kind == "compare" ? w.compare : w.sweep)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for forbidden in ["http://", "https://", "<script", "<link", "<img", " src=", "url(", "@import"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    #expect(html.contains("Content-Security-Policy"))
    #expect(PageReading.tagProblems(html) == [])
    for tag in ["html", "head", "body", "header", "main", "nav", "footer"] {
      let opened = html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
      #expect(opened == 1 && html.components(separatedBy: "</\(tag)>").count == 2, "\(tag)")
    }
    for heading in ["Answer", "Parameters that differ from the baseline", "Provenance"] {
      #expect(html.contains(">\(heading)</h2>"), "\(heading)")
    }
  }

  @Test func textFromTheFilesIsEscaped() async throws {
    let w = try await ReportWorld.shared.value
    let html = w.html(w.run)
    #expect(!html.contains(ReportWorld.runName))
    #expect(html.contains("small &lt;b&gt;&amp;&quot;run&quot;&lt;/b&gt;"))
    #expect(HTML.escape(#"<a href='x'>&"#) == "&lt;a href=&#39;x&#39;&gt;&amp;")
  }

  @Test func provenanceAndParametersComeFromTheResult() async throws {
    let w = try await ReportWorld.shared.value
    let html = w.html(w.run)
    let manifest = try #require(readText(w.run + "/manifest.json"))
    let digest = try #require(manifest.split(separator: "\"").drop { $0 != "digest" }.dropFirst(2).first)
    #expect(html.contains(String(digest)))
    // The small world differs from the baseline: a sourced parameter and an assumption, each shown with its default.
    let releases = try #require(PageReading.element(html, containing: "<code>population.releasesPerYear</code>"))
    #expect(releases.text.contains("population.releasesPerYear"))
    let table = html.components(separatedBy: "that differ from the baseline</caption>")[1].components(
      separatedBy: "</table>")[0]
    #expect(table.contains("<td>4000</td><td>27500</td>"))
    let warmup = try #require(table.components(separatedBy: "<tr>").first { $0.contains("run.warmupDays") })
    #expect(warmup.contains("<td>150</td><td>365</td>"))
    #expect(warmup.contains(#"<span class="assumption">assumption</span>"#))
    #expect(!table.contains("run.seed") && !table.contains("run.replications"))
  }

  @Test func aComparisonShowsVariantParametersOnlyWhenTheDigestMatches() async throws {
    let w = try await ReportWorld.shared.value
    let html = w.html(w.compare)
    let norm20 = html.components(separatedBy: "Parameters of norm20 that differ from the baseline")
    #expect(norm20.count == 2)
    #expect(norm20.last?.components(separatedBy: "</table>")[0].contains("<td>20</td><td>30</td>") == true)
    let empty = w.world.path("no-scenarios")
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let out = w.world.path("compare-report-without-scenarios.html")
    let r = await reentry(["report", w.compare, "--scenarios", empty, "--out", out])
    #expect(r.code == 0, "\(r.err)")
    let text = try #require(readText(out))
    #expect(text.contains("compare.json does not record the parameters of norm20"))
    #expect(!text.contains("Parameters of norm20 that differ"))
  }

  @Test func theReportLeavesTheResultAloneAndIsDeterministic() async throws {
    let w = try await ReportWorld.shared.value
    let before = deterministicTree(w.sweep)
    let out = w.world.path("elsewhere/deeper/sweep.html")
    let r = await reentry(["report", w.sweep, "--out", out])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("report of a sweep"))
    #expect(readText(out) == w.html(w.sweep))
    #expect(deterministicTree(w.sweep) == before)
    let manifest = try #require(readText(w.sweep + "/manifest.json"))
    #expect(!manifest.contains("report.html"))
    #expect(try Report.render(w.run, scenarioFolder: "Scenarios").html == w.html(w.run))
  }

  @Test func errorsNameTheFileAndFollowSysexits() async throws {
    let w = try await ReportWorld.shared.value
    let missing = await reentry(["report", w.world.path("nothing-here")])
    #expect(missing.code == 66)
    #expect(missing.err.contains("nothing-here: no such directory"))
    let emptyDir = w.world.path("empty")
    try FileManager.default.createDirectory(atPath: emptyDir, withIntermediateDirectories: true)
    let empty = await reentry(["report", emptyDir])
    #expect(empty.code == 65)
    #expect(empty.err.contains("holds no result of reentry"))

    let broken = w.world.path("broken")
    try FileManager.default.copyItem(atPath: w.run, toPath: broken)
    writeFile(
      URL(fileURLWithPath: broken), "summary.csv",
      "metric,group,mean,sd,ci_low,ci_high,n\nrelease_ready,all,lots,0,0,0,2\n")
    let malformed = await reentry(["report", broken, "--allow-edited"])
    #expect(malformed.code == 65)
    #expect(malformed.err.contains("broken/summary.csv: line 2, column mean: \"lots\" is not allowed"))
    try FileManager.default.removeItem(atPath: broken + "/summary.json")
    #expect(await reentry(["report", broken]).err.contains("broken/summary.csv"))

    let sweep = w.world.path("unfinished")
    try FileManager.default.copyItem(atPath: w.sweep, toPath: sweep)
    writeFile(URL(fileURLWithPath: sweep), "sweep-state.json", #"{"kind": "sweep-state"}"#)
    let unfinished = await reentry(["report", sweep])
    #expect(unfinished.code == 65)
    #expect(unfinished.err.contains("--resume"))

    #expect(await reentry(["report", w.run, "--out", w.world.path("empty")]).code == 73)
    #expect(await reentry(["report"]).code == 64)
    #expect(await reentry(["report", w.run, "--outt", "x.html"]).code == 64)
  }

  /// A --scenarios folder that is not there is named, not skipped: without it
  /// the comparison's parameter section would silently lose the variants.
  @Test func aMissingScenarioFolderIsAnError() async throws {
    let w = try await ReportWorld.shared.value
    let missing = w.world.path("no-scenarios-\(UUID().uuidString)")
    let out = w.world.path("missing-scenarios-\(UUID().uuidString).html")
    let r = await reentry(["report", w.compare, "--scenarios", missing, "--out", out])
    #expect(r.code == 66, "\(r.err)")
    #expect(r.err.contains("\(missing): no such directory"), "\(r.err)")
    #expect(r.err.contains("--scenarios"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
