/// What the kernel did across replications, for the rates in `run-info.json`.
///
/// Compare and sweep drop each replication's records as soon as its metrics
/// are known, so they keep these totals on the way instead.
struct SimulationWork: Sendable {
  var actorSteps = 0
  var messages = 0
  var detaineeDays = 0

  init() {}

  init(_ result: ReplicationResult) {
    actorSteps = result.actorSteps
    messages = result.messages
    detaineeDays = result.detaineeDays
  }

  static func + (a: SimulationWork, b: SimulationWork) -> SimulationWork {
    var sum = a
    sum.actorSteps += b.actorSteps
    sum.messages += b.messages
    sum.detaineeDays += b.detaineeDays
    return sum
  }
}
