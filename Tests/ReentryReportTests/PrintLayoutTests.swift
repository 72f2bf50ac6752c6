import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// The printed first page of a comparison holds the answer, the staff cost
/// beside each effect, the caveat and the headline chart for up to twelve
/// variants (CI prints the nine-variant comparison to check it).
@Suite struct PrintLayoutTests {
  /// A comparison of `count` variants of the fixture, each shifted a little more, with its staff cost.
  static func report(variants count: Int) throws -> CompareReport {
    let base = ResultLayoutTests.table
    let variants = (1...count).map { i in
      MetricTable(
        values: base.values.enumerated().map { r, rep in
          rep.map { $0.map { $0.map { $0 + 0.01 * Double(i) * Double(r + 1) } } }
        })
    }
    let files = CompareFiles(
      scenarios: [try ModelFixture.scenario()]
        + (try (1...count).map { try ModelFixture.scenario("Scenarios/baseline.json", ["name=variant-\($0)"]) }),
      seed: 1, replications: 2, rows: PairedComparison(base: base, variants: variants).rows,
      cost: StaffCost(base: base, variants: variants))
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    for file in files.render().files { try Data(file.bytes).write(to: dir.appendingPathComponent(file.name)) }
    let manifest = try JSONParser.parse(try #require(readText(dir.appendingPathComponent("manifest.json").path)))
    return CompareReport(
      result: try CompareResult(try ResultDirectory(dir.path), manifest: manifest), scenarioFolder: "")
  }

  @Test func fewVariantsPrintInFullManyCompact() {
    #expect(PrintLayout.headlinesClass(findings: 1) == "headlines")
    #expect(PrintLayout.headlinesClass(findings: PrintLayout.fullFindingsUpTo) == "headlines")
    #expect(PrintLayout.headlinesClass(findings: PrintLayout.fullFindingsUpTo + 1) == "headlines compact")
    #expect(PrintLayout.headlinesClass(findings: 9) == "headlines compact")
  }

  /// A row of the headline chart prints 5 mm high, as the budget assumes.
  @Test func aHeadlineChartRowPrintsFiveMillimetresHigh() {
    #expect(PrintLayout.chartMillimetresPerRow == 5)
  }

  /// With nine variants each finding keeps its effect and staff cost outside
  /// the details a print leaves out, and the stylesheet leaves them out.
  @Test func aNineVariantAnswerPrintsEffectAndCostAndHidesTheDetails() throws {
    let answer = try Self.report(variants: 9).answer
    #expect(answer.hasPrefix(#"<ul class="headlines compact">"#))
    let findings = answer.components(separatedBy: #"<li class="finding""#).dropFirst()
    #expect(findings.count == 9)
    for finding in findings {
      let detail = try #require(finding.range(of: #"<span class="detail">"#))
      let cost = try #require(finding.range(of: #"<span class="cost">"#))
      let lead = try #require(finding.range(of: #"<span class="lead">"#))
      let effect = try #require(finding.range(of: Strings.english.interval95))
      #expect(lead.lowerBound < effect.lowerBound && effect.upperBound < detail.lowerBound)
      #expect(detail.upperBound < cost.lowerBound, "the cost follows the details, outside them")
    }
    #expect(ReportStyle.css.contains("ul.headlines.compact .detail { display: none; }"))
    #expect(ReportStyle.css.contains("figure#overview svg { width: 180.0mm;"))
  }

  @Test func aTwoVariantAnswerPrintsInFull() throws {
    let answer = try Self.report(variants: 2).answer
    #expect(answer.hasPrefix(#"<ul class="headlines">"#))
  }

  /// The headline chart is the first figure of the first section, with one row per variant,
  /// its axis titled in the report's language.
  @Test func theHeadlineChartIsTheOverviewWithARowPerVariant() throws {
    let report = try Self.report(variants: 9)
    let page = report.page
    #expect(page.sections.first?.id == "overview")
    let overview = report.overview
    #expect(overview.contains(#"<figure class="chart" id="overview">"#))
    #expect(overview.components(separatedBy: #"class="value""#).count - 1 == 9)
    #expect(overview.contains(">\(Strings.english.difference) ("))
  }
}
