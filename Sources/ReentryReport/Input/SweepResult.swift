import ReentryExperiments
import ScenarioFormat

/// The output directory of `reentry sweep`, read back for a report.
///
/// Numbers come from `sweep.csv`: the varied parameters' columns, then the
/// summary columns. `sweep.json` gives the mode, the varied values in order
/// and the base scenario's resolved parameters.
struct SweepResult: Sendable {
  /// One point: the varied parameters' cells, in column order, and its rows.
  struct Point: Sendable {
    let cells: [String]
    let records: [SummaryRecord]

    func estimate(_ metric: String, _ group: String = "all") -> Estimate? {
      records.first { $0.metric == metric && $0.group == group }?.estimate
    }
  }

  let name: String
  /// "grid" or "zip".
  let mode: String
  /// The varied parameter paths, in column order.
  let paths: [String]
  /// Every point, in file order; each read is counted in `reads` when one is given.
  var points: [Point] {
    reads?.add(storedPoints.count)
    return storedPoints
  }
  private let storedPoints: [Point]
  private let reads: PointReads?
  let baseName: String
  /// The base scenario's resolved parameters, with the sweep's seed and replications.
  let parameters: JSONValue
  let provenance: Provenance

  init(_ directory: ResultDirectory, manifest: JSONValue, reads: PointReads? = nil) throws(InputError) {
    self.reads = reads
    let why = "a sweep directory holds sweep.csv, sweep.json and manifest.json"
    let table = try directory.csv("sweep.csv", needed: why)
    // The sweep layout: the varied parameters, then the summary columns.
    guard let metricColumn = table.header.firstIndex(of: SummaryColumn.metric.name),
      Array(table.header[metricColumn...]) == SummaryColumn.names
    else {
      throw InputError.invalid(
        directory.file("sweep.csv"),
        "line 1: expected the varied parameters, then \(SummaryColumn.names.joined(separator: ",")); "
          + "found \"\(table.header.joined(separator: ","))\"")
    }
    paths = Array(table.header[..<metricColumn])
    let columns = try table.columns(SummaryColumn.self)
    var points: [Point] = []
    var cells: [String]? = nil
    var records: [SummaryRecord] = []
    for r in table.records {
      let key = Array(r.fields[..<metricColumn])
      if key != cells {
        if let cells { points.append(Point(cells: cells, records: records)) }
        (cells, records) = (key, [])
      }
      records.append(try SummaryRecord(columns, r))
    }
    if let cells { points.append(Point(cells: cells, records: records)) }
    guard !points.isEmpty else { throw InputError.invalid(directory.file("sweep.csv"), "has no rows") }
    storedPoints = points
    distinctValues = Self.distinct(points, dimensions: paths.count)
    let plan = try directory.json("sweep.json", needed: why)
    guard case .object? = plan.value(forKey: "parameters"), let parameters = plan.value(forKey: "parameters") else {
      throw InputError.invalid(directory.file("sweep.json"), "needs the base scenario's \"parameters\"")
    }
    self.parameters = parameters
    name = Provenance.text(plan.value(forKey: "name") ?? manifest.value(forKey: "sweep") ?? "sweep")
    mode = Provenance.text(plan.value(forKey: "mode") ?? "grid")
    baseName = Provenance.text(plan.value(forKey: "base") ?? parameters.value(forKey: "name") ?? "base")
    provenance = try Provenance(
      manifest: manifest, runInfo: try directory.optionalJSON("run-info.json"), file: directory.file("manifest.json"))
  }

  /// The distinct values of varied parameter `d`, in the order the points take them.
  func values(ofDimension d: Int) -> [String] { distinctValues[d] }

  /// `values(ofDimension:)` of every dimension, found in one pass over the points.
  private let distinctValues: [[String]]

  private static func distinct(_ points: [Point], dimensions: Int) -> [[String]] {
    var seen = [Set<String>](repeating: [], count: dimensions)
    var values = [[String]](repeating: [], count: dimensions)
    for point in points {
      for d in 0..<dimensions where seen[d].insert(point.cells[d]).inserted { values[d].append(point.cells[d]) }
    }
    return values
  }
}
