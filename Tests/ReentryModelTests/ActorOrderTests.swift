import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The actors are numbered by one walk over `ActorKind` and built by the same walk.
@Suite struct ActorOrderTests {
  @Test func kindsTakeConsecutiveIdsInOrder() throws {
    let parameters = ModelParameters(try ModelFixture.scenario("Scenarios/baseline.json", ModelFixture.small))
    let world = try World(parameters: parameters, replication: 0)
    let layout = world.layout
    var next = 0
    for kind in ActorKind.allCases {
      #expect(layout.firstActor(kind) == next, "\(kind)")
      next += layout.actorCount(kind)
    }
    #expect(next == layout.actorCount && world.actors.count == next)
    #expect(layout.admissionsOffice == 0 && layout.careActor == layout.probationActor + 1)
    #expect(layout.municipalityActor(0) == layout.institutionActor(layout.institutionCount - 1) + 1)
    let last = layout.institutionCount - 1
    #expect(
      layout.casemanagerActor(institution: last, slot: layout.casemanagerPool(last) - 1) == layout.actorCount - 1)
  }
}
