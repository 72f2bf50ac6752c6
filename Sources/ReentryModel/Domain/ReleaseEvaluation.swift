import SimKernel

/// Judges the basic conditions on the day of release, and what follows after.
///
/// Each condition is "in order" when the work on it started early enough for
/// its lead time to end by the release day. Work starts through the channels
/// the sources describe: the casemanager's plan, contact with the municipality
/// (any municipality for an ID, the actual return municipality for income,
/// housing and debts), the RIC for self-reliant detainees, and the care
/// provider's waiting list for assisted living.
///
/// A final class: one per replication, read by every casemanager at every release; as a struct
/// holding the parameters and layout it was copied whole (with retains) at each call.
package final class ReleaseEvaluation: Sendable {
  let parameters: ModelParameters
  let layout: WorldLayout
  let random: RandomSource
  let clock = DayClock()
  let practice: Practice

  init(parameters: ModelParameters, layout: WorldLayout, random: RandomSource) {
    self.parameters = parameters
    self.layout = layout
    self.random = random
    self.practice = Practice(parameters: parameters, random: random)
  }

  /// The day casework starts: admission, also for people already inside on day 0, whose
  /// casework before day 0 is filled in from their time served (see `admitWithHistory`).
  static func caseworkStart(_ d: Detainee) -> Int { d.admissionDay }

  /// Days after release before the municipality picks the person up.
  ///
  /// Nobody waits when the return municipality was in contact during
  /// detention; otherwise the person must report at the counter, which takes
  /// an LVB person longer unless the sheet told the municipality.
  package static func reportDelay(_ d: Detainee, _ p: ModelParameters) -> Int {
    if d.returnContactDay < Day(d.releaseDay) { return 0 }
    let lvbFactor = d.lvb && !LvbAttention.partnersKnow(d, p) ? p.municipalities.lvbReportDelayFactor : 1
    return LeadTime.days(
      mean: p.municipalities.reportAtCounterMeanDays * lvbFactor, cv: p.conditions.leadTimeCV, z: d.luck.zReport)
  }

  func record(for d: Detainee) -> ReleaseRecord {
    let p = parameters
    let c = p.conditions
    let r = d.releaseDay
    let start = Self.caseworkStart(d)
    let never = Detainee.never
    func before(_ day: Day) -> Int { Self.before(day, release: r) }
    let plan = before(d.planDay)
    let anyContact = before(d.anyContactDay)
    let returnContact = before(d.returnContactDay)
    let engaged = min(returnContact, before(d.returnWorkWithoutContactDay))
    let cv = c.leadTimeCV
    let ricDay = p.ric.enabled ? start + p.ric.startAfterDays : never
    let ricScale = p.ric.hoursPerWeek > 0 ? 4 / p.ric.hoursPerWeek : Double.infinity
    func ricChance(_ base: Double) -> Double {
      d.selfReliant ? base * (d.lvb ? p.ric.lvbSelfHelpFactor : 1) : 0
    }
    func done(_ startDay: Int, _ lead: Int) -> Int {
      startDay == never ? never : startDay + lead
    }
    func scaled(_ lead: Int) -> Int {
      ricScale.isFinite ? Int((Double(lead) * ricScale).rounded(.up)) : never / 2
    }

    // Needs at release: entry needs plus what detention takes away.
    var needs = d.needsAtEntry
    if d.benefitStops { needs.insert(.income) }
    let atRiskDay = d.admissionDay + p.needs.housingAtRiskAfterDays
    let rentKept =
      d.rentContinued && d.returnContactDay < Day(atRiskDay)
      && d.stayDays <= p.municipalities.rentContinuationMaxDays
    let housingLost =
      !d.needsAtEntry.contains(.housing) && d.stayDays > p.needs.housingAtRiskAfterDays
      && d.luck.housingLoss < p.needs.housingLossProbability && !rentKept
    if housingLost { needs.insert(.housing) }
    let housingNeedDay = housingLost ? atRiskDay : d.admissionDay

    let idLead = LeadTime.days(mean: c.idLeadTimeDays, cv: cv, z: d.luck.zId)
    let benefitLead = LeadTime.days(mean: c.benefitPreparationDays, cv: cv, z: d.luck.zBenefit)
    let housingLead = LeadTime.days(
      mean: c.housingSearchMeanDays * c.housingMarketTightness, cv: cv, z: d.luck.zHousing)
    let debtLead = LeadTime.days(mean: c.debtArrangementDays, cv: cv, z: d.luck.zDebt)
    let careLead = LeadTime.days(mean: c.careArrangementDays, cv: cv, z: d.luck.zCare)

    let ricId = d.luck.ricId < ricChance(p.ric.idSelfHelpProbability) ? ricDay : never
    let ricDebt = d.luck.ricDebt < ricChance(p.ric.debtSelfHelpProbability) ? ricDay : never
    let idStart = plan == never || anyContact == never ? never : max(plan, anyContact)
    // The return municipality works on a condition during detention only once it knows the help
    // question (seed 003: otherwise the work starts "pas na detentie").
    let known = knowledge(of: d, plan: plan, returnContact: returnContact, housingNeedDay: housingNeedDay)
    func municipalStart(_ condition: BasicCondition, from day: Int = Int.min) -> Int {
      let k = known(condition)
      return engaged == never || k == never ? never : max(engaged, k, day)
    }
    // Where someone under supervision can live depends on what probation knows (its conditions
    // and risk picture; assumption): a municipality refused that information cannot start the
    // housing search, unless probation shared it at a case conference (seed 003 recommendation 6).
    let informed = d.probationRefused ? before(d.probationInformationDay) : engaged
    let practice = self.practice
    // A BBA or penitentiary programme lets the person search for a home from outside.
    let phase = phase(of: d, plan: plan, practice)
    let phaseHousing = phase.day == never ? never : max(phase.day, housingNeedDay)
    let municipalHousing = informed == never ? never : municipalStart(.housing, from: max(housingNeedDay, informed))
    let housingStart = min(phaseHousing, municipalHousing)
    let job = jobDay(of: d, engaged: engaged, ricDay: ricDay, phase: phase, practice)
    let incomeStart = municipalStart(.income)
    var ready = [Int](repeating: never, count: BasicCondition.allCases.count)
    ready[BasicCondition.id.rawValue] = min(done(idStart, idLead), done(ricId, scaled(idLead)))
    ready[BasicCondition.income.rawValue] = min(done(incomeStart, benefitLead), job)
    ready[BasicCondition.housing.rawValue] = done(housingStart, housingLead)
    ready[BasicCondition.debts.rawValue] = min(done(municipalStart(.debts), debtLead), done(ricDebt, scaled(debtLead)))
    let partner = min(
      engaged, before(d.planDiscussedDay), before(d.jointConversationDay), before(d.conferenceProbationDay), phase.day)
    let ambulant = done(plan, careLead) <= r && treatmentStarted(d, plan: plan, partner: partner, practice)
    // Assisted living: judged when the care provider places the person (see MunicipalityActor).
    ready[BasicCondition.care.rawValue] = ambulant && !d.needsAssistedLiving ? r : never

    var inOrder = ConditionSet()
    for condition in BasicCondition.allCases
    where !needs.contains(condition) || ready[condition.rawValue] <= r {
      inOrder.insert(condition)
    }
    // A benefit or wage pays only into a bank account (seed 003:1337-1339).
    let lacksAccount = needs.contains(.income) && practice.lacksAccount(d) && d.bankAccountDay > Day(r)
    if lacksAccount { inOrder.remove(.income) }
    // The domino effect (seed 003): without a home at release a benefit and a debt arrangement
    // hold only for someone with a postal address (a benefit needs one; the person's own draw).
    let homeless = needs.contains(.housing) && !inOrder.contains(.housing)
    if homeless,
      random.uniform(Label.detainee, d.id, Label.postalAddress) >= c.postalAddressWithoutHomeProbability
    {
      if needs.contains(.income) { inOrder.remove(.income) }
      if needs.contains(.debts) { inOrder.remove(.debts) }
    }

    let arranged = self.arranged(
      d, needs: needs, inOrder: inOrder,
      handedOver: HandedOver(
        id: idStart, income: incomeStart, housing: municipalHousing, debts: municipalStart(.debts),
        careIntake: plan == never ? never : done(plan, careLead), carePartner: partner))

    let reportDelay = Self.reportDelay(d, p)
    var daysToIncome: Int? = nil
    if needs.contains(.income) {
      if inOrder.contains(.income) {
        daysToIncome = c.benefitPaymentDaysPrepared
      } else if incomeStart != never, ready[BasicCondition.income.rawValue] > r {
        daysToIncome = incomeStart + benefitLead - r + c.benefitPaymentDaysPrepared
      } else {
        // Never started, or prepared but without an address to pay to (the domino effect):
        // the person applies after release, at the counter.
        let decision = min(
          LeadTime.days(mean: c.benefitDecisionMeanDays, cv: cv, z: d.luck.zDecision),
          c.benefitDecisionMaxDays)
        daysToIncome = reportDelay + decision
      }
      // Without an account the money waits for one: a benefit or wage ready by release pays
      // the usual days after the account opens.
      if lacksAccount, let days = daysToIncome {
        let prepared = ready[BasicCondition.income.rawValue] <= r ? c.benefitPaymentDaysPrepared : days
        daysToIncome = max(prepared, accountDays(d, reportDelay: reportDelay, practice))
      }
    }
    var daysWithoutHousing: Int? = nil
    if needs.contains(.housing) {
      if inOrder.contains(.housing) {
        daysWithoutHousing = 0
      } else if housingStart != never {
        daysWithoutHousing = housingStart + housingLead - r
      } else {
        daysWithoutHousing = reportDelay + housingLead
      }
    }

    func onTime(_ doneDay: Int, deadline: Int) -> Bool? {
      if doneDay <= deadline { return true }
      return deadline < r ? false : nil
    }
    let deadlines = p.deadlines
    let network = socialNetwork(of: d, plan: plan, practice)
    return ReleaseRecord(
      detainee: d.id, institution: d.institution, admissionDay: d.admissionDay, releaseDay: r,
      shortSentence: d.stayDays < p.population.shortSentenceBelowDays,
      registeredMunicipality: d.registeredMunicipality, returnMunicipality: d.returnMunicipality,
      sizeClass: layout.sizeClass(of: d.returnMunicipality), lvb: d.lvb, selfReliant: d.selfReliant,
      judicialTitle: d.judicialTitle, initialStock: d.initialStock, farFromHome: d.farFromHome,
      needsAtEntry: d.needsAtEntry, needsAtRelease: needs, inOrder: inOrder, arranged: arranged,
      ambulantCareArranged: !needs.contains(.care) || ambulant,
      municipalContact: returnContact != never,
      registrationComplete: d.needsAtEntry.isEmpty || d.registrationPending ? nil : d.registered == d.needsAtEntry,
      screeningDay: before(d.screeningDay), planDay: plan, returnContactDay: returnContact,
      jointConversationDay: before(d.jointConversationDay),
      screeningOnTime: onTime(
        before(d.screeningDay), deadline: clock.addingWorkingDays(deadlines.screeningWorkingDays, to: start)),
      planOnTime: onTime(plan, deadline: start + deadlines.planDays),
      jointConversationOnTime: onTime(
        before(d.jointConversationDay), deadline: start + deadlines.jointConversationDays),
      caseConferences: d.caseConferences,
      daysToIncome: daysToIncome, daysWithoutHousing: daysWithoutHousing,
      probationWaitDays: d.judicialTitle ? 0 : nil,
      careWaitDays: nil, socialNetworkAtEntry: network.atEntry, socialNetworkKept: network.kept,
      lacksBankAccount: lacksAccount)
  }

  /// A casework fact's day while inside, as a number for the evaluation's arithmetic
  /// (`Detainee.never` when it happened at or after the release, or not at all).
  static func before(_ day: Day, release r: Int) -> Int { day < Day(r) ? day.raw : Detainee.never }

  /// The day the return municipality knows each help question, before release (`never`: not).
  ///
  /// It reads what the casemanager registered in the D&R plan: from the plan day once in
  /// contact (the casemanager passes the plan on), or from the sheet with full help questions
  /// (recommendation 3) or the shared system (recommendation 4, its information path) from the
  /// day it was notified (at admission, or once a wrong address is corrected). At a joint
  /// conversation or conference it joined it hears every question, registered or not. A housing
  /// need that arises during detention (the home is lost) is known to a municipality in contact
  /// as it arises.
  func knowledge(of d: Detainee, plan: Int, returnContact: Int, housingNeedDay: Int) -> (BasicCondition) -> Int {
    let p = parameters
    let never = Detainee.never
    let r = d.releaseDay
    let info = p.information
    let reads = info.fullSheet || info.partnersReadPlan
    let readDay = min(returnContact, reads ? Self.before(d.returnNotifiedDay, release: r) : never)
    let registeredDay = plan == never || readDay == never ? never : max(plan, readDay)
    let discussed = Self.before(d.planDiscussedDay, release: r)
    // A municipality that knows of the LVB talks with the person in an adapted way once in
    // contact, and hears the questions the person did not bring up to a casemanager without time
    // for the extra attention (seed 003); no more than it would have read in a plan.
    let adapted = LvbAttention.partnersKnow(d, p) && plan != never && returnContact != never
    let adaptedDay = adapted ? max(plan, returnContact) : never
    return { condition in
      if condition == .housing, !d.needsAtEntry.contains(.housing) {
        return returnContact == never ? discussed : max(returnContact, housingNeedDay)
      }
      if d.lvbUnrecognised.contains(condition) { return min(adaptedDay, discussed) }
      return min(d.registered.contains(condition) ? registeredDay : never, discussed)
    }
  }
}
