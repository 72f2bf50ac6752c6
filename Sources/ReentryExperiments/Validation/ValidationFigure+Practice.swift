import ReentryModel

extension ValidationFigure {
  /// The casemanager's norms and how they are met in practice (seed 003).
  static let casework: [ValidationFigure] = [
    ValidationFigure(
      id: "caseload_max", source: "seed 003:1139", sourceValue: "national norm 30 cases per casemanager",
      unit: .caseload, range: 0...30, tolerance: "at most 30", role: .input
    ) { r, _ in Double(r.maxCaseload) },
    ValidationFigure(
      id: "caseload_mean", source: "seed 003:182", sourceValue: "on average 30 detainees",
      unit: .caseload, range: 25...35,
      tolerance: "25–35 (a round 'dertig': what rounds to thirty)", role: .calibrationTarget,
      centre: 30
    ) { r, _ in Metric.windowMean(r, "mean_caseload") },
    ValidationFigure(
      id: "screening_within_deadline", source: "seed 003:944-949",
      sourceValue: "within 10 days in most cases, not always", unit: .share, range: 0.5...0.9999,
      tolerance: "more than 50%, less than 100%", role: .calibrationTarget
    ) { r, _ in ValidationMeasure.share(r) { $0.screeningOnTime } },
    ValidationFigure(
      id: "mdo_held", source: "seed 003:1302", sourceValue: "every 6 weeks, held in all PIs",
      unit: .share, range: 0.95...1, tolerance: "at least 95% held", role: .calibrationTarget
    ) { r, c in ValidationMeasure.mdoHeldShare(r, c) },
    ValidationFigure(
      id: "case_conferences_per_release", source: "seed 003:219-221", sourceValue: "hardly held",
      unit: .ratio, range: 0...0.5, tolerance: "fewer than 0.5 per release ('nauwelijks')", role: .calibrationTarget,
      quote:
        "worden in de praktijk nauwelijks trajectgesprekken gevoerd. Dit heeft vooral te maken met een gebrek aan "
        + "tijd. Als er overleg met de ketenorganisaties plaatsvindt, is dat veelal ad hoc"
    ) { r, _ in Metric.mean(r.records) { $0.caseConferences } },
  ]

  /// Housing, income, probation and care after release (seed 003).
  static let afterRelease: [ValidationFigure] = [
    ValidationFigure(
      id: "rent_continued_beyond_6_months", source: "seed 003:1392-1394",
      sourceValue: "rent paid for at most 6 months", unit: .ratio, range: 0.85...1.15,
      tolerance: "0.85–1.15 (loss as if never continued)", role: .calibrationTarget,
      centre: 1
    ) { r, c in
      ValidationMeasure.housingLossRatio(r, c, stays: max(183, c.parameters.needs.housingAtRiskAfterDays + 1)...Int.max)
    },
    ValidationFigure(
      id: "rent_continued_within_6_months", source: "seed 003:1392-1394",
      sourceValue: "many larger municipalities continue rent", unit: .ratio, range: 0...0.95,
      tolerance: "at most 0.95 (some continued)", role: .calibrationTarget
    ) { r, c in
      let atRisk = c.parameters.needs.housingAtRiskAfterDays + 1
      return atRisk <= 182 ? ValidationMeasure.housingLossRatio(r, c, stays: atRisk...182) : nil
    },
    ValidationFigure(
      id: "benefit_decision_max_days", source: "seed 003:272-276", sourceValue: "up to 8 weeks after applying",
      unit: .days, range: 0...56, tolerance: "at most 56 days", role: .input
    ) { r, c in ValidationMeasure.benefitDecisionMax(r, c) },
    // The 90th percentile, not the longest wait: a maximum of one run swings by months between seeds.
    // "Regularly some months" (geregeld een aantal maanden) puts at least one in ten at two months or
    // more; "up to a year" (op tot een jaar) puts the long end, and so this quantile, at a year at most.
    ValidationFigure(
      id: "care_wait_p90_days", source: "seed 003:1620-1624",
      sourceValue: "waiting lists up to a year; regularly some months with family first", unit: .days,
      range: 61...365,
      tolerance: "90th percentile of waits 61–365 days ('een aantal maanden' regularly; 'tot een jaar')",
      role: .calibrationTarget,
      quote:
        "Wachtlijsten voor begeleid en beschermd wonen lopen bijvoorbeeld op tot een jaar. In de praktijk komt "
        + "het daardoor geregeld voor dat een gedetineerde na detentie eerst een aantal maanden verblijft bij "
        + "familie"
    ) { r, _ in ValidationMeasure.careWaitQuantile(r, 0.9) },
    ValidationFigure(
      id: "probation_wait_over_2_months", source: "seed 003:1616-1619; disputed fn 003:1590-1593",
      sourceValue: "regularly months later; disputed by probation", unit: .share, range: 0.05...0.25,
      tolerance: "5–25% ('met enige regelmaat', but 'geen structurele wachtlijsten')", role: .calibrationTarget,
      quote:
        "het met enige regelmaat voorkomt dat het toezichttraject niet aansluitend aan het einde van de detentie "
        + "start, maar pas enkele maanden daarna"
    ) { r, _ in ValidationMeasure.share(r) { $0.probationWaitDays.map { $0 > 61 } } },
  ]

  /// Release readiness against the only figures the sources give (seeds 001, 004).
  static let readiness: [ValidationFigure] = [
    ValidationFigure(
      id: "release_ready_fewer_than_half", source: "seed 004:27",
      sourceValue: "fewer than half reached (reach, not readiness)", unit: .share, range: 0...0.4999,
      tolerance: "below 50%", role: .calibrationTarget,
      quote: "met het nazorgbeleid minder dan de helft van de (ex-)gedetineerden wordt bereikt"
    ) { r, _ in ValidationMeasure.share(r) { $0.releaseReady } },
    ValidationFigure(
      id: "release_ready_ministry_target", source: "seed 001:572-575", sourceValue: "target: at least 8 in 10",
      unit: .share, range: nil, tolerance: "reference only (80%)", role: .reference
    ) { r, _ in ValidationMeasure.share(r) { $0.releaseReady } },
  ]

  /// Qualitative patterns: who fares worse (seed 003).
  static let patterns: [ValidationFigure] = [
    pattern(
      "short_below_long", "seed 003:1051-1074", "short stays fare worse", "sentence=short", "sentence=long",
      "short minus long"),
    pattern(
      "lvb_below_others", "seed 003:1051-1054, 1082-1089", "LVB detainees fare worse", "lvb=yes", "lvb=no",
      "LVB minus others"),
    pattern(
      "small_below_large", "seed 003:167-168, 1241-1244", "small municipalities often not involved",
      "municipality=small", "municipality=large", "small minus large"),
    ValidationFigure(
      id: "pattern_housing_largest_bottleneck", source: "seed 003:1377-1387",
      sourceValue: "housing the largest bottleneck", unit: .points, range: -1...0,
      tolerance: "≤ 0 (housing lowest given need)", role: .heldOut
    ) { r, _ in ValidationMeasure.housingBottleneck(r) },
  ]

  /// release_ready in group `a` minus group `b`: negative when `a` fares worse.
  private static func pattern(
    _ name: String, _ source: String, _ text: String, _ a: String, _ b: String, _ label: String
  ) -> ValidationFigure {
    ValidationFigure(
      id: "pattern_\(name)", source: source, sourceValue: text, unit: .points, range: -1...0,
      tolerance: "≤ 0 (release_ready, \(label))", role: .heldOut
    ) { r, _ in ValidationMeasure.readyDifference(r, a, b) }
  }
}
