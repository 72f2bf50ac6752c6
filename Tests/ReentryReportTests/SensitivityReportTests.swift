import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryReport

/// The sensitivity report names as "depends most on" only assumptions above the noise
/// floor, in both languages, and marks the others, however high they rank.
@Suite struct SensitivityReportTests {
  static let header = SensitivityFiles.header
  /// a.first ranks first but its interval reaches below the floor (0.4 pp); b.second lies above it.
  static let rows = [
    "1,a.first,assumption,1,0,2,0.009,0.009,0.01,10,0.001,0.02,1,2,false",
    "2,b.second,assumption,5,2,8,0.007,-0.007,0.001,10,0.006,0.008,1,2,true",
    "3,c.third,assumption,0.5,0.25,0.75,0.001,0.0,0.001,10,0.0005,0.002,3,3,false",
  ]

  static func result(_ rows: [String], header: String = header) throws -> SensitivityResult {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    try ([header] + rows).joined(separator: "\n").appending("\n").write(
      to: dir.appendingPathComponent("sensitivity.csv"), atomically: true, encoding: .utf8)
    let manifest = """
      {"tool": "reentry", "version": "0.3.0", "kind": "sensitivity", "digest": "abc", "scenario": "baseline",
       "seed": 20231, "replications": 2, "trajectories": 10, "levels": 4, "noiseRepeats": 2,
       "noiseFloor": 0.004, "world": "scenario"}
      """
    try manifest.write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
    let directory = try ResultDirectory(dir.path)
    return try SensitivityResult(directory, manifest: try directory.json("manifest.json", needed: "test"))
  }

  @Test func onlyAssumptionsAboveTheFloorAreWhatItDependsOn() throws {
    let result = try Self.result(Self.rows)
    let en = SensitivityReport(result: result, context: RenderContext(language: .en))
    #expect(en.answer.contains("depends most on b.second: 1 of the 3 assumptions"), "\(en.answer)")
    #expect(!en.answer.contains("a.first") && en.answer.contains("Noise floor: μ* 0.40 percentage points"))
    let firstRow = try #require(en.ranking.components(separatedBy: "<tr>").first { $0.contains("a.first") })
    #expect(firstRow.contains("not distinguishable from noise"))
    let nl = SensitivityReport(result: result, context: RenderContext(language: .nl))
    #expect(nl.answer.contains("hangen het meest af van b.second: 1 van de 3 aannames"), "\(nl.answer)")
    #expect(nl.answer.contains("Ruisvloer: μ* 0,40 procentpunt") && !nl.answer.contains("a.first"))
    #expect(nl.ranking.contains("niet te onderscheiden van ruis") && !nl.ranking.contains("not distinguishable"))
    #expect(nl.page.html(Strings.dutch).contains("Alle aannames naar invloed"))
  }

  @Test func noAssumptionAboveTheFloorIsSaid() throws {
    let rows = Self.rows.map { $0.replacingOccurrences(of: ",true", with: ",false") }
    let en = SensitivityReport(result: try Self.result(rows), context: RenderContext(language: .en))
    #expect(en.answer.contains("None of the 3 assumptions is distinguishable from simulation noise"))
    #expect(!en.answer.contains("depends most on"))
  }

  /// b.second lies above the floor but its rank interval (1–5) reaches past the three leads: a tie
  /// for a place is not named as a lead, in either language.
  @Test func aTieForALeadIsNotNamed() throws {
    let rows = Self.rows.map { $0.replacingOccurrences(of: "10,0.006,0.008,1,2,true", with: "10,0.006,0.008,1,5,true") }
    let result = try Self.result(rows)
    let en = SensitivityReport(result: result, context: RenderContext(language: .en))
    #expect(
      en.answer.contains("1 of the 3 assumptions have an influence whose 95% interval lies above the noise floor"))
    #expect(en.answer.contains("none is certainly among the 3 most influential") && !en.answer.contains("b.second"))
    let nl = SensitivityReport(result: result, context: RenderContext(language: .nl))
    #expect(nl.answer.contains("geen ervan hoort zeker bij de 3 invloedrijkste") && !nl.answer.contains("b.second"))
  }

  @Test func aResultWithoutTheFloorIsRefused() throws {
    let old = String(Self.header.dropLast(",above_noise".count))
    #expect(throws: InputError.self) {
      try Self.result(Self.rows.map { String($0.dropLast(",false".count)) }, header: old)
    }
  }
}
