import ReentryTestSupport
import Testing

@testable import ReentryModel

/// Casemanagers are stepped only when they have work: every casemanager step in a small world
/// handles a message or a working day that was due, none only a workday timer an earlier one
/// replaced; and the steps counted by kind of actor add up to all steps.
@Suite struct WakeTests {
  @Test func casemanagersAreWokenOnlyForWork() async throws {
    let result = try #require(try await ModelFixture.run(replications: 1).first)
    #expect(result.actorStepsByKind.count == ActorKind.allCases.count)
    #expect(result.actorStepsByKind.reduce(0, +) == result.actorSteps)
    #expect(result.actorStepsByKind[ActorKind.casemanager.rawValue] > 0)
    #expect(result.actorStepsByKind[ActorKind.municipality.rawValue] > 0)
    #expect(result.idleCasemanagerSteps == 0)
  }
}
