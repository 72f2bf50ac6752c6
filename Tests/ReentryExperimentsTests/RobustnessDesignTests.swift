import ReentryTestSupport
import ScenarioFormat
import SimKernel
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The robustness design: a Latin hypercube that hits every stratum of every
/// parameter, drawn values inside the plausible ranges, levers kept, and
/// partial rank correlations that match a hand computation.
@Suite struct RobustnessDesignTests {
  @Test(arguments: [1, 2, 7, 50, 200])
  func everyStratumOfEveryFactorIsHitOnce(draws: Int) {
    let design = LatinHypercube(draws: draws, factors: 9, seed: 3)
    for j in 0..<9 {
      let strata = (0..<draws).map { Int((design.point($0)[j] * Double(draws)).rounded(.down)) }
      #expect(strata.sorted() == Array(0..<draws), "factor \(j)")
      // A redraw moves within the same strata.
      let again = (0..<draws).map { Int((design.point($0, attempt: 3)[j] * Double(draws)).rounded(.down)) }
      #expect(again == strata)
    }
    #expect(LatinHypercube(draws: draws, factors: 9, seed: 3).point(0) == design.point(0))
  }

  /// The drawn values as they run (rounded for the files) keep the hypercube: at 400 draws every
  /// continuous parameter of the catalog has exactly one value in each of its 400 equal strata.
  @Test func roundedValuesKeepEveryStratumAtFourHundredDraws() throws {
    let draws = 400
    let base = try ModelFixture.scenario()
    let definition = try RobustnessDefinition(
      name: "t", base: base, variants: [], draws: draws, replications: 1, seed: 11, filter: .none)
    let plan = definition.plan
    var continuous = 0
    for (j, factor) in plan.factors.enumerated() where !factor.isInteger {
      continuous += 1
      let strata = plan.values.map {
        LatinHypercube.stratum(of: $0[j], low: factor.low, high: factor.high, draws: draws)
      }
      #expect(strata.sorted() == Array(0..<draws), "\(factor.path)")
    }
    #expect(continuous > 50)
  }

  @Test func drawnValuesLieInTheirRangesAndLeversWin() throws {
    let base = try ModelFixture.scenario()
    let schema = base.schema
    let variant = try base.overriding("information.gdprRefusalProbability", with: .number(0.05))
    let definition = try RobustnessDefinition(
      name: "t", base: base, variants: [variant], draws: 40, replications: 1, seed: 9, filter: .none)
    let plan = definition.plan
    #expect(plan.factors == RobustnessFactor.all(in: schema) && plan.factors.count > 60)
    #expect(plan.scenarios[1].levers == ["information.gdprRefusalProbability"])
    for (j, factor) in plan.factors.enumerated() {
      let values = plan.values.map { $0[j] }
      #expect(values.allSatisfy { (factor.low...factor.high).contains($0) }, "\(factor.path)")
      if factor.isInteger {
        #expect(values.allSatisfy { $0 == $0.rounded() })
        let whole = Int(factor.high - factor.low) + 1
        if whole <= 40 { #expect(Set(values).count == whole, "\(factor.path): every whole value") }
      }
    }
    let j = try #require(plan.factors.firstIndex { $0.path == "information.gdprRefusalProbability" })
    let h = try #require(plan.factors.firstIndex { $0.path == "casemanagers.hoursPerWeek" })
    for d in [0, 17] {
      let inBase = try definition.parameters(draw: d, scenario: 0)
      let inVariant = try definition.parameters(draw: d, scenario: 1)
      #expect(inBase.information.gdprRefusalProbability == plan.values[d][j])
      #expect(inVariant.information.gdprRefusalProbability == 0.05)
      #expect(inVariant.casemanagers.hoursPerWeek == plan.values[d][h])
    }
  }

  @Test func numbersAreRoundedToFourSignificantDigits() {
    #expect(RobustnessFactor.significant(0.0509780001, digits: 4) == 0.05098)
    #expect(RobustnessFactor.significant(14.3749, digits: 4) == 14.37)
    #expect(RobustnessFactor.significant(123_456, digits: 4) == 123_500)
    #expect(RobustnessFactor.significant(-0.0299999, digits: 4) == -0.03)
    let hours = RobustnessFactor(path: "x", low: 2, high: 5, isInteger: true)
    #expect([0, 0.2499, 0.25, 0.7499, 0.75, 0.9999].map(hours.value) == [2, 2, 3, 4, 5, 5])
  }

  /// Hand example: n = 5, inputs x1 = (1,2,3,4,5), x2 = (2,1,4,3,5), output
  /// y = (1,3,2,5,4); ranks equal the values. The PRCC of an input is the
  /// correlation of the residuals of it and of y, each regressed (least
  /// squares, with intercept) on the other input.
  @Test func partialRankCorrelationMatchesRegressionResiduals() {
    let x1: [Double] = [1, 2, 3, 4, 5]
    let x2: [Double] = [2, 1, 4, 3, 5]
    let y: [Double] = [1, 3, 2, 5, 4]
    let prcc = PartialRankCorrelation.coefficients(inputs: zip(x1, x2).map { [$0, $1] }, output: y)
    // x1 = 0.6 + 0.8·x2 leaves (-1.2, 0.6, -0.8, 1, 0.4); y = 2.1 + 0.3·x2 leaves
    // (-1.7, 0.6, -1.3, 2, 0.4): Σab = 5.6, Σa² = 3.6, Σb² = 9.1.
    #expect(abs((prcc[0] ?? 0) - 5.6 / (3.6 * 9.1).squareRoot()) < 1e-12)
    // x2 = 0.6 + 0.8·x1 leaves (0.6, -1.2, 1, -0.8, 0.4); y = 0.6 + 0.8·x1 leaves
    // (-0.4, 0.8, -1, 1.2, -0.6): Σab = -3.4, Σa² = Σb² = 3.6.
    #expect(abs((prcc[1] ?? 0) - -3.4 / 3.6) < 1e-12)
  }

  @Test func partialRankCorrelationEdgeCases() {
    // Ties take their average rank.
    #expect(PartialRankCorrelation.ranks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
    // One input: the PRCC is Spearman's correlation, 1 − 6·Σd² / (n(n² − 1)) = 1 − 12/60.
    let one = PartialRankCorrelation.coefficients(inputs: [[1], [2], [3], [4]], output: [1, 8, 5, 64])
    #expect(abs((one[0] ?? 0) - 0.8) < 1e-12)
    // A constant input has none; too few rows give none at all.
    let constant = PartialRankCorrelation.coefficients(
      inputs: [[1, 7], [2, 7], [3, 7], [4, 7]], output: [4, 2, 3, 1])
    #expect(constant[1] == nil && abs((constant[0] ?? 0) + 0.8) < 1e-12)
    #expect(
      PartialRankCorrelation.coefficients(inputs: [[1, 2], [2, 1], [3, 3]], output: [1, 2, 3]) == [nil, nil])
  }

  /// Fewer draws than parameters + 2: the PRCC is taken over the parameters most rank-correlated
  /// with the effect (n − 10 of them), and the one the effect follows comes out first.
  @Test func tooFewDrawsScreenBeforeThePartialCorrelation() {
    var s = RandomStream(
      seed: 3, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("screen"))
    let rows = 20
    let columns = 30
    let inputs = (0..<rows).map { _ in (0..<columns).map { _ in s.nextDouble() } }
    var output: [Double] = []
    for row in inputs {
      let noise = 0.05 * s.nextDouble()
      output.append(3 * row[7] + 0.3 * row[2] + noise)
    }
    #expect(PartialRankCorrelation.coefficients(inputs: inputs, output: output).allSatisfy { $0 == nil })
    let (coefficients, over) = PartialRankCorrelation.screenedCoefficients(inputs: inputs, output: output)
    #expect(over == rows - 10)
    #expect(coefficients.compactMap { $0 }.count == over)
    let strongest = coefficients.indices.max { abs(coefficients[$0] ?? 0) < abs(coefficients[$1] ?? 0) }
    #expect(strongest == 7)
    #expect((coefficients[7] ?? 0) > 0.9)
  }
}
