import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Ready, or prepared and handed over (seed 003 §6.3): a condition counts as arranged only when
/// a named partner took its work over before release.
@Suite struct ReleasePreparedTests {
  static let nobodyEngages =
    ["small", "medium", "large"].flatMap {
      ["municipalities.\($0).proactiveProbability=0", "municipalities.\($0).responsiveProbability=0"]
    } + ["caseConferences.municipalityAttendanceProbability=0", "casemanagers.hoursPerWeek=0"]

  /// Arranged includes every condition in order, so prepared is never below ready; in the
  /// baseline some people leave with work handed over that is not finished.
  @Test func preparedContainsReady() async throws {
    let runs = try await ModelFixture.run(replications: 2)
    for record in runs.flatMap(\.records) {
      #expect(record.arranged.bits & record.inOrder.bits == record.inOrder.bits, "record \(record.detainee)")
    }
    let ready = ModelFixture.values(runs, MetricName.releaseReady)
    let prepared = ModelFixture.values(runs, MetricName.releasePrepared)
    #expect(zip(prepared, ready).allSatisfy { $0 > $1 + 0.05 }, "prepared \(prepared), ready \(ready)")
    let short = ModelFixture.values(runs, MetricName.releasePrepared, "sentence=short")
    let shortReady = ModelFixture.values(runs, MetricName.releaseReady, "sentence=short")
    #expect(zip(short, shortReady).allSatisfy { $0 > $1 }, "short stays: prepared \(short), ready \(shortReady)")
  }

  /// Without a municipality nothing is handed over to one: when no municipality acts (nor joins
  /// a conference, which the history of the people inside on day 0 holds whatever the hours) and
  /// casemanagers have no hours for a call, only care (arranged by the PI with a care provider,
  /// for people whose plan was made before the run) is ever arranged without being in order.
  @Test func withoutMunicipalitiesOnlyCareIsArranged() async throws {
    let runs = try await ModelFixture.run(replications: 2, Self.nobodyEngages)
    let records = runs.flatMap(\.records)
    #expect(!records.isEmpty)
    var care = ConditionSet()
    care.insert(.care)
    let others = records.filter { ($0.arranged.bits & ~$0.inOrder.bits) & ~care.bits != 0 }
    #expect(others.isEmpty, "\(others.count) of \(records.count) records arranged without a municipality")
  }
}
