import Testing

@testable import ReentryModel

/// A day orders and counts as its number did; its sentinels are named and cannot turn into
/// real days through arithmetic.
@Suite struct DayTests {
  @Test func ordersAndCountsAsItsNumber() {
    let numbers = [7, -3, 0, 12, 5]
    #expect(numbers.map(Day.init).sorted().map(\.raw) == numbers.sorted())
    #expect(Day(10) + 5 == Day(15) && Day(10) - 5 == Day(5) && Day(10) - Day(4) == 6)
  }

  @Test func sentinelsLieOutsideEveryDayOfTheRun() {
    let run = [0, 1, 365, 20 * 365].map(Day.init)
    #expect(run.allSatisfy { Day.beforeTheRun < $0 && $0 < Day.never })
    #expect(Day.never.description == "never" && Day(42).description == "42")
    #expect(Day(0) - Day.beforeTheRun == -(Int.min / 2), "days since the sentinel stay finite")
  }

  @Test func aDayAfterNeverStopsTheRun() async {
    await #expect(processExitsWith: .failure) { _ = Day.never + 1 }
  }
}
