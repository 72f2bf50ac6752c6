import SimKernel
import Testing

/// Replication summaries, Student t quantiles and streaming moments.
struct StatisticsTests {
  @Test func summaryOfOneToFive() {
    let summary = Summary([1, 2, 3, 4, 5])
    let sd = 2.5.squareRoot()
    let half = 2.7764451051977934 * sd / 5.0.squareRoot()
    #expect(summary.n == 5)
    #expect(summary.mean == 3)
    #expect(abs(summary.sd - 1.5811388) < 1e-7)
    #expect(abs(summary.ciLow - (3 - half)) < 1e-12)
    #expect(abs(summary.ciHigh - (3 + half)) < 1e-12)
    #expect(abs(summary.ciHigh - 4.963243161) < 1e-8)
  }

  @Test func summaryOfNothingIsNaN() {
    let summary = Summary([])
    #expect(summary.n == 0)
    #expect(summary.mean.isNaN && summary.sd.isNaN && summary.ciLow.isNaN && summary.ciHigh.isNaN)
    #expect(summary == Summary([]))
  }

  @Test func summaryOfOneValueHasNoInterval() {
    let summary = Summary([4.5])
    #expect(summary.n == 1)
    #expect(summary.mean == 4.5)
    #expect(summary.sd.isNaN && summary.ciLow.isNaN && summary.ciHigh.isNaN)
    #expect(summary == Summary([4.5]))
    #expect(summary != Summary([4.25]))
  }

  @Test func summarySumsInArrayOrder() {
    // Floating-point addition is not associative; the caller's order decides.
    #expect(Summary([1e16, -1e16, 1]).mean == 1.0 / 3)
    #expect(Summary([1e16, 1, -1e16]).mean == 0)
  }

  @Test func summaryOfConstantsHasZeroWidth() {
    let summary = Summary([2, 2, 2])
    #expect(summary.sd == 0 && summary.ciLow == 2 && summary.ciHigh == 2)
  }

  @Test(arguments: [
    (1, 12.706205), (2, 4.302653), (5, 2.570582), (10, 2.228139), (30, 2.042272),
    (100, 1.983972), (1000, 1.962339),
  ])
  func studentTKnownValues(df: Int, expected: Double) {
    #expect(abs(StudentT.quantile975(degreesOfFreedom: df) - expected) < 1e-6)
  }

  @Test func studentTBeyondTableMatchesExactValues() {
    // Exact quantiles (scipy.stats.t.ppf) just past the table and beyond.
    let exact: [(Int, Double)] = [
      (31, 2.039513446396408), (40, 2.021075390306273), (50, 2.008559112100761),
      (60, 2.0002978220142604), (100, 1.9839715185235518), (1000, 1.9623390808264083),
    ]
    for (df, value) in exact {
      #expect(abs(StudentT.quantile975(degreesOfFreedom: df) - value) < 1e-7, "df \(df)")
    }
  }

  @Test func studentTLimitAndDomain() {
    #expect(abs(StudentT.quantile975(degreesOfFreedom: 10_000_000) - 1.959964) < 1e-6)
    #expect(StudentT.quantile975(degreesOfFreedom: 0).isNaN)
    #expect(StudentT.quantile975(degreesOfFreedom: -3).isNaN)
    let values = (1...2000).map { StudentT.quantile975(degreesOfFreedom: $0) }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
  }
}
