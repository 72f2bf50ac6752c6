import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryModel

/// Recommendation 6 is a decision (`information.staffKnowTheyMayShare`, held) and how far
/// refusals then fall an assumption about the intervention (`information.mayShareRefusalRatio`,
/// drawn only where the decision is taken).
@Suite struct MayShareSwitchTests {
  /// With the switch on, municipalities refused less often learn what probation knows and
  /// find housing more often; with it off, or on with no fewer refusals, the effect vanishes.
  @Test func theEffectActsOnlyThroughTheSwitch() async throws {
    let on = try await ModelFixture.pairedDifferences("housing_ok", ["information.staffKnowTheyMayShare=true"])
    #expect(on.allSatisfy { $0 > 0 }, "housing_ok differences, staff know they may share: \(on)")
    let off = try await ModelFixture.pairedDifferences("housing_ok", ["information.mayShareRefusalRatio=0.05"])
    #expect(off.allSatisfy { $0 == 0 }, "housing_ok differences, switch off: \(off)")
    let noFewer = try await ModelFixture.pairedDifferences(
      "housing_ok", ["information.staffKnowTheyMayShare=true", "information.mayShareRefusalRatio=1"])
    #expect(noFewer.allSatisfy { $0 == 0 }, "housing_ok differences, no fewer refusals: \(noFewer)")
  }

  /// The ratio is an assumption about the intervention that acts only where the switch is on,
  /// and the may-share scenario takes the decision rather than setting a refusal probability.
  @Test func theScenarioTakesTheDecisionAndTheRatioIsDrawn() throws {
    let spec = try #require(ParameterCatalog.schema.specs.first { $0.path == "information.mayShareRefusalRatio" })
    #expect(spec.role == .interventionAssumption(.assumed, actsWhen: ["information.staffKnowTheyMayShare"]))
    let mayShare = ModelParameters(try ModelFixture.scenario("Scenarios/may-share.json"))
    let baseline = ModelParameters(try ModelFixture.scenario("Scenarios/baseline.json"))
    #expect(mayShare.information.staffKnowTheyMayShare)
    #expect(mayShare.information.gdprRefusalProbability == baseline.information.gdprRefusalProbability)
    #expect(mayShare.information.refusalProbability < baseline.information.refusalProbability)
  }
}
