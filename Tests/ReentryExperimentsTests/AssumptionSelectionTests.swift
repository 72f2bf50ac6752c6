import ReentryModel
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// Sensitivity and robustness select their parameters by role.
@Suite struct AssumptionSelectionTests {
  /// In the baseline, sensitivity leaves out the 14 assumptions about how an intervention
  /// works, which have no effect there, and varies the partners' hours (15 ranged
  /// assumptions), LVB recognition, the staff handover, the initial stock's history and its settling,
  /// and the care patience: 60 wholly ours, 125 with the partly assumed. Robustness keeps all 139 as columns of
  /// its design and applies each intervention assumption only where its intervention is switched on.
  @Test func sensitivityAndRobustnessVaryTodaysSets() throws {
    let scenario = try ModelFixture.scenario()
    #expect(SensitivityFactor.factors(of: scenario).count == 60)
    #expect(SensitivityFactor.factors(of: scenario, includeValueAssumptions: true).count == 125)
    #expect(RobustnessFactor.all(in: ParameterCatalog.schema).count == 139)
  }

  /// Where conferences are agreed, their four assumptions join the screening.
  @Test func sensitivityVariesTheInterventionsAScenarioAdopts() throws {
    let scenario = try ModelFixture.scenario("Scenarios/case-conferences.json")
    let paths = SensitivityFactor.factors(of: scenario, includeValueAssumptions: true).map(\.path)
    #expect(paths.count == 129)
    #expect(paths.contains("caseConferences.intervalDays") && paths.contains("caseConferences.digitalHoursFactor"))
    #expect(!paths.contains("information.sharedSystemBurdenRatio"))
  }
}
