import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The baseline reproduces the figures it was built from, within sampling error.
@Suite struct CalibrationTests {
  /// Needs at entry per seed 001 and sentence-length shares per seeds 001 and 003.
  @Test func entryFiguresAndSentenceLengths() async throws {
    let results = try await ModelFixture.run(replications: 2)
    // All measured releases, including people already inside on day 0: together they are the steady state.
    let records = results.flatMap(\.records)
    let n = Double(records.count)
    func share(_ test: (ReleaseRecord) -> Bool) -> Double { Double(records.filter(test).count) / n }
    func within(_ observed: Double, _ expected: Double) -> Bool {
      abs(observed - expected) < 4 * (expected * (1 - expected) / n).squareRoot() + 1e-9
    }
    let expected: [(BasicCondition, Double)] = [
      (.id, 0.20), (.housing, 0.20), (.income, 0.40), (.debts, 0.70), (.care, 0.31),
    ]
    for (condition, value) in expected {
      let observed = share { $0.needsAtEntry.contains(condition) }
      #expect(within(observed, value), "\(condition): \(observed) vs \(value)")
    }
    // Releases in steady state have the admissions' length distribution.
    let under3Months = share { $0.stayDays < 91 }
    let under2Months = share { $0.stayDays < 61 }
    #expect(abs(under3Months - 0.73) < 0.03, "under 3 months: \(under3Months)")
    #expect(under2Months > 0.5, "most under 2 months: \(under2Months)")
  }

  @Test func yearlyReleasesMatchTheInflow() async throws {
    let results = try await ModelFixture.run(replications: 2)
    let perYear = ModelFixture.values(results, "releases_per_year")
    // Small world: 4,000 a year; a steady state releases what it admits.
    #expect(perYear.allSatisfy { abs($0 - 4000) < 4000 * 0.08 }, "\(perYear)")
  }
}
