import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Assisted living can be in order at release: a referral made during detention waits on the
/// list while the person is inside, and when a place comes free shortly before release the
/// care provider arranges the start on the release day (seed 003: referral during detention,
/// waiting lists up to a year). Before, a place could only be taken after release, so nobody
/// who needed assisted living could ever leave with care in order.
@Suite struct CareArrangedStartTests {
  @Test func longStayWithEarlyReferralCanLeaveWithCareInOrder() async throws {
    // A long measured window so stays over a year end in it; a short list at the start.
    let results = try await ModelFixture.run(
      replications: 2, seed: 13, ["run.measuredDays=500", "care.initialWaitingList=50"])
    let assisted = results.flatMap(\.records).filter { $0.careWaitDays != nil }
    let arranged = assisted.filter { $0.careWaitDays == 0 && !$0.careWaitCensored }
    let inOrder = arranged.filter { $0.inOrder.contains(.care) }
    #expect(!assisted.isEmpty)
    #expect(!inOrder.isEmpty, "\(arranged.count) of \(assisted.count) with a place on the release day")
    // Those who reach it are the ones referred early: long stays, not the shortest ones.
    #expect(inOrder.allSatisfy { $0.planDay < $0.releaseDay }, "all were referred during detention")
    #expect(inOrder.contains { !$0.shortSentence })
  }
}
