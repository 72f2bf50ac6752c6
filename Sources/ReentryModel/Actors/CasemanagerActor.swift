import SimKernel

/// A casemanager (MMD, medewerker Mens en Maatschappij): owns the cases on its caseload.
///
/// Holds the detainees assigned to it (as values) and its work list, works the list on
/// working days, and itself sends and receives the collaboration messages: the Injus
/// notification with the information sheet, calls to the municipality, conference
/// invitations to municipality and probation, the referral to care. Its institution
/// (`PenitentiaryInstitution`) assigns cases and says when one ends. An actor with nothing on
/// its list sets no timer, so idle casemanagers are not stepped.
public actor CasemanagerActor: SteppedActor {
  public typealias Message = ReentryModel.Message

  var state: CasemanagerState

  init(institution: Int, slot: Int, context: ReplicationContext) {
    state = CasemanagerState(institution: institution, slot: slot, context: context)
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    state.step(inbox, &out)
    return out
  }

  /// Hours of work on the list on a sampling day: available now, and planned for later.
  func backlog(on day: Int) -> (available: Double, future: Double) { state.backlog(on: day) }

  func totals() -> CasemanagerTotals {
    CasemanagerTotals(
      hoursWorked: state.hoursWorked, droppedTasks: state.casework.droppedTasks, records: state.records,
      idleSteps: state.idleSteps)
  }
}

/// A casemanager's counters and release records at the end of a replication.
struct CasemanagerTotals: Sendable {
  let hoursWorked: Double
  /// Tasks dropped unfinished at release, by `CaseTask.Kind` raw value.
  let droppedTasks: [Int]
  /// Records of the releases in the measured window, before their waits after release are known.
  let records: [ReleaseRecord]
  /// Steps that found nothing to do (stale workday timers only).
  let idleSteps: Int
}
