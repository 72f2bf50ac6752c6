/// Samples the state of the world every `interval` days for `timeseries.csv`.
///
/// `backlog_hours` is work that can be done on the sampling day (available, on time or
/// overdue); `future_work_hours` is work already planned but not yet available (a release
/// coordination months ahead), kept apart so the backlog means work, not calendar.
/// `aftercare_places_used` sums the places municipalities hold for detainees they follow.
struct TimeseriesObserver {
  let interval: Int
  private(set) var points: [TimeseriesPoint] = []

  /// The series names, in the order they are written.
  static let series = [
    "population", "casemanagers", "mean_caseload", "max_caseload", "backlog_hours", "future_work_hours",
    "probation_supervising", "probation_waiting", "care_placed", "care_waiting", "aftercare_places_used",
  ]

  func samples(_ day: Int) -> Bool { day % interval == 0 }

  mutating func record(
    day: Int, institutions: [InstitutionSnapshot], backlog hours: [(available: Double, future: Double)],
    probation: (active: Int, waiting: Int),
    care: (active: Int, waiting: Int), aftercarePlacesUsed: Int
  ) {
    var population = 0
    var staff = 0
    var caseload = 0
    var maxCaseload = 0
    var backlog = 0.0
    var future = 0.0
    for (s, h) in zip(institutions, hours) {
      population += s.population
      staff += s.casemanagers
      caseload += s.caseloadTotal
      maxCaseload = max(maxCaseload, s.maxCaseload)
      backlog += h.available
      future += h.future
    }
    let values: [Double] = [
      Double(population), Double(staff), staff > 0 ? Double(caseload) / Double(staff) : 0,
      Double(maxCaseload), backlog, future, Double(probation.active), Double(probation.waiting),
      Double(care.active), Double(care.waiting), Double(aftercarePlacesUsed),
    ]
    for (name, value) in zip(Self.series, values) {
      points.append(TimeseriesPoint(day: day, series: name, value: value))
    }
  }
}
