import Testing

@testable import ReentryCLI
@testable import ReentryExperiments
@testable import ReentryReport

/// The terminal tables round as the report does, keep a share's interval
/// within 0–100%, and leave out the hours per extra release-ready person
/// when the gain may be zero.
@Suite struct TerminalNumberTests {
  static func cost(gainLow: Double) -> [StaffCost.Row] {
    [
      .init(variant: 0, measure: .extraCasemanagersFTE, mean: 168.45, ciLow: 160.05, ciHigh: 176.85, n: 2),
      .init(variant: 0, measure: .extraReleaseReadyPerYear, mean: 40, ciLow: gainLow, ciHigh: 80, n: 2),
      .init(variant: 0, measure: .availableHoursPerExtraReleaseReady, mean: 659, ciLow: .nan, ciHigh: .nan, n: 2),
    ]
  }

  @Test func theTerminalAndTheReportRoundATieAlike() {
    let text = CompareTable.staff(Self.cost(gainLow: 5), variant: 0)
    #expect(text.contains("extra casemanagers (FTE): +168.5 (95% interval +160.1 to +176.9)"), "\(text)")
    #expect(DisplayUnit.signed(168.45, 1, .english) == "+168.5")
  }

  @Test func hoursPerPersonAreLeftOutWhenTheGainsIntervalIncludesZero() {
    let sure = CompareTable.staff(Self.cost(gainLow: 5), variant: 0)
    #expect(sure.contains("casework hours available per extra release-ready person: 659"), "\(sure)")
    let unsure = CompareTable.staff(Self.cost(gainLow: -3), variant: 0)
    #expect(!unsure.contains(": 659"), "\(unsure)")
    #expect(unsure.contains("casework hours available per extra release-ready person: not given"), "\(unsure)")
  }

  @Test func aSharesIntervalStaysWithin0And100Percent() {
    #expect(CompareTable.percentInterval(-0.123, 0.456) == "0.0%–45.6%")
    #expect(CompareTable.percentInterval(0.9, 1.07) == "90.0%–100.0%")
  }
}
