import SimKernel

/// Builds the world of actors for one replication and runs it to the horizon.
public enum Replication {
  /// Looks at the world's actors at the end of every sampling day; the invariant tests use it
  /// to check bookkeeping over time, not only at the end of a run.
  typealias Audit = (_ day: Int, _ institutions: [PenitentiaryInstitution], _ municipalities: [MunicipalityActor])
    async -> Void

  public static func run(_ parameters: ModelParameters, replication: Int) async throws -> ReplicationResult {
    try await run(parameters, replication: replication, audit: nil)
  }

  static func run(_ parameters: ModelParameters, replication: Int, audit: Audit?) async throws
    -> ReplicationResult
  {
    let p = parameters
    var layout = WorldLayout(parameters: p)
    let random = RandomSource(seed: p.run.seed, replication: replication)
    let factory = try DetaineeFactory(parameters: p, layout: layout, random: random)
    let load = ExpectedLoad(parameters: p, factory: factory)
    layout.reserveCasemanagers(load.casemanagerPools(layout: layout))
    let context = ReplicationContext(parameters: p, layout: layout, random: random, factory: factory)

    let office = AdmissionsOffice(
      layout: layout, random: random, factory: factory, releasesPerYear: p.population.releasesPerYear,
      capacities: load.capacities(layout: layout), horizon: p.run.horizonDays)
    let staff = load.fixedStaff(layout: layout)
    let institutions = (0..<layout.institutionCount).map {
      PenitentiaryInstitution(index: $0, context: context, fixedStaff: staff?[$0])
    }
    let municipalities = layout.municipalities.indices.map {
      MunicipalityActor(index: $0, context: context)
    }
    let probation = Probation(
      actorID: layout.probationActor, parameters: p, random: random,
      expectedLoad: load.supervisions)
    let care = CareProvider(
      actorID: layout.careActor, parameters: p, random: random, expectedLoad: load.assistedLiving)
    // Each institution's pool of casemanagers, in institution order.
    let casemanagers: [[CasemanagerActor]] = (0..<layout.institutionCount).map { institution in
      (0..<layout.casemanagerPool(institution)).map {
        CasemanagerActor(institution: institution, slot: $0, context: context)
      }
    }

    var actors: [any SteppedActor<Message>] = [office]
    actors += institutions as [any SteppedActor<Message>]
    actors += municipalities as [any SteppedActor<Message>]
    actors += [probation, care] as [any SteppedActor<Message>]
    for pool in casemanagers { actors += pool as [any SteppedActor<Message>] }
    precondition(actors.count == layout.actorCount)

    var scheduler = BulkSynchronousScheduler<Message>(actors: actors)
    scheduler.post(.initialise, to: layout.admissionsOffice, onDay: 0)
    scheduler.post(.initialise, to: layout.probationActor, onDay: 0)
    scheduler.post(.initialise, to: layout.careActor, onDay: 0)

    var observer = TimeseriesObserver(interval: p.run.timeseriesIntervalDays)
    let horizon = p.run.horizonDays
    await scheduler.run(days: horizon) { day in
      guard observer.samples(day) else { return }
      var snapshots: [InstitutionSnapshot] = []
      var backlog: [(available: Double, future: Double)] = []
      for (institution, pool) in zip(institutions, casemanagers) {
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
      for municipality in municipalities { aftercarePlaces += await municipality.aftercarePlacesUsed() }
      observer.record(
        day: day, institutions: snapshots, backlog: backlog, probation: await probation.snapshot(),
        care: await care.snapshot(), aftercarePlacesUsed: aftercarePlaces)
      await audit?(day, institutions, municipalities)
    }

    // Each record is with the casemanager that released the person, its waits after release
    // with the return municipality.
    var records: [ReleaseRecord] = []
    var hoursWorked = 0.0
    var dropped = [CaseTask.Kind: Int]()
    for pool in casemanagers {
      for casemanager in pool {
        let t = await casemanager.totals()
        records += t.records
        hoursWorked += t.hoursWorked
        for kind in CaseTask.Kind.allCases { dropped[kind, default: 0] += t.droppedTasks[kind.rawValue] }
      }
    }
    var aftercare = IntMap<Aftercare>(capacity: records.count)
    for municipality in municipalities {
      for entry in await municipality.aftercare(horizon: horizon) { aftercare[entry.detainee] = entry }
    }
    for i in records.indices { aftercare[records[i].detainee]?.apply(to: &records[i]) }
    records.sort { ($0.releaseDay, $0.detainee) < ($1.releaseDay, $1.detainee) }
    var hoursAvailable = 0.0
    var released = 0
    var inCustody = 0
    var maxCaseload = 0
    for institution in institutions {
      let t = await institution.totals(horizon: horizon)
      hoursAvailable += t.hoursAvailable
      released += t.released
      inCustody += t.inCustody
      maxCaseload = max(maxCaseload, t.maxCaseloadEver)
    }
    return ReplicationResult(
      replication: replication, measuredWindow: p.run.measuredWindow, records: records, timeseries: observer.points,
      hoursAvailable: hoursAvailable, hoursWorked: hoursWorked,
      admitted: await office.admitted, released: released, inCustody: inCustody,
      maxCaseload: maxCaseload, droppedTasks: dropped,
      actorSteps: scheduler.stepCount, messages: scheduler.deliveredCount,
      detaineeDays: await office.detaineeDays())
  }
}
