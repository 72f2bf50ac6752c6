import ReentryModel
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// Sensitivity and robustness select their parameters by role.
@Suite struct AssumptionSelectionTests {
  /// In the baseline, sensitivity leaves out the 11 assumptions about how an intervention
  /// works (9 wholly ours, 2 partly), which have no effect there: 61 became 52 and 115
  /// became 104. Robustness keeps all 115 as columns of its design and applies each
  /// intervention assumption only where its intervention is switched on.
  @Test func sensitivityAndRobustnessVaryTodaysSets() throws {
    let scenario = try ModelFixture.scenario()
    #expect(SensitivityFactor.factors(of: scenario).count == 52)
    #expect(SensitivityFactor.factors(of: scenario, includeValueAssumptions: true).count == 104)
    #expect(RobustnessFactor.all(in: ParameterCatalog.schema).count == 115)
  }

  /// Where conferences are agreed, their four assumptions join the screening.
  @Test func sensitivityVariesTheInterventionsAScenarioAdopts() throws {
    let scenario = try ModelFixture.scenario("Scenarios/case-conferences.json")
    let paths = SensitivityFactor.factors(of: scenario, includeValueAssumptions: true).map(\.path)
    #expect(paths.count == 108)
    #expect(paths.contains("caseConferences.intervalDays") && paths.contains("caseConferences.digitalHoursFactor"))
    #expect(!paths.contains("information.sharedSystemBurdenRatio"))
  }
}
