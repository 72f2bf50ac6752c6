import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The time series say what their names say: the backlog is work that can be done now,
/// planned work is reported apart, and the municipal aftercare places in use are sampled.
@Suite struct TimeseriesTests {
  /// A task available only in two months is future work, not backlog, until its day comes.
  @Test func taskNotYetAvailableIsFutureWorkNotBacklog() {
    var casemanager = WorkList()
    casemanager.add(
      CaseTask(
        kind: .releaseCoordination, detainee: DetaineeID(1), availableDay: 60, dueDay: 90, remainingHours: 2,
        sequence: 1))
    casemanager.add(
      CaseTask(kind: .mdo, detainee: DetaineeID(2), availableDay: 0, dueDay: 0, remainingHours: 1.5, sequence: 2))
    let today = casemanager.backlog(on: 10)
    #expect(today.available == 1.5 && today.future == 2)
    let later = casemanager.backlog(on: 60)
    #expect(later.available == 3.5 && later.future == 0)
  }

  @Test func backlogSplitsFromFutureWorkAndAftercarePlacesAreSampled() async throws {
    let s = try ModelFixture.scenario(
      "Scenarios/baseline.json", ModelFixture.small + ["run.timeseriesIntervalDays=30", "run.seed=5"])
    var placesTaken: [Int: Int] = [:]
    let result = try await Replication.run(ModelParameters(s), replication: 0) { day, _, municipalities in
      var taken = 0
      for municipality in municipalities { taken += await municipality.aftercarePlaces().taken }
      placesTaken[day] = taken
    }
    func series(_ name: String) -> [Int: Double] {
      Dictionary(uniqueKeysWithValues: result.timeseries.filter { $0.series == name }.map { ($0.day, $0.value) })
    }
    let backlog = series("backlog_hours")
    let future = series("future_work_hours")
    let places = series("aftercare_places_used")
    #expect(!backlog.isEmpty && future.keys.sorted() == backlog.keys.sorted())
    // Release coordination is planned months ahead for long stays: always some future work.
    let late = backlog.keys.filter { $0 >= 150 }
    #expect(late.allSatisfy { future[$0]! > 0 }, "future work: \(future)")
    // The aftercare series is what the municipalities hold on the same day.
    #expect(places.keys.sorted() == placesTaken.keys.sorted())
    #expect(places.allSatisfy { Int($0.value) == placesTaken[$0.key] }, "\(places) vs \(placesTaken)")
    #expect(places.values.contains { $0 > 0 })
  }
}
