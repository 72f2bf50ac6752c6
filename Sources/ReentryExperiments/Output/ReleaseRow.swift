import ReentryModel

/// One row of `releases.csv`: a release with everything needed to re-derive the metrics.
///
/// Days are simulation days (day 0 is the start of warm-up); "NA" marks what
/// never happened or does not apply.
enum ReleaseRow {
  static let header: String = {
    let conditions = BasicCondition.allCases.map(\.name)
    var columns: [String] = [
      "replication", "detainee", "institution", "admission_day", "release_day", "stay_days", "sentence",
      "initial_stock", "registered_municipality", "return_municipality", "municipality_size", "lvb",
      "self_reliant", "judicial_title", "far_from_home",
    ]
    columns += conditions.map { "need_\($0)_at_entry" }
    columns += conditions.map { "need_\($0)_at_release" }
    columns += conditions.map { "\($0)_ok" }
    columns += [
      "release_ready", "municipal_contact", "screening_day", "plan_day", "contact_day",
      "joint_conversation_day", "screening_on_time", "plan_on_time", "joint_conversation_on_time",
      "case_conferences", "days_to_income", "days_without_housing", "probation_wait_days",
      "probation_wait_censored", "care_wait_days", "care_wait_censored",
    ]
    return columns.joined(separator: ",")
  }()

  static func line(_ r: ReleaseRecord, replication: Int, municipalities: [MunicipalityInfo]) -> String {
    var f: [String] = [
      String(replication), String(r.detainee), String(r.institution), String(r.admissionDay),
      String(r.releaseDay), String(r.stayDays), r.shortSentence ? "short" : "long",
      TextFormat.flag(r.initialStock), municipalities[r.registeredMunicipality].code,
      municipalities[r.returnMunicipality].code, r.sizeClass.name, TextFormat.flag(r.lvb),
      TextFormat.flag(r.selfReliant), TextFormat.flag(r.judicialTitle), TextFormat.flag(r.farFromHome),
    ]
    for c in BasicCondition.allCases { f.append(TextFormat.flag(r.needsAtEntry.contains(c))) }
    for c in BasicCondition.allCases { f.append(TextFormat.flag(r.needsAtRelease.contains(c))) }
    for c in BasicCondition.allCases { f.append(TextFormat.flag(r.inOrder.contains(c))) }
    f += [
      TextFormat.flag(r.releaseReady), TextFormat.flag(r.municipalContact),
      TextFormat.day(r.screeningDay), TextFormat.day(r.planDay), TextFormat.day(r.returnContactDay),
      TextFormat.day(r.jointConversationDay), TextFormat.flag(r.screeningOnTime),
      TextFormat.flag(r.planOnTime), TextFormat.flag(r.jointConversationOnTime),
      String(r.caseConferences), TextFormat.optional(r.daysToIncome),
      TextFormat.optional(r.daysWithoutHousing), TextFormat.optional(r.probationWaitDays),
      r.probationWaitDays == nil ? "NA" : TextFormat.flag(r.probationWaitCensored),
      TextFormat.optional(r.careWaitDays),
      r.careWaitDays == nil ? "NA" : TextFormat.flag(r.careWaitCensored),
    ]
    return f.joined(separator: ",")
  }
}
