import ReentryModel

/// The work the kernel did in one run of a workload, summed over its replications.
struct BenchWork: Sendable {
  var detaineeDays = 0
  var messages = 0
  var actorSteps = 0
  /// Actor steps by kind of actor, indexed by `ActorKind.rawValue`.
  var stepsByKind = [Int](repeating: 0, count: ActorKind.allCases.count)
  /// Casemanager steps that found nothing to do (see `ReplicationResult.idleCasemanagerSteps`).
  var idleCasemanagerSteps = 0

  mutating func add(_ result: ReplicationResult) {
    detaineeDays += result.detaineeDays
    messages += result.messages
    actorSteps += result.actorSteps
    for kind in stepsByKind.indices { stepsByKind[kind] += result.actorStepsByKind[kind] }
    idleCasemanagerSteps += result.idleCasemanagerSteps
  }
}
