import SimKernel
import Testing

/// Weekday, week and working-day arithmetic, including negative days and
/// every possible weekday for day 0, against day-by-day brute force.
struct DayClockTests {
  private let monday = DayClock()

  @Test func weekdaysFromMondayOrigin() {
    #expect((0..<7).map(monday.weekday) == [0, 1, 2, 3, 4, 5, 6])
    #expect(monday.weekday(7) == 0)
    #expect(monday.weekday(-1) == 6)
    #expect(monday.weekday(-7) == 0)
    #expect(monday.weekday(-8) == 6)
    #expect(DayClock(firstWeekday: 2).weekday(0) == 2)
    #expect(DayClock(firstWeekday: 6).weekday(1) == 0)
  }

  @Test func workingDaysAreMondayToFriday() {
    #expect((0..<7).map(monday.isWorkingDay) == [true, true, true, true, true, false, false])
    #expect(!monday.isWorkingDay(-1))
    #expect(monday.isWorkingDay(-3))
  }

  @Test func weeksStartOnMondayWithFloorDivision() {
    #expect(monday.week(0) == 0)
    #expect(monday.week(6) == 0)
    #expect(monday.week(7) == 1)
    #expect(monday.week(-1) == -1)
    #expect(monday.week(-7) == -1)
    #expect(monday.week(-8) == -2)
    let wednesday = DayClock(firstWeekday: 2)
    #expect(wednesday.week(-2) == 0)  // the Monday before day 0
    #expect(wednesday.week(-3) == -1)
    #expect(wednesday.week(4) == 0)  // Sunday
    #expect(wednesday.week(5) == 1)  // next Monday
  }

  @Test func deadlineExamples() {
    // Day 0 is Monday; day 5 is Saturday; day 6 is Sunday.
    #expect(monday.addingWorkingDays(0, to: 0) == 0)
    #expect(monday.addingWorkingDays(1, to: 0) == 1)
    #expect(monday.addingWorkingDays(5, to: 0) == 7)
    #expect(monday.addingWorkingDays(10, to: 0) == 14)
    #expect(monday.addingWorkingDays(0, to: 5) == 7)
    #expect(monday.addingWorkingDays(0, to: 6) == 7)
    #expect(monday.addingWorkingDays(1, to: 4) == 7)
    #expect(monday.addingWorkingDays(1, to: 5) == 7)
    #expect(monday.addingWorkingDays(1, to: 6) == 7)
    #expect(monday.addingWorkingDays(10, to: 4) == 18)
    #expect(monday.addingWorkingDays(10, to: 5) == 18)
    #expect(monday.addingWorkingDays(23, to: 2) == 35)  // across four weekends
    #expect(monday.addingWorkingDays(20, to: -9) == 18)  // from a Saturday, four weeks on
  }

  @Test func workingDayCountExamples() {
    #expect(monday.workingDays(from: 0, to: 7) == 5)
    #expect(monday.workingDays(from: 5, to: 7) == 0)
    #expect(monday.workingDays(from: 4, to: 8) == 2)
    #expect(monday.workingDays(from: -7, to: 0) == 5)
    #expect(monday.workingDays(from: 3, to: 3) == 0)
    #expect(monday.workingDays(from: 9, to: 2) == 0)
    #expect(monday.workingDays(from: 0, to: 365) == 261)
  }

  @Test(arguments: 0..<7)
  func matchesBruteForce(firstWeekday: Int) {
    let clock = DayClock(firstWeekday: firstWeekday)
    func isWorking(_ day: Int) -> Bool { (((day + firstWeekday) % 7) + 7) % 7 < 5 }
    for from in -40...40 {
      var count = 0
      for to in from...(from + 40) {
        #expect(clock.workingDays(from: from, to: to) == count)
        if isWorking(to) { count += 1 }
      }
      for n in 0...25 {
        // Walk forward: the earliest working day D >= from with n working days in (from, D].
        var day = from
        var seen = 0
        while !(isWorking(day) && seen >= n) {
          day += 1
          if isWorking(day) { seen += 1 }
        }
        #expect(clock.addingWorkingDays(n, to: from) == day, "n \(n) from \(from)")
      }
    }
  }

  @Test func deadlineAndCountAgree() {
    // n working days after a day lie strictly after it, up to the deadline.
    for day in -20...20 {
      for n in 1...30 {
        let deadline = monday.addingWorkingDays(n, to: day)
        #expect(monday.workingDays(from: day + 1, to: deadline + 1) == n)
        #expect(monday.isWorkingDay(deadline))
      }
    }
  }
}
