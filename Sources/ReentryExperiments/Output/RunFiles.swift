import ReentryModel
import ScenarioFormat

/// Renders the deterministic files of a run (everything but run-info.json).
///
/// Files are rendered to bytes first, so the manifest can hash exactly what
/// is written, and `reentry verify` can hash a run without writing it.
public struct RunFiles: Sendable {
  public let scenario: ResolvedScenario
  public let parameters: ModelParameters
  public let results: [ReplicationResult]
  public let table: MetricTable

  public init(scenario: ResolvedScenario, parameters: ModelParameters, results: [ReplicationResult]) {
    self.scenario = scenario
    self.parameters = parameters
    self.results = results
    self.table = MetricTable(results)
  }

  /// File names and contents, in the order they are written and hashed, with the manifest digest.
  public func render() -> (files: [(name: String, bytes: [UInt8])], digest: String) {
    let files = [
      ("summary.csv", Array(summaryCSV().utf8)),
      ("summary.json", Array(summaryJSON().utf8)),
      ("timeseries.csv", Array(timeseriesCSV().utf8)),
      ("releases.csv", releasesCSV()),
    ]
    let manifest = Manifest(scenario: scenario, parameters: parameters, files: files)
    return (files + [("manifest.json", Array(manifest.json.utf8))], manifest.digest)
  }

  func summaryCSV() -> String { Self.summaryCSV(table.rows) }

  /// `summary.csv` for `rows`: the summary layout's header, then one line per row.
  static func summaryCSV(_ rows: [SummaryRow]) -> String {
    let layout = CSVLayout.summary
    var text = layout.header + "\n"
    for row in rows { text += layout.line { $0.cell(row) } + "\n" }
    return text
  }

  /// `summary.json`: the run, the metrics' units, the summary rows keyed by
  /// the summary columns' names, and the resolved parameters.
  func summaryJSON() -> String {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(Double(TextFormat.decimal(x))!) : .null }
    let metrics: [JSONValue] = table.rows.map { row in
      .object(
        SummaryColumn.allCases.map { column in
          switch column {
          case .metric: (column.name, .string(row.metric))
          case .group: (column.name, .string(row.group))
          case .mean: (column.name, number(row.summary.mean))
          case .sd: (column.name, number(row.summary.sd))
          case .ciLow: (column.name, number(row.summary.ciLow))
          case .ciHigh: (column.name, number(row.summary.ciHigh))
          case .n: (column.name, .number(Double(row.summary.n)))
          }
        })
    }
    let units: [(String, JSONValue)] = Metric.all.map { ($0.name, .string($0.unit)) }
    return JSONWriter.write(
      .object([
        ("scenario", .string(scenario.name)),
        ("seed", .number(Double(parameters.run.seed))),
        ("replications", .number(Double(parameters.run.replications))),
        ("units", .object(units)),
        ("metrics", .array(metrics)),
        ("parameters", scenario.effectiveJSON),
      ]), pretty: true)
  }

  func timeseriesCSV() -> String {
    let layout = CSVLayout.timeseries
    var text = layout.header + "\n"
    for result in results {
      let replication = String(result.replication)
      for point in result.timeseries {
        text +=
          layout.line { column in
            switch column {
            case .replication: replication
            case .day: String(point.day)
            case .series: point.series
            case .value: TextFormat.decimal(point.value)
            }
          } + "\n"
      }
    }
    return text
  }

  func releasesCSV() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(results.reduce(0) { $0 + $1.records.count } * 220)
    out += Array(ReleaseRow.header.utf8)
    out.append(10)
    let municipalities = MunicipalityData.all
    for result in results {
      for record in result.records {
        out += Array(ReleaseRow.line(record, replication: result.replication, municipalities: municipalities).utf8)
        out.append(10)
      }
    }
    return out
  }
}
