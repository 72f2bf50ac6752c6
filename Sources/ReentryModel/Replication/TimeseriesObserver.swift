/// Samples the state of the world every `interval` days for `timeseries.csv`.
struct TimeseriesObserver {
  let interval: Int
  private(set) var points: [TimeseriesPoint] = []

  /// The series names, in the order they are written.
  static let series = [
    "population", "casemanagers", "mean_caseload", "max_caseload", "backlog_hours",
    "probation_supervising", "probation_waiting", "care_placed", "care_waiting",
  ]

  func samples(_ day: Int) -> Bool { day % interval == 0 }

  mutating func record(
    day: Int, institutions: [InstitutionSnapshot], probation: (active: Int, waiting: Int),
    care: (active: Int, waiting: Int)
  ) {
    var population = 0
    var staff = 0
    var caseload = 0
    var maxCaseload = 0
    var backlog = 0.0
    for s in institutions {
      population += s.population
      staff += s.casemanagers
      caseload += s.caseloadTotal
      maxCaseload = max(maxCaseload, s.maxCaseload)
      backlog += s.backlogHours
    }
    let values: [Double] = [
      Double(population), Double(staff), staff > 0 ? Double(caseload) / Double(staff) : 0,
      Double(maxCaseload), backlog, Double(probation.active), Double(probation.waiting),
      Double(care.active), Double(care.waiting),
    ]
    for (name, value) in zip(Self.series, values) {
      points.append(TimeseriesPoint(day: day, series: name, value: value))
    }
  }
}
