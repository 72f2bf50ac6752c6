import Testing

@testable import ReentryExperiments
@testable import ReentryReport

/// A sweep report's work grows linearly with its points: it reads every
/// point a fixed number of times, however many there are, so a sweep of
/// 10,000 points renders in about ten times the time of one of 1,000.
@Suite struct SweepReportScaleTests {
  /// The points read while rendering the whole page of a sweep over `values` × `lines`.
  static func pointsRead(values: Int, lines: [Bool]) throws -> Int {
    let reads = PointReads()
    var dimensions = [
      SweepPlan.Dimension(path: "casemanagers.caseloadNorm", values: (0..<values).map { .number(Double(10 + $0)) })
    ]
    if lines.count > 1 { dimensions.append(.init(path: "information.sharedSystem", values: lines.map { .bool($0) })) }
    let result = try SweepReportTests.result(SweepReportTests.plan(.grid, dimensions), reads: reads)
    _ = SweepReport(result: result).page.html
    return reads.count
  }

  @Test(arguments: [[true], [true, false]])
  func fourTimesThePointsAreFourTimesTheReads(lines: [Bool]) throws {
    let small = try Self.pointsRead(values: 6, lines: lines)
    let large = try Self.pointsRead(values: 24, lines: lines)
    #expect(small > 0)
    #expect(large == 4 * small, "\(small) reads for 6 values, \(large) for 24")
  }
}
