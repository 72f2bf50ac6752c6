import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// `releases.csv` carries what the metrics count, so every metric can be re-derived from it.
@Suite struct ReleaseRowTests {
  /// The rows of one replication's `releases.csv`, as column name to value.
  static func rows(_ results: [ReplicationResult], _ s: ResolvedScenario, _ p: ModelParameters) -> [[String:
    Substring]]
  {
    let rendered = RunFiles(scenario: s, parameters: p, results: results).render()
    let bytes = rendered.files.first { $0.name == "releases.csv" }?.bytes ?? []
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    let header = ReleaseRow.header.split(separator: ",").map(String.init)
    return lines.dropFirst().map { line in
      Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false)))
    }
  }

  /// Share of `rows` with `column` true, among those with `among` true (all rows when nil).
  static func share(_ rows: [[String: Substring]], _ column: String, among: String? = nil) -> Double {
    let counted = rows.filter { among == nil || $0[among!] == "1" }
    return Double(counted.filter { $0[column] == "1" }.count) / Double(counted.count)
  }

  /// `release_prepared` and each `{condition}_arranged_among_needing` come out of the rows as
  /// the metrics give them, as do `care_waiting_left` and the care waits beside it.
  @Test func theArrangedColumnsGiveThePreparedMetrics() async throws {
    let s = try ModelFixture.scenario(
      "Scenarios/baseline.json", ModelFixture.small + ["run.replications=1", "run.measuredDays=200"])
    let p = ModelParameters(s)
    let results = try await Experiment.run(p, jobs: 1)
    let rows = Self.rows(results, s, p)
    let columns = Set(ReleaseRow.header.split(separator: ",").map(String.init))
    #expect(columns.isSuperset(of: ["release_prepared", "care_left_days"]))
    #expect(!rows.isEmpty)
    func metric(_ name: String) -> Double { ModelFixture.values(results, name)[0] }
    #expect(abs(Self.share(rows, "release_prepared") - metric("release_prepared")) < 1e-12)
    for condition in BasicCondition.allCases.map(\.name) {
      #expect(columns.contains("\(condition)_arranged"))
      let fromRows = Self.share(rows, "\(condition)_arranged", among: "need_\(condition)_at_release")
      #expect(abs(fromRows - metric("\(condition)_arranged_among_needing")) < 1e-12, "\(condition)")
    }
    let needingPlace = rows.filter { $0["care_wait_days"] != "NA" || $0["care_left_days"] != "NA" }
    let left = Double(needingPlace.filter { $0["care_left_days"] != "NA" }.count) / Double(needingPlace.count)
    #expect(abs(left - metric("care_waiting_left")) < 1e-12)
    #expect(rows.allSatisfy { $0["care_left_days"] == "NA" || $0["care_wait_days"] == "NA" })
  }
}
