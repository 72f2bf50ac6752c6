import Testing

@testable import ReentryModel

/// A partner's weekly hours: what it takes on, declines and carries over.
@Suite struct PartnerHoursTests {
  @Test func aPartnerWithoutHoursDeclinesEverything() {
    var hours = PartnerHours(perWeek: 0, window: 0..<365)
    let first = hours.take(0.5, on: 3)
    let second = hours.take(2, on: 10)
    hours.charge(2, on: 12)
    #expect(!first && !second)
    #expect(hours.worked == 0)
    #expect(hours.available == 0)
  }

  @Test func anItemStartsWhileHoursAreLeftAndItsOverrunComesOutOfNextWeek() {
    var hours = PartnerHours(perWeek: 3, window: 0..<365)
    let first = hours.take(2, on: 0)
    let second = hours.take(2, on: 1)  // 1 hour left: starts, runs over by 1
    let third = hours.take(0.5, on: 6)  // nothing left this week
    #expect(first && second && !third)
    let nextWeek = hours.left(on: 7)
    #expect(nextWeek == 2)  // 3 minus the overrun
    #expect(hours.worked == 4)
  }

  @Test func anOverrunDoesNotCarryPastAnIdleWeek() {
    var hours = PartnerHours(perWeek: 3, window: 0..<365)
    hours.charge(5, on: 0)
    let afterIdleWeek = hours.left(on: 14)
    #expect(afterIdleWeek == 3)
  }

  @Test func onlyHoursInsideTheMeasuredWindowCount() {
    var hours = PartnerHours(perWeek: 10, window: 7..<21)
    hours.charge(4, on: 3)
    hours.charge(4, on: 8)
    #expect(hours.worked == 4)
    #expect(hours.available == 20)
  }

  @Test func theHoursRenewOnTheFirstDayOfTheNextWeek() {
    #expect(PartnerHours.nextWeek(after: 0) == 7)
    #expect(PartnerHours.nextWeek(after: 6) == 7)
    #expect(PartnerHours.nextWeek(after: 7) == 14)
  }
}
