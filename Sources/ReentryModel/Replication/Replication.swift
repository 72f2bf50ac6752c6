import SimKernel

/// Runs one replication in three phases: build the world, step it to the horizon, collect
/// what its actors hold into a result.
public enum Replication {
  /// Looks at the world's actors at the end of every sampling day; the invariant tests use it
  /// to check bookkeeping over time, not only at the end of a run.
  typealias Audit = (_ day: Int, _ institutions: [PenitentiaryInstitution], _ municipalities: [MunicipalityActor])
    async -> Void

  /// Replication `replication` of `parameters`: its streams depend on the seed and this number.
  public static func run(_ parameters: ModelParameters, replication: Int) async throws -> ReplicationResult {
    try await run(parameters, replication: replication, audit: nil)
  }

  static func run(_ parameters: ModelParameters, replication: Int, audit: Audit?) async throws
    -> ReplicationResult
  {
    let world = try World(parameters: parameters, replication: replication)
    var scheduler = BulkSynchronousScheduler<Message>(actors: world.actors)
    let timeseries = await step(world, &scheduler, audit: audit)
    return await collect(world, replication: replication, timeseries: timeseries, scheduler: scheduler)
  }

  /// Steps the world day by day to the horizon, sampling the time series on its days.
  static func step(_ world: World, _ scheduler: inout BulkSynchronousScheduler<Message>, audit: Audit?) async
    -> [TimeseriesPoint]
  {
    let layout = world.layout
    scheduler.post(.initialise, to: layout.admissionsOffice, onDay: 0)
    scheduler.post(.initialise, to: layout.probationActor, onDay: 0)
    scheduler.post(.initialise, to: layout.careActor, onDay: 0)

    var observer = TimeseriesObserver(interval: world.parameters.run.timeseriesIntervalDays)
    await scheduler.run(days: world.parameters.run.horizonDays) { day in
      guard observer.samples(day) else { return }
      var snapshots: [InstitutionSnapshot] = []
      var backlog: [(available: Double, future: Double)] = []
      for (institution, pool) in zip(world.institutions, world.casemanagers) {
        let snapshot = await institution.snapshot(day: day)
        snapshots.append(snapshot)
        // Summed over the staff in slot order, so the rounding is fixed.
        var hours = (available: 0.0, future: 0.0)
        for casemanager in pool.prefix(snapshot.staffSlots) {
          let h = await casemanager.backlog(on: day)
          hours.available += h.available
          hours.future += h.future
        }
        backlog.append(hours)
      }
      var aftercarePlaces = 0
      for municipality in world.municipalities { aftercarePlaces += await municipality.aftercarePlacesUsed() }
      observer.record(
        day: day, institutions: snapshots, backlog: backlog, probation: await world.probation.snapshot(),
        care: await world.care.snapshot(), aftercarePlacesUsed: aftercarePlaces)
      await audit?(day, world.institutions, world.municipalities)
    }
    return observer.points
  }

  /// Gathers the release records, hours and counts the actors hold at the horizon.
  static func collect(
    _ world: World, replication: Int, timeseries: [TimeseriesPoint], scheduler: BulkSynchronousScheduler<Message>
  ) async -> ReplicationResult {
    let p = world.parameters
    let horizon = p.run.horizonDays
    // Each record is with the casemanager that released the person, its waits after release
    // with the return municipality.
    var records: [ReleaseRecord] = []
    var hoursWorked = 0.0
    var idleSteps = 0
    var dropped = [CaseTask.Kind: Int]()
    for pool in world.casemanagers {
      for casemanager in pool {
        let t = await casemanager.totals()
        records += t.records
        hoursWorked += t.hoursWorked
        idleSteps += t.idleSteps
        for kind in CaseTask.Kind.allCases { dropped[kind, default: 0] += t.droppedTasks[kind.rawValue] }
      }
    }
    var aftercare = IntMap<Aftercare>(capacity: records.count)
    for municipality in world.municipalities {
      for entry in await municipality.aftercare(horizon: horizon) { aftercare[entry.detainee] = entry }
    }
    for i in records.indices { aftercare[records[i].detainee]?.apply(to: &records[i]) }
    records.sort { ($0.releaseDay, $0.detainee) < ($1.releaseDay, $1.detainee) }
    var hoursAvailable = 0.0
    var released = 0
    var inCustody = 0
    var maxCaseload = 0
    for institution in world.institutions {
      let t = await institution.totals(horizon: horizon)
      hoursAvailable += t.hoursAvailable
      released += t.released
      inCustody += t.inCustody
      maxCaseload = max(maxCaseload, t.maxCaseloadEver)
    }
    var result = ReplicationResult(
      replication: replication, measuredWindow: p.run.measuredWindow, records: records, timeseries: timeseries,
      hoursAvailable: hoursAvailable, hoursWorked: hoursWorked,
      admitted: await world.office.admitted, released: released, inCustody: inCustody,
      maxCaseload: maxCaseload, droppedTasks: dropped,
      actorSteps: scheduler.stepCount, messages: scheduler.deliveredCount,
      actorStepsByKind: ActorKind.allCases.map { kind in
        let first = world.layout.firstActor(kind)
        return scheduler.stepCount(ofActors: first..<first + world.layout.actorCount(kind))
      }, idleCasemanagerSteps: idleSteps,
      detaineeDays: await world.office.detaineeDays())
    result.partnerHours = await partnerHours(world)
    return result
  }

  /// The partners' hours, summed over the municipalities in index order.
  static func partnerHours(_ world: World) async -> PartnerHoursTally {
    var tally = PartnerHoursTally()
    for (index, municipality) in world.municipalities.enumerated() {
      tally.add(await municipality.coordinatorHours(), size: world.layout.sizeClass(of: index))
    }
    let probation = await world.probation.officerHours()
    tally.probationWorked = probation.worked
    tally.probationAvailable = probation.available
    return tally
  }
}
