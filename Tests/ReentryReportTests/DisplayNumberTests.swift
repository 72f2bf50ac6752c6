import Testing

@testable import ReentryExperiments
@testable import ReentryReport

/// The one rounding rule of the terminal and the page: half away from zero,
/// on the number as the result files write it.
@Suite struct DisplayNumberTests {
  @Test func aTieRoundsAwayFromZero() {
    #expect(DisplayNumber.fixed(168.45, 1) == "168.5")
    #expect(DisplayNumber.fixed(-168.45, 1) == "-168.5")
    #expect(DisplayNumber.signed(168.45, 1) == "+168.5")
    #expect(DisplayNumber.fixed(0.2445, 1, factor: 100) == "24.5")
    #expect(DisplayNumber.fixed(2.5, 0) == "3")
  }

  @Test func belowATieRoundsDownAndZeroHasNoSign() {
    #expect(DisplayNumber.fixed(168.449, 1) == "168.4")
    #expect(DisplayNumber.fixed(-0.04, 1) == "0.0")
    #expect(DisplayNumber.signed(-0.04, 1) == "0.0")
    #expect(DisplayNumber.fixed(0.05, 2) == "0.05")
    #expect(DisplayNumber.fixed(1234.5, 0) == "1235")
    #expect(DisplayNumber.fixed(.nan, 1) == "NA")
  }

  @Test func aShareIntervalStaysWithinTheSharesThatExist() {
    #expect(DisplayNumber.shareInterval(-0.12, 0.4) == (0, 0.4))
    #expect(DisplayNumber.shareInterval(0.8, 1.3) == (0.8, 1))
    #expect(DisplayNumber.shareInterval(-1.4, 0.2, difference: true) == (-1, 0.2))
  }
}

/// The report's side of the same rules.
@Suite struct ReportNumberTests {
  @Test func theReportRoundsATieAwayFromZero() {
    #expect(DisplayUnit.signed(168.45, 1, .english) == "+168.5")
    #expect(DisplayUnit.signed(-168.45, 1, .english) == "−168.5")
    #expect(DisplayUnit.signed(168.45, 1, .dutch) == "+168,5")
  }

  @Test func aSharesIntervalIsShownWithin0And100Percent() {
    let unit = DisplayUnit("share", .english)
    #expect(unit.interval(Estimate(mean: 0.05, low: -0.12, high: 0.22, n: 2)) == "0.0–22.0%")
    #expect(unit.interval(Estimate(mean: 0.95, low: 0.8, high: 1.1, n: 2)) == "80.0–100.0%")
    #expect(DisplayUnit("days", .english).interval(Estimate(mean: 1, low: -2, high: 4, n: 2)) == "−2.0 to 4.0 days")
  }

  @Test func hoursPerPersonAreLeftOutWhenTheGainsIntervalIncludesZero() {
    func cost(gainLow: Double) -> [StaffCost.Measure: Estimate] {
      [
        .extraCasemanagersFTE: Estimate(mean: 3, low: 2, high: 4, n: 2),
        .extraReleaseReadyPerYear: Estimate(mean: 40, low: gainLow, high: 80, n: 2),
        .availableHoursPerExtraReleaseReady: Estimate(mean: 659, low: .nan, high: .nan, n: 2),
      ]
    }
    #expect(AnswerText.staffCost(cost(gainLow: 5), .english)?.contains("659 hours per additional") == true)
    #expect(AnswerText.staffCost(cost(gainLow: -5), .english)?.contains("659") == false)
  }
}
