import Testing

@testable import ReentryExperiments
@testable import ReentryReport

/// The report's number formatting, scales and CSV reading, without a result directory.
@Suite struct ReportFormattingTests {
  @Test func numbersAreFormattedWithoutLocaleAndWithAMinusSign() {
    let share = DisplayUnit("share", .english)
    #expect(share.value(0.310151) == "31.0%")
    #expect(share.interval(Estimate(mean: 0.31, low: 0.277656, high: 0.342646, n: 2)) == "27.8–34.3%")
    #expect(share.difference(-0.0123) == "−1.2 percentage points")
    #expect(share.difference(0.014142) == "+1.4 percentage points")
    #expect(share.differenceInterval(Estimate(mean: 0, low: -0.003, high: 0.026, n: 2)) == "−0.3 to 2.6")
    #expect(share.interval(Estimate(mean: 0.3, low: .nan, high: .nan, n: 1)) == "no interval (n = 1)")
    #expect(DisplayUnit("releases/year", .english).value(27456.4) == "27,456 releases a year")
    #expect(DisplayUnit.fixed(-0.01, 1, .english) == "0.0")
  }

  @Test func scalesHaveRoundTicksCoveringTheData() {
    let scale = LinearScale(covering: [0.277, 0.343], from: 0, to: 100)
    #expect(scale.low <= 0.277 && scale.high >= 0.343)
    #expect(scale.ticks.first == scale.low && scale.ticks.last == scale.high)
    #expect(scale(scale.low) == 0 && scale(scale.high) == 100)
    #expect(LinearScale(covering: [0, 100], from: 0, to: 1).ticks == [0, 20, 40, 60, 80, 100])
    #expect(LinearScale(covering: [5, 5], from: 0, to: 1).ticks.count >= 2)
  }

  @Test func csvReadsQuotedFieldsAndNamesTheLineOfAnError() throws {
    let table = try CSVTable("a,b\n\"x, \"\"y\"\"\",2\n", file: "t.csv")
    #expect(table.records.map(\.fields) == [["x, \"y\"", "2"]])
    #expect(throws: InputError.self) { try CSVTable("a,b\n1\n", file: "t.csv") }
    do { _ = try CSVTable("a,b\n1,2\n3\n", file: "t.csv") } catch {
      #expect(error.description == "t.csv: line 3: expected 2 fields as in the header, found 1")
    }
  }
}
