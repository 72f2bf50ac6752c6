import ReentryModel
import ScenarioFormat

/// Renders the deterministic files of a run (everything but run-info.json).
///
/// `render()` holds every file in memory, so `reentry verify` can hash a run
/// without writing it; `reentry run` streams the same bytes to disk with
/// `RunFileStream`. Both go through the renderers here, one replication at a
/// time, so the two paths cannot drift apart.
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
    var timeseries = Self.timeseriesHeader
    var releases = Self.releasesHeader
    releases.reserveCapacity(results.reduce(0) { $0 + $1.records.count } * 220)
    let codes = ReleaseRow.codes(MunicipalityData.all)
    for result in results {
      timeseries += Self.timeseriesRows(result)
      releases += Self.releaseRows(result, codes: codes)
    }
    let files =
      Self.summaryFiles(scenario: scenario, parameters: parameters, table: table) + [
        ("timeseries.csv", timeseries), ("releases.csv", releases),
      ]
    let manifest = Manifest(scenario: scenario, parameters: parameters, files: files)
    return (files + [("manifest.json", Array(manifest.json.utf8))], manifest.digest)
  }

  /// summary.csv and summary.json, which need only the metric table.
  static func summaryFiles(
    scenario: ResolvedScenario, parameters: ModelParameters, table: MetricTable
  ) -> [(name: String, bytes: [UInt8])] {
    [
      ("summary.csv", Array(summaryCSV(table.rows).utf8)),
      ("summary.json", Array(summaryJSON(scenario: scenario, parameters: parameters, table: table).utf8)),
    ]
  }

  /// `summary.csv` for `rows`: the summary layout's header, then one line per row.
  static func summaryCSV(_ rows: [SummaryRow]) -> String {
    let layout = CSVLayout.summary
    var text = layout.header + "\n"
    for row in rows { text += layout.line { $0.cell(row) } + "\n" }
    return text
  }

  /// `summary.json`: the run, the metrics' units, the summary rows keyed by
  /// the summary columns' names, and the resolved parameters.
  static func summaryJSON(scenario: ResolvedScenario, parameters: ModelParameters, table: MetricTable) -> String {
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

  /// The first line of `timeseries.csv`.
  static var timeseriesHeader: [UInt8] { Array((CSVLayout.timeseries.header + "\n").utf8) }

  /// The lines of `timeseries.csv` for one replication.
  static func timeseriesRows(_ result: ReplicationResult) -> [UInt8] {
    // The column order is the layout's; the switch makes the compiler check every column is written.
    var out: [UInt8] = []
    out.reserveCapacity(result.timeseries.count * 40)
    var series = (name: "", bytes: [UInt8]())
    for point in result.timeseries {
      if point.series != series.name { series = (point.series, Array(point.series.utf8)) }
      for (i, column) in TimeseriesColumn.allCases.enumerated() {
        if i > 0 { out.append(0x2C) }
        switch column {
        case .replication: ByteText.int(result.replication, to: &out)
        case .day: ByteText.int(point.day, to: &out)
        case .series: out.append(contentsOf: series.bytes)
        case .value: ByteText.decimal(point.value, to: &out)
        }
      }
      out.append(0x0A)
    }
    return out
  }

  /// The first line of `releases.csv`.
  static var releasesHeader: [UInt8] { Array((ReleaseRow.header + "\n").utf8) }

  /// The lines of `releases.csv` for one replication.
  static func releaseRows(_ result: ReplicationResult, codes: [[UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(result.records.count * 220)
    for record in result.records {
      ReleaseRow.append(record, replication: result.replication, codes: codes, to: &out)
      out.append(0x0A)
    }
    return out
  }
}
