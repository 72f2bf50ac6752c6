import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The need-based condition metrics divide by those who needed the condition,
/// and the staff metrics report what a scenario costs (issue 13).
@Suite struct NeedAndStaffMetricTests {
  static let results = Task { try await ModelFixture.run(replications: 2) }

  @Test func needBasedSharesDivideByThoseWhoNeededIt() async throws {
    let results = try await Self.results.value
    for condition in BasicCondition.allCases {
      let name = "\(condition.name)_ok"
      let amongNeeding = ModelFixture.values(results, name + "_among_needing")
      let ofAll = ModelFixture.values(results, name)
      for (r, result) in results.enumerated() {
        let needing = result.records.filter { $0.needsAtRelease.contains(condition) }
        let inOrder = needing.filter { $0.inOrder.contains(condition) }
        #expect(!needing.isEmpty && needing.count < result.records.count, "\(name): a small world needs both groups")
        #expect(amongNeeding[r] == Double(inOrder.count) / Double(needing.count), "\(name), replication \(r)")
        // "Not needed" counts as in order among all releases, so the share of all is never lower.
        #expect(ofAll[r] >= amongNeeding[r], "\(name), replication \(r)")
      }
    }
    let ready = ModelFixture.values(results, "release_ready_among_needing")
    for (r, result) in results.enumerated() {
      let needing = result.records.filter { !$0.needsAtRelease.isEmpty }
      #expect(ready[r] == Double(needing.filter(\.releaseReady).count) / Double(needing.count))
    }
  }

  @Test func staffMetricsComeFromTheMeasuredWindowForEveryoneOnly() async throws {
    let results = try await Self.results.value
    let fte = ModelFixture.values(results, "casemanagers_fte")
    let worked = ModelFixture.values(results, "casemanager_hours_worked")
    let available = ModelFixture.values(results, "casemanager_hours_available")
    for (r, result) in results.enumerated() {
      let staff = result.timeseries.filter { $0.series == "casemanagers" && result.measuredWindow.contains($0.day) }
      #expect(!staff.isEmpty)
      #expect(fte[r] == staff.map(\.value).reduce(0, +) / Double(staff.count))
      #expect(worked[r] == result.hoursWorked * 365 / Double(result.measuredDays))
      #expect(available[r] == result.hoursAvailable * 365 / Double(result.measuredDays))
      #expect(worked[r] > 0 && worked[r] <= available[r])
    }
    // Staff are not split by the people released: no value for any other group.
    for group in ["sentence=short", "municipality=large", "lvb=yes"] {
      let values = ModelFixture.values(results, "casemanagers_fte", group)
      #expect(values.allSatisfy { $0.isNaN }, "\(group)")
    }
    let care = ModelFixture.values(results, "care_places_used")
    let probation = ModelFixture.values(results, "probation_places_used")
    #expect(care.allSatisfy { $0 >= 0 } && probation.allSatisfy { $0 > 0 })
  }
}
