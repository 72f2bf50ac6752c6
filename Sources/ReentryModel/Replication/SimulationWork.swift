/// What the kernel did across replications, for the rates in `run-info.json`.
///
/// Compare and sweep drop each replication's records as soon as its metrics
/// are known, so they keep these totals on the way instead.
package struct SimulationWork: Sendable {
  package var actorSteps = 0
  package var messages = 0
  package var detaineeDays = 0

  package init() {}

  package init(_ result: ReplicationResult) {
    actorSteps = result.actorSteps
    messages = result.messages
    detaineeDays = result.detaineeDays
  }

  package static func + (a: SimulationWork, b: SimulationWork) -> SimulationWork {
    var sum = a
    sum.actorSteps += b.actorSteps
    sum.messages += b.messages
    sum.detaineeDays += b.detaineeDays
    return sum
  }
}
