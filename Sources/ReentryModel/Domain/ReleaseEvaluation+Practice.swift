import SimKernel

/// Seed 003's further obstacles at release (issue 19): phasing (BBA and penitentiary programme),
/// work and the VOG, the bank account, treatment and the social network.
extension ReleaseEvaluation {
  /// A phase outside before release: its first day (`never`: none), and whether it is a
  /// penitentiary programme (PP) rather than a BBA.
  struct Phase {
    var day = Detainee.never
    var programme = false
  }

  /// The BBA is for detainees who already work, study or have a day activity outside
  /// (seed 003:1500-1502; here: no income need at entry and no benefit), with strict criteria
  /// that exclude the elderly, those unfit for work and those with addiction, and in practice
  /// LVB detainees (seed 003:1502-1509). The PP is only for stays under a year (seed 003:750-752).
  /// Either is applied for from the D&R plan, so it starts no earlier than the plan.
  func phase(of d: Detainee, plan: Int, _ practice: Practice) -> Phase {
    let ph = parameters.phasing
    let r = d.releaseDay
    guard ph.enabled, plan != Detainee.never else { return Phase() }
    let worksOutside = !d.needsAtEntry.contains(.income) && !d.benefitStops
    let bbaEligible =
      worksOutside && d.stayDays >= ph.bbaMinStayDays && !practice.elderly(d) && !practice.unfitForWork(d)
      && !practice.addicted(d)
    let bbaChance = ph.bbaPlacementProbability * (d.lvb ? ph.bbaLvbFactor : 1)
    if bbaEligible, practice.u(d, Label.bba) < bbaChance {
      let day = max(plan, r - ph.bbaPhaseDays)
      return day < r ? Phase(day: day, programme: false) : Phase()
    }
    if d.stayDays >= ph.ppMinStayDays, d.stayDays < ph.ppMaxStayDays,
      practice.u(d, Label.pp) < ph.ppPlacementProbability
    {
      let day = max(plan, r - ph.ppPhaseDays)
      return day < r ? Phase(day: day, programme: true) : Phase()
    }
    return Phase()
  }

  /// The day a job found before release starts (`never`: none). Someone fit for work searches
  /// with the return municipality's job helper where it funds one, from the day that
  /// municipality is engaged: the helper speaks with the detainee and learns the question
  /// first-hand, registered in the plan or not (seed 003:1369-1372); from a penitentiary
  /// programme outside; or, self-reliant, on their own from the RIC (seed 003:1373-1375:
  /// "aangewezen op zichzelf"). A VOG refused for
  /// the offence history narrows every route (seed 003:1365-1367). One draw decides all routes,
  /// so a route added can only find the job earlier.
  func jobDay(of d: Detainee, engaged: Int, ricDay: Int, phase: Phase, _ practice: Practice) -> Int {
    let p = parameters
    let w = p.work
    let never = Detainee.never
    guard w.enabled, !practice.unfitForWork(d) else { return never }
    let chance = w.jobFoundProbability * (practice.vogRefused(d) ? w.vogRefusedFactor : 1)
    let u = practice.u(d, Label.job)
    var start = never
    let size = layout.sizeClass(of: d.returnMunicipality)
    let funds =
      random.uniform(Label.municipality, d.returnMunicipality, Label.jobSupport)
      < p.municipalities.behaviour(size).jobSupportProbability
    if funds, u < chance { start = min(start, engaged) }
    if phase.programme, u < chance { start = min(start, phase.day) }
    let own = chance * w.ownSearchFactor * (d.lvb ? p.ric.lvbSelfHelpFactor : 1)
    if d.selfReliant, u < own { start = min(start, ricDay) }
    guard start != never else { return never }
    return start + LeadTime.days(mean: w.jobSearchDays, cv: p.conditions.leadTimeCV, z: practice.z(d, Label.jobLead))
  }

  /// Whether treatment that is needed started before release (true when none is needed).
  ///
  /// The PI psychologist or PMO indicates it after the plan (seed 003 fn 47); it starts inside
  /// only once a partner is involved (seed 003:1126-1129, 1973-1976): the return municipality
  /// engaged, the plan discussed at a table with it, a joint conversation held, probation at a
  /// conference, or a phase outside (the PP allows ambulant care, seed 003:1428-1429).
  /// Otherwise it starts "pas na detentie" (seed 003:1423-1425).
  func treatmentStarted(
    _ d: Detainee, plan: Int, partner: Int, _ practice: Practice
  ) -> Bool {
    let t = parameters.treatment
    let never = Detainee.never
    guard t.enabled, practice.needsTreatment(d) else { return true }
    guard plan != never, partner != never, practice.u(d, Label.indication) < t.indicationProbability else {
      return false
    }
    let cv = parameters.conditions.leadTimeCV
    let indicated = plan + LeadTime.days(mean: t.indicationDays, cv: cv, z: practice.z(d, Label.indicationLead))
    let start =
      max(indicated, partner) + LeadTime.days(mean: t.startDays, cv: cv, z: practice.z(d, Label.treatmentLead))
    return start <= d.releaseDay
  }

  /// The social network at entry and at release (not a basic condition; seed 003:733-734).
  /// Long stays wear it down unless regular leave keeps relations (seed 003:1466-1471); leave
  /// is asked for with the reintegration goals of the plan and often refused (seed 003:1460-1465).
  func socialNetwork(of d: Detainee, plan: Int, _ practice: Practice) -> (atEntry: Bool, kept: Bool) {
    let l = parameters.leave
    guard practice.hasNetwork(d) else { return (false, false) }
    guard d.stayDays >= l.networkAtRiskAfterDays else { return (true, true) }
    let leave = l.enabled && plan != Detainee.never && practice.u(d, Label.leave) < l.grantedProbability
    return (true, leave || practice.u(d, Label.networkLoss) >= l.networkLossProbability)
  }

  /// Days after release until the bank account is usable, for someone who lacks one: opened
  /// from detention, or applied for once the person reports after release.
  func accountDays(_ d: Detainee, reportDelay: Int, _ practice: Practice) -> Int {
    let r = d.releaseDay
    if d.bankAccountDay != .never { return max(0, d.bankAccountDay - Day(r)) }
    let b = parameters.bankAccount
    return reportDelay
      + LeadTime.days(
        mean: b.openAfterReleaseDays, cv: parameters.conditions.leadTimeCV, z: practice.z(d, Label.bankLead))
  }
}
