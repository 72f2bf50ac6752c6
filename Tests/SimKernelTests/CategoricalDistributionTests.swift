import SimKernel
import Testing

/// The alias sampler must reproduce its weights exactly in distribution and
/// reject weights that describe no distribution.
struct CategoricalDistributionTests {
  @Test func rejectsInvalidWeights() {
    #expect(throws: DistributionError.self) { try CategoricalDistribution(weights: []) }
    #expect(throws: DistributionError.self) { try CategoricalDistribution(weights: [1, -0.5]) }
    #expect(throws: DistributionError.self) { try CategoricalDistribution(weights: [1, .nan]) }
    #expect(throws: DistributionError.self) { try CategoricalDistribution(weights: [1, .infinity]) }
    #expect(throws: DistributionError.self) { try CategoricalDistribution(weights: [0, 0]) }
    #expect(throws: DistributionError.self) {
      try CategoricalDistribution(weights: [.greatestFiniteMagnitude, .greatestFiniteMagnitude])
    }
  }

  @Test func errorDescribesTheProblem() {
    do {
      _ = try CategoricalDistribution(weights: [1, -2])
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("index 1"))
      #expect("\(error)".contains("-2"))
    }
  }

  @Test func probabilitiesAreNormalisedWeights() throws {
    let distribution = try CategoricalDistribution(weights: [1, 3, 0, 4])
    #expect(distribution.probabilities == [0.125, 0.375, 0, 0.5])
  }

  @Test func frequenciesMatchProbabilities() throws {
    let weights: [Double] = [1, 2, 3, 0, 4, 0.5]
    let distribution = try CategoricalDistribution(weights: weights)
    var stream = Fixture.stream("categorical")
    let n = 200_000
    var counts = [Int](repeating: 0, count: weights.count)
    for _ in 0..<n { counts[distribution.sample(&stream)] += 1 }
    #expect(counts[3] == 0)
    for (index, p) in distribution.probabilities.enumerated() where p > 0 {
      let rate = Double(counts[index]) / Double(n)
      #expect(abs(rate - p) <= 5 * (p * (1 - p) / Double(n)).squareRoot(), "category \(index)")
    }
  }

  @Test func zeroWeightsAreNeverSampled() throws {
    // Many zero weights around a few positive ones, in awkward proportions.
    var weights = [Double](repeating: 0, count: 97)
    weights[3] = 1.0 / 3
    weights[50] = 1e-9
    weights[96] = 7
    let distribution = try CategoricalDistribution(weights: weights)
    var stream = Fixture.stream("categorical zeros")
    for _ in 0..<50_000 {
      #expect(weights[distribution.sample(&stream)] > 0)
    }
  }

  @Test func singleCategoryAlwaysReturnsZero() throws {
    let distribution = try CategoricalDistribution(weights: [2.5])
    var stream = Fixture.stream("categorical single")
    #expect((0..<100).allSatisfy { _ in distribution.sample(&stream) == 0 })
  }

  @Test func uniformWeightsUseTheColumnDirectly() throws {
    // With equal weights (exact in binary) every threshold is 1, so the
    // sample is bounded(n) and the double draw only keeps the count fixed.
    let distribution = try CategoricalDistribution(weights: [Double](repeating: 1, count: 8))
    var a = Fixture.goldenStream()
    var b = Fixture.goldenStream()
    for _ in 0..<100 {
      let expected = Int(b.bounded(8))
      _ = b.nextDouble()
      #expect(distribution.sample(&a) == expected)
    }
  }
}
