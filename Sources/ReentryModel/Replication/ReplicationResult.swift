/// Everything one replication produces, before aggregation.
public struct ReplicationResult: Sendable {
  public let replication: Int
  /// The days whose releases are measured (after the warm-up).
  public let measuredWindow: Range<Int>
  /// Length of the measured window, to scale counts to a year.
  public var measuredDays: Int { measuredWindow.count }
  /// Measured releases, sorted by (release day, detainee id).
  public let records: [ReleaseRecord]
  public let timeseries: [TimeseriesPoint]
  /// Casemanager hours in the measured window.
  public let hoursAvailable: Double
  public let hoursWorked: Double
  /// Conservation: admitted = released + in custody at the end.
  public let admitted: Int
  public let released: Int
  public let inCustody: Int
  /// Highest caseload any casemanager ever held.
  public let maxCaseload: Int
  /// Tasks dropped unfinished at release, by task kind.
  public let droppedTasks: [CaseTask.Kind: Int]
  /// Actor steps and delivered messages: the work the kernel did.
  public let actorSteps: Int
  public let messages: Int
  /// Actor steps by kind of actor, indexed by `ActorKind.rawValue`.
  public let actorStepsByKind: [Int]
  /// Casemanager steps that found nothing to do: woken only by workday timers an earlier timer
  /// had replaced (a timer in flight cannot be withdrawn).
  public let idleCasemanagerSteps: Int
  /// Days spent in custody within the simulated horizon, summed over detainees.
  public let detaineeDays: Int
  /// Partner hours (aftercare coordinators by size class, probation officers) in the measured window.
  public var partnerHours = PartnerHoursTally()
}

/// One sample of one series on one day.
public struct TimeseriesPoint: Sendable, Equatable {
  public let day: Int
  public let series: String
  public let value: Double
}
