import SimKernel
import Testing

/// Piecewise-uniform sampling from binned data: validation, exact mean and
/// CDF, and samples that follow both.
struct HistogramDistributionTests {
  private let edges: [Double] = [0, 1, 3, 10]
  private let weights: [Double] = [1, 2, 1]

  @Test(
    arguments: [
      ([0, 1], [1, 1]),  // too few edges
      ([0, 1, 1], [1, 1]),  // not strictly increasing
      ([0, 2, 1], [1, 1]),  // decreasing
      ([0, .infinity], [1]),
      ([0, .nan], [1]),
      ([0, 1], [0]),  // no mass
    ] as [([Double], [Double])])
  func rejectsInvalidInput(edges: [Double], weights: [Double]) {
    #expect(throws: DistributionError.self) {
      try HistogramDistribution(edges: edges, weights: weights)
    }
  }

  @Test func meanIsProbabilityWeightedMidpoints() throws {
    let distribution = try HistogramDistribution(edges: edges, weights: weights)
    #expect(abs(distribution.mean - (0.25 * 0.5 + 0.5 * 2 + 0.25 * 6.5)) < 1e-12)
  }

  @Test func cdfIsPiecewiseLinear() throws {
    let distribution = try HistogramDistribution(edges: edges, weights: weights)
    #expect(distribution.cdf(-1) == 0)
    #expect(distribution.cdf(0) == 0)
    #expect(distribution.cdf(0.5) == 0.125)
    #expect(distribution.cdf(1) == 0.25)
    #expect(distribution.cdf(2) == 0.5)
    #expect(distribution.cdf(3) == 0.75)
    #expect(abs(distribution.cdf(6.5) - 0.875) < 1e-12)
    #expect(distribution.cdf(10) == 1)
    #expect(distribution.cdf(99) == 1)
    #expect(distribution.cdf(.nan).isNaN)
  }

  @Test func samplesFollowMeanAndCDF() throws {
    let distribution = try HistogramDistribution(edges: edges, weights: weights)
    var stream = Fixture.stream("histogram")
    let values = Fixture.samples(200_000, &stream) { distribution.sample(&$0) }
    #expect(values.allSatisfy { $0 >= 0 && $0 <= 10 })
    let moments = SampleMoments(values)
    #expect(abs(moments.mean - distribution.mean) <= 5 * moments.meanError)
    for x in [0.5, 1, 2, 4, 8] {
      let empirical = Double(values.filter { $0 <= x }.count) / Double(values.count)
      let p = distribution.cdf(x)
      let standardError = (p * (1 - p) / Double(values.count)).squareRoot()
      #expect(abs(empirical - p) <= 5 * standardError, "x = \(x)")
    }
  }
}
