import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The output directory of `reentry run`, read back for a report.
///
/// Numbers come from `summary.csv` (the contract file users also read),
/// units and the resolved parameters from `summary.json`, the time series
/// from `timeseries.csv` when present.
struct RunResult: Sendable {
  let scenario: String
  let description: String
  let records: [SummaryRecord]
  /// Metric name and unit, in `summary.json` order.
  let units: [(String, String)]
  /// The fully resolved scenario (`summary.json` "parameters").
  let parameters: JSONValue
  let timeseries: Timeseries?
  let provenance: Provenance

  init(_ directory: ResultDirectory, manifest: JSONValue) throws(InputError) {
    let why = "a run directory holds summary.csv, summary.json, timeseries.csv and manifest.json"
    let table = try directory.csv("summary.csv", needed: why)
    let columns = try table.columns(SummaryColumn.self)
    var records: [SummaryRecord] = []
    for r in table.records { records.append(try SummaryRecord(columns, r)) }
    self.records = records
    let summary = try directory.json("summary.json", needed: why)
    guard case .object(let unitList)? = summary.value(forKey: "units"),
      let parameters = summary.value(forKey: "parameters"), case .object = parameters
    else {
      throw InputError.invalid(directory.file("summary.json"), "needs \"units\" and \"parameters\" objects")
    }
    units = unitList.map { ($0.0, Provenance.text($0.1)) }
    self.parameters = parameters
    scenario = Provenance.text(summary.value(forKey: "scenario") ?? manifest.value(forKey: "scenario") ?? "run")
    description = Provenance.text(parameters.value(forKey: "description") ?? "")
    timeseries =
      directory.exists("timeseries.csv")
      ? try Timeseries(try directory.csv("timeseries.csv", needed: why)) : nil
    provenance = try Provenance(
      manifest: manifest, runInfo: try directory.optionalJSON("run-info.json"), file: directory.file("manifest.json"))
  }

  /// The estimate of a metric for a group, if the file has that row.
  func estimate(_ metric: String, _ group: String = "all") -> Estimate? {
    records.first { $0.metric == metric && $0.group == group }?.estimate
  }
}
