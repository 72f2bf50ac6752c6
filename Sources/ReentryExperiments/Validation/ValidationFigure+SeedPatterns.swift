import ReentryModel

/// The inspectorate's qualitative findings as checked patterns (pattern-oriented modelling).
///
/// A model that passes its figures while contradicting the report's central
/// finding (overloaded casemanagers drop collaboration first) cannot rank the
/// recommendations: these patterns must hold together with the figures. Each
/// quotes the sentence it rests on; each threshold says how a qualitative
/// word ("geregeld", "nauwelijks", "vaak") is read, in `tolerance`.
extension ValidationFigure {
  static let seedPatterns: [ValidationFigure] = [
    ValidationFigure(
      id: "pattern_casemanagers_overloaded", source: "seed 003:1109-1110, 1121-1123",
      sourceValue: "high workload; casemanagers feel 'overspoeld'", unit: .share, range: 0.9...1,
      tolerance: "utilisation at least 90% (hours to spare would leave no reason to drop collaboration)",
      role: .calibrationTarget,
      quote:
        "Casemanagers ervaren over het algemeen een hoge werkdruk als gevolg van een grote caseload en "
        + "tijdrovende administratieve taken."
    ) { r, _ in r.hoursAvailable > 0 ? r.hoursWorked / r.hoursAvailable : nil },
    ValidationFigure(
      id: "pattern_contact_not_within_deadline", source: "seed 003:174-176, 184-186",
      sourceValue: "collaboration is the first thing dropped", unit: .share, range: 0.25...0.9,
      tolerance: "25–90% of stays without municipal contact within 2 weeks ('geregeld', yet 'lukt steeds beter')",
      role: .heldOut,
      quote:
        "wanneer medewerkers in de re-integratieketen te veel taken hebben, samenwerking het eerste is dat "
        + "achterwege blijft"
    ) { r, _ in ValidationMeasure.contactLate(r.records) },
    ValidationFigure(
      id: "pattern_no_contact_short_above_long", source: "seed 003:189-191",
      sourceValue: "short stays: little time at all for collaboration", unit: .points, range: 0...1,
      tolerance: "≥ 0 (no municipal contact before release, short minus long)", role: .heldOut,
      quote:
        "De drukke agenda van de casemanager heeft ook gevolgen voor gedetineerden die juist meer tijd en "
        + "aandacht nodig hebben, zoals diegenen met een licht verstandelijke beperking en gedetineerden die "
        + "korte detenties uitzitten, voor wie überhaupt weinig tijd is."
    ) { r, _ in
      guard let short = Metric.share(r.records.filter(\.shortSentence), { !$0.municipalContact }),
        let long = Metric.share(r.records.filter { !$0.shortSentence }, { !$0.municipalContact })
      else { return nil }
      return short - long
    },
    ValidationFigure(
      id: "pattern_contact_late_lvb_above_others", source: "seed 003:189-191",
      sourceValue: "LVB detainees get too little of the casemanager's time", unit: .points, range: 0...1,
      tolerance: "≥ 0 (late contact, LVB minus others)", role: .heldOut,
      quote:
        "De drukke agenda van de casemanager heeft ook gevolgen voor gedetineerden die juist meer tijd en "
        + "aandacht nodig hebben, zoals diegenen met een licht verstandelijke beperking"
    ) { r, _ in ValidationMeasure.contactLateDifference(r) { $0.lvb } },
    ValidationFigure(
      id: "pattern_joint_conversation_within_4_weeks_uncommon", source: "seed 003:1011-1012",
      sourceValue: "partners not all involved in the first four weeks", unit: .share, range: 0...0.5,
      tolerance: "at most 50% on time (common only where partners work in the PI)", role: .heldOut,
      quote: "Ketenorganisaties zijn niet allemaal direct betrokken in de eerste vier weken van de detentie."
    ) { r, _ in ValidationMeasure.share(r) { $0.jointConversationOnTime } },
    ValidationFigure(
      id: "pattern_small_municipalities_act_after_release", source: "seed 003:1241-1244",
      sourceValue: "small municipalities act when the person reports at the counter", unit: .share,
      range: 0...0.5, tolerance: "at most 50% of releases to small municipalities had contact in detention",
      role: .heldOut,
      quote:
        "Bij kleinere gemeenten is het bieden van nazorg voor gedetineerden vaak een taak die wordt uitgevoerd "
        + "naast andere werkzaamheden en pas wordt opgepakt op het moment dat een gedetineerde zich meldt aan "
        + "het gemeentelijke loket."
    ) { r, _ in
      ValidationMeasure.share(r) { $0.sizeClass == .small ? $0.municipalContact : nil }
    },
    ValidationFigure(
      id: "pattern_plan_registered_incomplete_often", source: "seed 003:1894-1895, 208-209",
      sourceValue: "casemanagers often do not register everything", unit: .share, range: 0.25...0.75,
      tolerance: "25–75% of plans with help questions registered incomplete ('vaak', not 'meestal' or 'soms')",
      role: .heldOut,
      quote:
        "Casemanagers noemen het zelfs onhaalbaar om alles in te vullen. Gevolg hiervan is dat zij vaak niet "
        + "alles registreren."
    ) { r, _ in ValidationMeasure.share(r) { $0.registrationComplete.map { !$0 } } },
    ValidationFigure(
      id: "pattern_conferences_with_small_municipalities_rare", source: "seed 003:1308, 1315, 1241-1244",
      sourceValue: "municipalities seldom join conferences, small ones least", unit: .ratio, range: 0...0.1,
      tolerance: "at most 0.1 conferences joined by the municipality per release to a small municipality ('zelden')",
      role: .heldOut,
      quote:
        "Reclassering en gemeenten sluiten zelden aan bij MDO’s. [...] Met name gemeenten sluiten niet vaak aan "
        + "bij trajectgesprekken."
    ) { r, _ in
      Metric.mean(r.records.filter { $0.sizeClass == .small }) { $0.conferencesWithMunicipality }
    },
  ]
}

extension ValidationMeasure {
  /// Days within which the deadline of 10 working days for municipal contact falls (two weeks).
  static let contactDeadlineDays = 14

  /// Of stays that reached the contact deadline (admitted in the run), the share without
  /// contact with the return municipality within it.
  static func contactLate(_ records: [ReleaseRecord]) -> Double? {
    Metric.share(records) { rec in
      guard !rec.initialStock, rec.stayDays > contactDeadlineDays else { return nil }
      return rec.returnContactDay - rec.admissionDay > contactDeadlineDays
    }
  }

  /// Late contact in the group where `inGroup` holds minus late contact in the others.
  static func contactLateDifference(_ r: ReplicationResult, _ inGroup: (ReleaseRecord) -> Bool) -> Double? {
    guard let a = contactLate(r.records.filter(inGroup)), let b = contactLate(r.records.filter { !inGroup($0) })
    else { return nil }
    return a - b
  }
}
