import Foundation
import SimKernel
import Testing

/// Checks each continuous sampler's mean and variance on 200,000 draws
/// against theory, within five standard errors.
struct SamplerMomentTests {
  static let count = 200_000

  /// Expects sample mean and variance within five standard errors.
  private func expectMoments(
    _ values: [Double], mean: Double, variance: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let moments = SampleMoments(values)
    #expect(
      abs(moments.mean - mean) <= 5 * moments.meanError,
      "mean \(moments.mean) vs \(mean) (se \(moments.meanError))", sourceLocation: sourceLocation)
    #expect(
      abs(moments.variance - variance) <= 5 * moments.varianceError,
      "variance \(moments.variance) vs \(variance) (se \(moments.varianceError))",
      sourceLocation: sourceLocation)
  }

  @Test func nextDoubleIsUniformOnUnitInterval() {
    var stream = Fixture.stream("double")
    let values = Fixture.samples(Self.count, &stream) { $0.nextDouble() }
    #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
    expectMoments(values, mean: 0.5, variance: 1.0 / 12)
  }

  @Test func uniformHasRangeMoments() {
    var stream = Fixture.stream("uniform")
    let values = Fixture.samples(Self.count, &stream) { $0.uniform(2, 5) }
    #expect(values.allSatisfy { $0 >= 2 && $0 <= 5 })
    expectMoments(values, mean: 3.5, variance: 9.0 / 12)
  }

  @Test func exponentialHasMeanAndSquaredMeanVariance() {
    var stream = Fixture.stream("exponential")
    let values = Fixture.samples(Self.count, &stream) { $0.exponential(mean: 3) }
    #expect(values.allSatisfy { $0 >= 0 })
    expectMoments(values, mean: 3, variance: 9)
  }

  @Test func normalHasMeanAndVariance() {
    var stream = Fixture.stream("normal")
    let values = Fixture.samples(Self.count, &stream) { $0.normal(mean: -2, sd: 3) }
    expectMoments(values, mean: -2, variance: 9)
  }

  @Test func standardNormalTailMatches() {
    var stream = Fixture.stream("standard normal")
    let values = Fixture.samples(Self.count, &stream) { $0.standardNormal() }
    expectMoments(values, mean: 0, variance: 1)
    let below = Double(values.filter { $0 < 1.959963984540054 }.count) / Double(Self.count)
    #expect(abs(below - 0.975) <= 5 * (0.975 * 0.025 / Double(Self.count)).squareRoot())
  }

  @Test func lognormalFromMeanCVHasThatMeanAndCV() {
    var stream = Fixture.stream("lognormal cv")
    let values = Fixture.samples(Self.count, &stream) { $0.lognormal(mean: 10, cv: 0.5) }
    #expect(values.allSatisfy { $0 > 0 })
    expectMoments(values, mean: 10, variance: 25)
  }

  @Test func lognormalFromMuSigmaHasNormalLogarithm() {
    var stream = Fixture.stream("lognormal mu")
    let values = Fixture.samples(Self.count, &stream) { log($0.lognormal(mu: 1.5, sigma: 0.7)) }
    expectMoments(values, mean: 1.5, variance: 0.49)
  }

  @Test(arguments: [0.5, 4, 29.9, 30, 250])
  func poissonHasEqualMeanAndVariance(mean: Double) {
    var stream = Fixture.stream("poisson \(mean)")
    let values = Fixture.samples(Self.count, &stream) { Double($0.poisson(mean: mean)) }
    #expect(values.allSatisfy { $0 >= 0 })
    expectMoments(values, mean: mean, variance: mean)
  }

  @Test func bernoulliRate() {
    var stream = Fixture.stream("bernoulli")
    let hits = (0..<Self.count).filter { _ in stream.bernoulli(0.3) }.count
    let rate = Double(hits) / Double(Self.count)
    #expect(abs(rate - 0.3) <= 5 * (0.3 * 0.7 / Double(Self.count)).squareRoot())
  }
}
