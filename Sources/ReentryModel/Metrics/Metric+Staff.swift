extension Metric {
  /// What a scenario costs in staff and places: the other half of the advisor's question.
  ///
  /// Defined for the group `all` only (staff are not split by the people
  /// released). A casemanager is one full-time post (FTE, 36 hours a week) of
  /// which `casemanagers.hoursPerWeek` is left for caseload tasks, so the
  /// number of casemanagers is their FTE; the hours are those caseload hours,
  /// scaled to a year of the measured window. Places are the mean number
  /// occupied over the measured window's samples.
  static let staff: [Metric] = [
    Metric(
      name: "casemanagers_fte", unit: "FTE", label: "Casemanagers (FTE)", direction: .none,
      description:
        "Casemanagers employed, mean over the measured window (one casemanager is one 36-hour FTE; "
        + "group all only)"
    ) { _, result, isAll in
      isAll ? windowMean(result, "casemanagers") : nil
    },
    Metric(
      name: "casemanager_hours_available", unit: "hours/year", label: "Casework hours available", direction: .none,
      description: "Casemanager hours available for caseload tasks, per year of the measured window (group all only)"
    ) { _, result, isAll in
      isAll ? result.hoursAvailable * 365 / Double(max(1, result.measuredDays)) : nil
    },
    Metric(
      name: "casemanager_hours_worked", unit: "hours/year", label: "Casework hours worked", direction: .none,
      description: "Casemanager hours spent on caseload tasks, per year of the measured window (group all only)"
    ) { _, result, isAll in
      isAll ? result.hoursWorked * 365 / Double(max(1, result.measuredDays)) : nil
    },
    Metric(
      name: "probation_places_used", unit: "places", label: "Probation supervisions", direction: .none,
      description: "Supervisions running, mean over the measured window (group all only)"
    ) { _, result, isAll in
      isAll ? windowMean(result, "probation_supervising") : nil
    },
    Metric(
      name: "care_places_used", unit: "places", label: "Assisted-living places used", direction: .none,
      description: "Assisted-living places occupied, mean over the measured window (group all only)"
    ) { _, result, isAll in
      isAll ? windowMean(result, "care_placed") : nil
    },
  ]

  /// The mean of a time series over its samples in the measured window.
  package static func windowMean(_ result: ReplicationResult, _ series: String) -> Double? {
    var sum = 0.0
    var n = 0
    for point in result.timeseries where point.series == series && result.measuredWindow.contains(point.day) {
      sum += point.value
      n += 1
    }
    return n > 0 ? sum / Double(n) : nil
  }
}
