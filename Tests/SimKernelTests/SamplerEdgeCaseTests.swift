import SimKernel
import Testing

/// Boundary parameters, and the fixed draw counts that keep streams aligned
/// when a parameter changes between scenarios.
struct SamplerEdgeCaseTests {
  /// The raw output that follows `body`, to see how many draws it used.
  private func nextAfter(_ body: (inout RandomStream) -> Void) -> UInt64 {
    var stream = Fixture.goldenStream()
    body(&stream)
    return stream.nextUInt64()
  }

  private func nextAfterDraws(_ count: Int) -> UInt64 {
    nextAfter { stream in for _ in 0..<count { _ = stream.nextUInt64() } }
  }

  @Test func bernoulliAlwaysConsumesOneDraw() {
    for p in [-1, 0, 0.5, 1, 2, Double.nan] {
      #expect(nextAfter { _ = $0.bernoulli(p) } == nextAfterDraws(1), "p = \(p)")
    }
    var stream = Fixture.goldenStream()
    #expect((0..<100).allSatisfy { _ in !stream.bernoulli(0) })
    #expect((0..<100).allSatisfy { _ in stream.bernoulli(1) })
  }

  @Test func exponentialMeanZeroIsZeroAndConsumesOneDraw() {
    var stream = Fixture.goldenStream()
    #expect(stream.exponential(mean: 0) == 0)
    #expect(stream.exponential(mean: 0).sign == .plus)
    #expect(nextAfter { _ = $0.exponential(mean: 0) } == nextAfterDraws(1))
    #expect(nextAfter { _ = $0.exponential(mean: 5) } == nextAfterDraws(1))
  }

  @Test func normalFamiliesConsumeTwoDraws() {
    #expect(nextAfter { _ = $0.standardNormal() } == nextAfterDraws(2))
    #expect(nextAfter { _ = $0.normal(mean: 1, sd: 0) } == nextAfterDraws(2))
    #expect(nextAfter { _ = $0.lognormal(mu: 0, sigma: 1) } == nextAfterDraws(2))
    #expect(nextAfter { _ = $0.lognormal(mean: 5, cv: 0) } == nextAfterDraws(2))
    #expect(nextAfter { _ = $0.lognormal(mean: 5, cv: 1) } == nextAfterDraws(2))
  }

  @Test func lognormalWithZeroCVOrMeanReturnsMean() {
    var stream = Fixture.goldenStream()
    #expect(stream.lognormal(mean: 7.25, cv: 0) == 7.25)
    #expect(stream.lognormal(mean: 0, cv: 0.5) == 0)
  }

  @Test func poissonMeanZeroIsZeroWithoutDraws() {
    var stream = Fixture.goldenStream()
    #expect(stream.poisson(mean: 0) == 0)
    #expect(nextAfter { _ = $0.poisson(mean: 0) } == nextAfterDraws(0))
  }

  @Test func boundedOneIsZero() {
    var stream = Fixture.goldenStream()
    #expect((0..<100).allSatisfy { _ in stream.bounded(1) == 0 })
  }

  @Test func boundedMaxStaysBelowBound() {
    var stream = Fixture.goldenStream()
    #expect((0..<1000).allSatisfy { _ in stream.bounded(.max) < .max })
  }

  @Test func integerHandlesExtremeRanges() {
    var stream = Fixture.goldenStream()
    #expect(stream.integer(in: 5...5) == 5)
    #expect(stream.integer(in: -1...(-1)) == -1)
    for _ in 0..<1000 {
      let value = stream.integer(in: (Int.max - 2)...Int.max)
      #expect(value >= Int.max - 2)
      let negative = stream.integer(in: Int.min...(Int.min + 1))
      #expect(negative <= Int.min + 1)
      _ = stream.integer(in: Int.min...Int.max)
      let wide = stream.integer(in: -1...Int.max)
      #expect(wide >= -1)
    }
  }

  @Test func fullIntRangeUsesOneRawDraw() {
    var stream = Fixture.goldenStream()
    let value = stream.integer(in: Int.min...Int.max)
    #expect(UInt64(bitPattern: Int64(value)) == 0x5A39_9402_957B_4A73)
  }

  @Test func shuffleIsAPermutationAndHandlesTinyArrays() {
    var stream = Fixture.goldenStream()
    var empty: [Int] = []
    stream.shuffle(&empty)
    #expect(empty.isEmpty)
    var one = ["x"]
    #expect(nextAfter { $0.shuffle(&one) } == nextAfterDraws(0))
    var values = Array(0..<100)
    stream.shuffle(&values)
    #expect(values.sorted() == Array(0..<100))
    #expect(values != Array(0..<100))
  }
}
