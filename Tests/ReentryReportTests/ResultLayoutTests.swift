import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// Every CSV result file is written and read back through one declaration
/// of its columns: what a writer puts down, the report reads back, and a
/// column renamed in a file (as a writer with its own spelling would do) is
/// refused by name rather than misread.
@Suite struct ResultLayoutTests {
  /// Two replications of made-up values for every metric and group, one value missing.
  static var table: MetricTable {
    let shape = { (shift: Double) -> [[Double?]] in
      Metric.all.indices.map { m in
        Group.all.indices.map { g in m == 1 && g == 2 ? nil : Double(m) * 0.01 + Double(g) * 0.001 + shift }
      }
    }
    return MetricTable(values: [shape(0.1), shape(0.3)])
  }

  /// A result file's text with one header name changed.
  static func renaming(_ name: String, in text: String) -> String {
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
      .map { $0 == name ? name + "_renamed" : String($0) }.joined(separator: ",")
    return ([header] + lines.dropFirst().map(String.init)).joined(separator: "\n")
  }

  static func manifest(_ directory: URL) -> JSONValue {
    .object([
      ("tool", .string("reentry")), ("version", .string(ReentryVersion.current)), ("digest", .string("0")),
      ("seed", .number(1)), ("replications", .number(2)),
    ])
  }

  @Test func summaryWrittenByARunIsReadBackByTheReport() throws {
    let rows = Self.table.rows
    let text = RunFiles.summaryCSV(rows)
    #expect(text.hasPrefix(SummaryColumn.names.joined(separator: ",") + "\n"))
    let csv = try CSVTable(text, file: "summary.csv")
    let columns = try csv.columns(SummaryColumn.self)
    let records = try csv.records.map { (r: CSVTable.Record) throws(InputError) in try SummaryRecord(columns, r) }
    #expect(records.count == rows.count)
    for (record, row) in zip(records, rows) {
      #expect(record.metric == row.metric && record.group == row.group)
      #expect(TextFormat.decimal(record.estimate.mean) == TextFormat.decimal(row.summary.mean))
      #expect(TextFormat.decimal(record.estimate.low) == TextFormat.decimal(row.summary.ciLow))
      #expect(TextFormat.decimal(record.estimate.high) == TextFormat.decimal(row.summary.ciHigh))
      #expect(record.estimate.n == row.summary.n)
    }
    for column in SummaryColumn.allCases {
      let renamed = try CSVTable(Self.renaming(column.name, in: text), file: "summary.csv")
      #expect(throws: InputError.self, "\(column.name)") { try renamed.columns(SummaryColumn.self) }
    }
  }

  @Test func sweepPointFilesAreReadBackAsASweep() throws {
    let plan = SweepPlan(
      name: "t", mode: .grid,
      dimensions: [
        .init(path: "casemanagers.caseloadNorm", values: [.number(15)]), .init(path: "x.y", values: ["a,b"]),
      ],
      replications: 2, seed: 1, baseParameters: .object([("name", .string("base"))]))
    let bytes = SweepPointFile.render(Self.table, plan: plan, point: 0)
    #expect(SweepPointFile.isComplete(bytes, plan: plan, point: 0))
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    try Data(bytes).write(to: dir.appendingPathComponent("sweep.csv"))
    _ = writeFile(dir, "sweep.json", JSONWriter.write(plan.json, pretty: true))
    let result = try SweepResult(try ResultDirectory(dir.path), manifest: Self.manifest(dir))
    #expect(result.paths == ["casemanagers.caseloadNorm", "x.y"])
    #expect(result.points.map(\.cells) == [["15", "a,b"]])
    let rows = Self.table.rows
    #expect(result.points[0].records.map(\.metric) == rows.map(\.metric))
    let ready = try #require(result.points[0].estimate("release_ready"))
    #expect(TextFormat.decimal(ready.mean) == TextFormat.decimal(rows[0].summary.mean))
  }

  @Test func compareWrittenByCompareIsReadBackByTheReport() throws {
    let scenario = try ModelFixture.scenario()
    let base = Self.table
    let variant = MetricTable(values: base.values.map { $0.map { $0.map { $0.map { $0 + 0.05 } } } })
    let files = CompareFiles(
      scenarios: [scenario, scenario], seed: 1, replications: 2,
      rows: PairedComparison(base: base, variants: [variant]).rows)
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    for file in files.render().files { try Data(file.bytes).write(to: dir.appendingPathComponent(file.name)) }
    let manifest = try JSONParser.parse(try #require(readText(dir.appendingPathComponent("manifest.json").path)))
    let result = try CompareResult(try ResultDirectory(dir.path), manifest: manifest)
    #expect(result.rows.count == files.rows.count)
    for (read, written) in zip(result.rows, files.rows) {
      #expect(read.metric == written.metric && read.group == written.group && read.variant == scenario.name)
      #expect(TextFormat.decimal(read.difference.mean) == TextFormat.decimal(written.difference.mean))
      #expect(TextFormat.decimal(read.difference.low) == TextFormat.decimal(written.difference.ciLow))
      #expect(read.difference.n == written.difference.n)
      #expect(
        read.shareBetter.isNaN
          ? written.shareBetter == nil
          : TextFormat.decimal(read.shareBetter) == TextFormat.decimal(written.shareBetter!))
    }
    let text = files.csv()
    #expect(text.hasPrefix(CompareColumn.names.joined(separator: ",") + "\n"))
    for column in CompareColumn.allCases where column != .shareBetter {
      let renamed = try CSVTable(Self.renaming(column.name, in: text), file: "compare.csv")
      #expect(throws: InputError.self, "\(column.name)") {
        try renamed.columns(CompareColumn.self, optional: [.shareBetter])
      }
    }
    // share_better is the one optional column: without it, rows read with no share.
    let older = try CSVTable(Self.renaming(CompareColumn.shareBetter.name, in: text), file: "compare.csv")
    #expect(try !older.columns(CompareColumn.self, optional: [.shareBetter]).has(.shareBetter))
  }

  @Test func timeseriesLinesAreReadBackBySeries() throws {
    let layout = CSVLayout.timeseries
    var text = layout.header + "\n"
    for (replication, value) in [(0, "2.000000"), (1, "4.000000")] {
      text +=
        layout.line { column in
          switch column {
          case .replication: String(replication)
          case .day: "7"
          case .series: "population"
          case .value: value
          }
        } + "\n"
    }
    let series = try Timeseries(try CSVTable(text, file: "timeseries.csv"))
    let point = try #require(series.points("population")?.first)
    #expect(point.day == 7 && point.mean == 3 && point.n == 2)
    for column in TimeseriesColumn.allCases {
      #expect(throws: InputError.self) {
        try Timeseries(try CSVTable(Self.renaming(column.name, in: text), file: "timeseries.csv"))
      }
    }
  }

  @Test func metricLabelsComeFromTheCatalog() {
    for metric in Metric.all { #expect(ReportLabels.metric(metric.name, .english) == metric.label) }
    #expect(ReportLabels.metric("new_metric_name", .english) == "New metric name")
  }
}
