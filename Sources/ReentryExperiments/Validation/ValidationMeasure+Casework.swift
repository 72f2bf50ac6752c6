import ReentryModel

extension ValidationMeasure {
  /// Share of the MDOs scheduled every `casemanagers.mdoIntervalDays` that were held before release.
  ///
  /// An MDO is due every interval after casework starts while the detainee
  /// is still inside; one not held by release is dropped and counted. The
  /// counters cover every release of the run and the records only the
  /// measured ones, so the scheduled number is the measured releases' count
  /// scaled by all releases over measured releases: an estimate.
  static func mdoHeldShare(_ r: ReplicationResult, _ c: ValidationContext) -> Double? {
    let interval = max(1, c.parameters.casemanagers.mdoIntervalDays)
    var scheduled = 0
    for rec in r.records {
      let span = rec.releaseDay - max(rec.admissionDay, 0)
      scheduled += max(0, (span + interval - 1) / interval - 1)
    }
    guard scheduled > 0, !r.records.isEmpty else { return nil }
    let estimated = Double(scheduled) * Double(r.released) / Double(r.records.count)
    let dropped = Double(r.droppedTasks[.mdo] ?? 0)
    return 1 - dropped / estimated
  }

  /// Housing loss among people housed at entry whose stay lies in `stays`, over the loss
  /// probability without rent continuation: 1 when nobody's rent was continued, lower when some was.
  static func housingLossRatio(_ r: ReplicationResult, _ c: ValidationContext, stays: ClosedRange<Int>) -> Double? {
    let p = c.parameters.needs.housingLossProbability
    guard p > 0 else { return nil }
    let lost = share(r) { rec in
      guard !rec.needsAtEntry.contains(.housing), stays.contains(rec.stayDays) else { return nil }
      return rec.needsAtRelease.contains(.housing)
    }
    return lost.map { $0 / p }
  }

  /// The longest benefit decision on the counter route: days to income minus the days
  /// before the person reported at the counter, over releases without municipal contact.
  ///
  /// The report delay is not in the record, so it is recomputed from the
  /// detainee's fixed draws (the factory recreates the same person from the
  /// seed, replication and id). A coordinated release has no report delay at
  /// all, so subtracting the uncoordinated one can only lower its value.
  /// Undefined under `information.fullSheet`, where a municipality may work
  /// on the case without contact and the counter route is not the only one.
  /// Someone who still had to open a bank account waited for that as well, not
  /// for the decision alone, and is left out.
  static func benefitDecisionMax(_ r: ReplicationResult, _ c: ValidationContext) -> Double? {
    let p = c.parameters
    guard !p.information.fullSheet else { return nil }
    let layout = WorldLayout(parameters: p)
    let random = RandomSource(seed: p.run.seed, replication: r.replication)
    guard let factory = try? DetaineeFactory(parameters: p, layout: layout, random: random) else { return nil }
    var longest: Int? = nil
    for rec in r.records {
      guard let days = rec.daysToIncome, rec.needsAtRelease.contains(.income),
        !rec.inOrder.contains(.income), !rec.municipalContact, !rec.lacksBankAccount
      else { continue }
      var d =
        rec.initialStock
        ? factory.initialStock(id: rec.detainee) : factory.admitted(id: rec.detainee, on: rec.admissionDay)
      guard d.releaseDay == rec.releaseDay, d.admissionDay == rec.admissionDay else { return nil }
      d.returnContactDay = .never
      d.releaseCoordinated = false
      let decision = days - ReleaseEvaluation.reportDelay(d, p)
      longest = max(longest ?? decision, decision)
    }
    return longest.map(Double.init)
  }
}
