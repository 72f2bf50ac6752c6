import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// The compare report's per-variant difference charts share one scale, so a
/// small and a large difference can be told apart by eye across charts.
@Suite struct CompareReportScaleTests {
  @Test func everyVariantsDifferenceChartHasTheSameXAxis() throws {
    let base = ResultLayoutTests.table
    let shifted = { (by: Double) in
      MetricTable(
        values: base.values.enumerated().map { r, rep in rep.map { $0.map { $0.map { $0 + by * Double(r + 1) } } } })
    }
    let files = CompareFiles(
      scenarios: [
        try ModelFixture.scenario(), try ModelFixture.scenario("Scenarios/baseline.json", ["name=small-change"]),
        try ModelFixture.scenario("Scenarios/baseline.json", ["name=large-change"]),
      ], seed: 1, replications: 2,
      rows: PairedComparison(base: base, variants: [shifted(0.01), shifted(0.2)]).rows)
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    for file in files.render().files { try Data(file.bytes).write(to: dir.appendingPathComponent(file.name)) }
    let manifest = try JSONParser.parse(try #require(readText(dir.appendingPathComponent("manifest.json").path)))
    let result = try CompareResult(try ResultDirectory(dir.path), manifest: manifest)
    let html = CompareReport(result: result, scenarioFolder: dir.path).differences
    let axes = html.components(separatedBy: #"<g class="axis x-axis">"#).dropFirst()
      .map { $0.components(separatedBy: "</g>")[0] }
    #expect(axes.count == 2)
    #expect(Set(axes).count == 1, "the variants' charts are drawn on different scales")
  }
}
