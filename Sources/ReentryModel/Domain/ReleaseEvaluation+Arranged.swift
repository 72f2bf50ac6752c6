/// The days on which a partner took over each condition's work before release (`never`: none).
///
/// Only a named partner with a start date counts (seed 003 §6.3, "met passende begeleiding"):
/// the municipality that issues the requested ID, prepares the benefit, took on the housing
/// search or booked the debt-assistance appointment, and a care provider whose intake falls on a
/// known date. The detainee's own work from the RIC or a phase outside hands nothing over.
struct HandedOver {
  /// The ID request reached a municipality (plan and contact).
  var id: Int
  /// The return municipality started preparing the benefit.
  var income: Int
  /// The return municipality took on the housing search.
  var housing: Int
  /// The return municipality took on the debts (an appointment with debt assistance).
  var debts: Int
  /// The day the care the plan started arranging is in place (`never`: not started).
  var careIntake: Int
  /// The first day a partner was involved (needed for a treatment indication to carry over).
  var carePartner: Int
}

extension ReleaseEvaluation {
  /// The conditions in order at release or arranged: handed over to a named partner with a
  /// start date, so the person leaves with "passende begeleiding" (seed 003 §6.3).
  ///
  /// Income, housing and debts count once the return municipality works on them during
  /// detention, an ID once its request reached a municipality. Ambulant care counts when the
  /// arrangement started inside is in place within `care.arrangedStartMaxDays` of release (the
  /// horizon over which a provider books an intake) and, where treatment is needed, a partner
  /// was involved to carry the indication on. Assisted living counts only with a place: a
  /// waiting list of up to a year (seed 003) is no start date. The domino effect holds here
  /// too: without a home in order or a housing search taken on, a benefit and a debt
  /// arrangement need a postal address.
  func arranged(_ d: Detainee, needs: ConditionSet, inOrder: ConditionSet, handedOver h: HandedOver)
    -> ConditionSet
  {
    let never = Detainee.never
    let r = d.releaseDay
    var arranged = inOrder
    func handOver(_ condition: BasicCondition, _ day: Int) {
      if needs.contains(condition), day < r { arranged.insert(condition) }
    }
    handOver(.id, h.id)
    handOver(.income, h.income)
    handOver(.housing, h.housing)
    handOver(.debts, h.debts)
    if needs.contains(.care), !d.needsAssistedLiving, h.careIntake != never,
      h.careIntake <= r + parameters.care.arrangedStartMaxDays,
      !practice.needsTreatment(d) || !parameters.treatment.enabled || h.carePartner != never
    {
      arranged.insert(.care)
    }
    let homeless = needs.contains(.housing) && !arranged.contains(.housing)
    if homeless,
      random.uniform(Label.detainee, d.id, Label.postalAddress)
        >= parameters.conditions.postalAddressWithoutHomeProbability
    {
      for condition in [BasicCondition.income, .debts] where !inOrder.contains(condition) {
        arranged.remove(condition)
      }
    }
    return arranged
  }
}
