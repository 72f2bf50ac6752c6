import Testing

@testable import ReentryExperiments

/// The bench table and JSON report the kernel's work of a run: messages delivered, actor steps
/// by kind of actor and idle casemanager steps.
@Suite struct BenchReportTests {
  let national = BenchMeasurement(
    workload: "a-national", description: "national", seconds: [0.4, 0.5, 0.45], detaineeDays: 7_000_000,
    messages: 746_720, actorSteps: 469_310, actorStepsByKind: [1_000, 35_751, 134_398, 1_500, 1_019, 295_642],
    idleCasemanagerSteps: 3, peakResidentMB: 62)

  @Test func tableShowsTheWorkOfARunByKindOfActor() {
    let table = BenchReport.table([national])
    #expect(
      table.contains(
        "a-national      746720 messages, 469310 steps (295642, 134398, 35751, 3519), 3 casemanager steps idle"))
  }

  @Test func jsonCarriesStepsByKind() {
    let json = BenchReport.json([national], runs: 3)
    #expect(json.contains("\"casemanager\": 295642"))
    #expect(json.contains("\"municipality\": 134398"))
    #expect(json.contains("\"idleCasemanagerSteps\": 3"))
  }
}
