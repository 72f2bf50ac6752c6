import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// The sweep report's answer, read from sweep directories written by the
/// sweep's own point files: a single point is stated, not described as a
/// change, and a zip sweep names every parameter it varies.
@Suite struct SweepReportTests {
  /// A sweep result of `plan` whose release-ready mean at point i is 0.30 + 0.01 i, as `reentry report` reads it.
  static func result(_ plan: SweepPlan, reads: PointReads? = nil) throws -> SweepResult {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    var csv: [UInt8] = []
    for point in 0..<plan.pointCount {
      let shift = Double(point) * 0.01
      let values = [0.0, 0.1].map { r in
        Metric.all.indices.map { m in
          Group.all.indices.map { g -> Double? in 0.3 + shift + r * 0.01 + Double(m + g) * 0.001 }
        }
      }
      let bytes = SweepPointFile.render(MetricTable(values: values), plan: plan, point: point)
      csv += point == 0 ? bytes : Array(bytes.drop { $0 != 10 }.dropFirst())
    }
    try Data(csv).write(to: dir.appendingPathComponent("sweep.csv"))
    _ = writeFile(dir, "sweep.json", JSONWriter.write(plan.json, pretty: true))
    return try SweepResult(try ResultDirectory(dir.path), manifest: ResultLayoutTests.manifest(dir), reads: reads)
  }

  static func plan(_ mode: SweepPlan.Mode, _ dimensions: [SweepPlan.Dimension]) -> SweepPlan {
    SweepPlan(
      name: "t", mode: mode, dimensions: dimensions, replications: 2, seed: 1,
      baseParameters: .object([("name", .string("base"))]))
  }

  static func finding(_ report: SweepReport) throws -> String {
    try #require(PageText.element(report.answer, containing: #"class="finding""#))
  }

  @Test func aOnePointSweepStatesItsValueRatherThanAChange() throws {
    let report = SweepReport(
      result: try Self.result(Self.plan(.grid, [.init(path: "casemanagers.caseloadNorm", values: [.number(25)])])))
    let text = try Self.finding(report)
    #expect(text.hasPrefix("Release-ready is 30."), "\(text)")
    #expect(text.contains("% at caseload norm 25 (95% interval "), "\(text)")
    #expect(!text.contains(" to "), "\(text)")
  }

  @Test func aZipSweepNamesEveryParameterItVaries() throws {
    let report = SweepReport(
      result: try Self.result(
        Self.plan(
          .zip,
          [
            .init(path: "casemanagers.caseloadNorm", values: [.number(15), .number(30)]),
            .init(path: "information.sharedSystem", values: [.bool(true), .bool(false)]),
          ])))
    let text = try Self.finding(report)
    // The first point's mean is 0.300500 in the file: a tie, shown rounded away from zero.
    #expect(text.hasPrefix("Release-ready goes from 30.1% at caseload norm 15 and shared system true to "), "\(text)")
    #expect(text.contains("% at caseload norm 30 and shared system false (95% intervals "), "\(text)")
    #expect(report.page.title.contains("against the caseload norm and shared system"), "\(report.page.title)")
    #expect(report.charts.contains("shared system"), "the x axis names the second parameter too")
  }
}

/// The text of the first element carrying a marker, tags dropped.
enum PageText {
  static func element(_ html: String, containing marker: String) -> String? {
    guard let hit = html.range(of: marker), let end = html[hit.upperBound...].range(of: ">") else { return nil }
    let rest = html[end.upperBound...]
    let close = rest.range(of: "</li>")?.lowerBound ?? rest.endIndex
    var out = ""
    var inTag = false
    for c in rest[..<close] {
      if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
    }
    return out
  }
}
