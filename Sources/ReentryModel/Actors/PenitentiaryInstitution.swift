import SimKernel

/// A penitentiary institution (PI): admits detainees, assigns each to a casemanager by
/// caseload, keeps its places' release calendar and releases.
///
/// Its casemanagers are actors of their own (`CasemanagerActor`): they hold the cases, work
/// them on working days and do the collaboration with municipalities and probation. The PI
/// itself answers municipalities' requests for the casemanager's details (its liaison).
public actor PenitentiaryInstitution: SteppedActor {
  public typealias Message = ReentryModel.Message

  var state: InstitutionState

  init(index: Int, context: ReplicationContext, fixedStaff: Int?) {
    state = InstitutionState(index: index, context: context, fixedStaff: fixedStaff)
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    state.step(inbox, &out)
    return out
  }

  /// What the scheduler's observer records every sampling day.
  func snapshot(day: Int) -> InstitutionSnapshot { state.snapshot(day: day) }

  func totals(horizon: Int) -> InstitutionTotals { state.totals(horizon: horizon) }

  /// Everyone inside now, by detainee id.
  func detaineesInside() -> [DetaineeID] { state.assignments.keys.map(DetaineeID.init) }
}

/// A PI's staff on a sampling day.
struct InstitutionSnapshot: Sendable {
  let population: Int
  let casemanagers: Int
  let caseloadTotal: Int
  let maxCaseload: Int
  /// Casemanager actors ever hired here (the first `staffSlots` of its pool).
  let staffSlots: Int
}

/// A PI's counters at the end of a replication.
struct InstitutionTotals: Sendable {
  let admitted: Int
  let released: Int
  let inCustody: Int
  let hoursAvailable: Double
  let maxCaseloadEver: Int
}
