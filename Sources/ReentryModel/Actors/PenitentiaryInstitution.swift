import SimKernel

/// A penitentiary institution (PI) with its casemanagers and detainees.
///
/// Owns every detainee inside it. Admission assigns a casemanager and sends
/// the Injus notification; casemanagers work their lists on working days;
/// on the release day the basic conditions are judged and the detainee is
/// handed to the return municipality (and probation, with a judicial title).
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

  func totals() -> InstitutionTotals { state.totals() }

  /// Everyone inside now, by detainee id.
  func detaineesInside() -> [Int] { state.detainees.keys }

  /// Records of the releases in the measured window, before their waits after release are known.
  func releaseRecords() -> [ReleaseRecord] { state.records }
}

/// A PI's state on a sampling day.
struct InstitutionSnapshot: Sendable {
  let population: Int
  let casemanagers: Int
  let caseloadTotal: Int
  let maxCaseload: Int
  /// Hours of tasks available on the sampling day, on time or overdue: work that can be done now.
  let backlogHours: Double
  /// Hours of tasks not yet available (release coordination ahead): planned work, not backlog.
  let futureWorkHours: Double
}

/// A PI's counters at the end of a replication.
struct InstitutionTotals: Sendable {
  let admitted: Int
  let released: Int
  let inCustody: Int
  let hoursAvailable: Double
  let hoursWorked: Double
  let droppedTasks: [Int]
  let maxCaseloadEver: Int
}
