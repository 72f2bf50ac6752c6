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
    // In order or handed over to a named partner with a start date; not needed counts, as for `_ok`.
    columns += conditions.map { "\($0)_arranged" }
    columns += [
      "release_ready", "release_prepared", "municipal_contact", "screening_day", "plan_day", "contact_day",
      "joint_conversation_day", "screening_on_time", "plan_on_time", "joint_conversation_on_time",
      "case_conferences", "days_to_income", "days_without_housing", "probation_wait_days",
      "probation_wait_censored", "care_wait_days", "care_wait_censored", "care_left_days",
    ]
    return columns.joined(separator: ",")
  }()

  /// The municipalities' codes as bytes, by index, for `append`.
  static func codes(_ municipalities: [MunicipalityInfo]) -> [[UInt8]] {
    municipalities.map { Array($0.code.utf8) }
  }

  /// Appends the row of `r`, without its newline, in the header's column order.
  static func append(_ r: ReleaseRecord, replication: Int, codes: [[UInt8]], to out: inout [UInt8]) {
    let comma: UInt8 = 0x2C
    ByteText.int(replication, to: &out)
    out.append(comma)
    ByteText.int(r.detainee.raw, to: &out)
    out.append(comma)
    ByteText.int(r.institution, to: &out)
    out.append(comma)
    ByteText.int(r.admissionDay, to: &out)
    out.append(comma)
    ByteText.int(r.releaseDay, to: &out)
    out.append(comma)
    ByteText.int(r.stayDays, to: &out)
    out.append(comma)
    out.append(contentsOf: r.shortSentence ? "short".utf8 : "long".utf8)
    out.append(comma)
    ByteText.flag(r.initialStock, to: &out)
    out.append(comma)
    out.append(contentsOf: codes[r.registeredMunicipality])
    out.append(comma)
    out.append(contentsOf: codes[r.returnMunicipality])
    out.append(comma)
    out.append(contentsOf: r.sizeClass.name.utf8)
    for flag in [r.lvb, r.selfReliant, r.judicialTitle, r.farFromHome] {
      out.append(comma)
      ByteText.flag(flag, to: &out)
    }
    for set in [r.needsAtEntry, r.needsAtRelease, r.inOrder, r.arranged] {
      for c in BasicCondition.allCases {
        out.append(comma)
        ByteText.flag(set.contains(c), to: &out)
      }
    }
    for flag in [r.releaseReady, r.releasePrepared, r.municipalContact] {
      out.append(comma)
      ByteText.flag(flag, to: &out)
    }
    for day in [r.screeningDay, r.planDay, r.returnContactDay, r.jointConversationDay] {
      out.append(comma)
      ByteText.day(day, never: Detainee.never, to: &out)
    }
    for flag in [r.screeningOnTime, r.planOnTime, r.jointConversationOnTime] {
      out.append(comma)
      ByteText.flag(flag, to: &out)
    }
    out.append(comma)
    ByteText.int(r.caseConferences, to: &out)
    for value in [r.daysToIncome, r.daysWithoutHousing, r.probationWaitDays] {
      out.append(comma)
      ByteText.optional(value, to: &out)
    }
    out.append(comma)
    ByteText.flag(r.probationWaitDays == nil ? nil : r.probationWaitCensored, to: &out)
    out.append(comma)
    ByteText.optional(r.careWaitDays, to: &out)
    out.append(comma)
    ByteText.flag(r.careWaitDays == nil ? nil : r.careWaitCensored, to: &out)
    out.append(comma)
    ByteText.optional(r.careLeftDays, to: &out)
  }
}
