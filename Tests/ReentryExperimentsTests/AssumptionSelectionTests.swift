import ReentryModel
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// Sensitivity and robustness select their parameters by role and still pick the sets the
/// shipped results were computed with.
@Suite struct AssumptionSelectionTests {
  @Test func sensitivityAndRobustnessVaryTodaysSets() throws {
    let scenario = try ModelFixture.scenario()
    #expect(SensitivityFactor.factors(of: scenario).count == 63)
    #expect(SensitivityFactor.factors(of: scenario, includeValueAssumptions: true).count == 118)
    #expect(RobustnessFactor.all(in: ParameterCatalog.schema).count == 118)
  }
}
