import Foundation
import SimKernel
import Testing

/// Goodness-of-fit checks on whole distributions (not only moments) for
/// the discrete samplers, where a subtle bias would otherwise hide.
struct SamplerFitTests {
  static let count = 200_000

  @Test func boundedSevenIsUniform() {
    var stream = Fixture.stream("bounded 7")
    var counts = [Int](repeating: 0, count: 7)
    for _ in 0..<Self.count { counts[Int(stream.bounded(7))] += 1 }
    let expected = [Double](repeating: Double(Self.count) / 7, count: 7)
    #expect(chiSquare(observed: counts, expected: expected) < chiSquareBound(degreesOfFreedom: 6))
  }

  @Test func boundedWithHeavyRejectionIsUniform() {
    // n = 2^63 + 1 rejects almost half the raw draws; halves must balance.
    let n: UInt64 = (1 << 63) + 1
    var stream = Fixture.stream("bounded large")
    var upper = 0
    for _ in 0..<20_000 where stream.bounded(n) >= n / 2 { upper += 1 }
    #expect(abs(Double(upper) - 10_000) <= 5 * 0.5 * 20_000.0.squareRoot())
  }

  @Test func integerInRangeIsUniform() {
    var stream = Fixture.stream("integer")
    var counts = [Int](repeating: 0, count: 7)
    for _ in 0..<Self.count { counts[stream.integer(in: -3...3) + 3] += 1 }
    let expected = [Double](repeating: Double(Self.count) / 7, count: 7)
    #expect(chiSquare(observed: counts, expected: expected) < chiSquareBound(degreesOfFreedom: 6))
  }

  @Test func shuffleGivesEveryPermutationEqually() {
    var stream = Fixture.stream("shuffle")
    var counts: [[Int]: Int] = [:]
    for _ in 0..<60_000 {
      var values = [0, 1, 2]
      stream.shuffle(&values)
      counts[values, default: 0] += 1
    }
    #expect(counts.count == 6)
    let observed = counts.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { counts[$0]! }
    let expected = [Double](repeating: 10_000, count: 6)
    #expect(chiSquare(observed: observed, expected: expected) < chiSquareBound(degreesOfFreedom: 5))
  }

  /// Poisson counts against the exact probability mass function; the
  /// first and last cells pool the tails, and every cell expects at least 20.
  @Test(arguments: [0.5, 4, 29.9, 30, 250])
  func poissonMatchesMassFunction(mean: Double) {
    var stream = Fixture.stream("poisson fit \(mean)")
    var histogram: [Int: Int] = [:]
    for _ in 0..<Self.count { histogram[stream.poisson(mean: mean), default: 0] += 1 }
    func pmf(_ k: Int) -> Double {
      exp(Double(k) * log(mean) - mean - lgamma(Double(k) + 1))
    }
    let n = Double(Self.count)
    let cells = (0...(Int(mean * 3) + 20)).filter { pmf($0) * n >= 20 }
    let low = cells.first!
    let high = cells.last!
    var observed = [histogram.filter { $0.key <= low }.values.reduce(0, +)]
    var expected = [(0...low).map(pmf).reduce(0, +) * n]
    for k in (low + 1)..<high {
      observed.append(histogram[k, default: 0])
      expected.append(pmf(k) * n)
    }
    observed.append(histogram.filter { $0.key >= high }.values.reduce(0, +))
    expected.append((1 - (0..<high).map(pmf).reduce(0, +)) * n)
    #expect(observed.reduce(0, +) == Self.count)
    let statistic = chiSquare(observed: observed, expected: expected)
    #expect(statistic < chiSquareBound(degreesOfFreedom: observed.count - 1), "chi2 \(statistic)")
  }
}
