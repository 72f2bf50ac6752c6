import ReentryExperiments

/// `timeseries.csv` folded over replications: per series and day, the mean,
/// the lowest and highest replication, and how many replications had a value.
struct Timeseries: Sendable {
  struct Point: Sendable {
    let day: Int
    let mean: Double
    let min: Double
    let max: Double
    let n: Int
  }

  /// Series names in the order the file first lists them, with their points by day.
  let series: [(name: String, points: [Point])]

  init(_ table: CSVTable) throws(InputError) {
    let columns = try table.columns(TimeseriesColumn.self)
    var order: [String] = []
    var values: [String: [Int: [Double]]] = [:]
    for record in table.records {
      _ = try columns.count(record, .replication)
      let day = try columns.count(record, .day)
      let name = columns.text(record, .series)
      let value = try columns.number(record, .value)
      if values[name] == nil { order.append(name) }
      if value.isFinite { values[name, default: [:]][day, default: []].append(value) }
    }
    series = order.map { name in
      let byDay = values[name] ?? [:]
      return (name, byDay.keys.sorted().map { day in Self.point(day, byDay[day]!) })
    }
  }

  /// The points of one series, or nil if the file has none.
  func points(_ name: String) -> [Point]? { series.first { $0.name == name }?.points }

  private static func point(_ day: Int, _ values: [Double]) -> Point {
    var sum = 0.0
    for v in values { sum += v }
    return Point(
      day: day, mean: sum / Double(values.count), min: values.min()!, max: values.max()!, n: values.count)
  }
}
