import Foundation
import ReentryModel
import ScenarioFormat
import SimKernel

/// Writes a run's files while its replications finish, so memory does not
/// grow with `--replications`.
///
/// Each replication's rows of `timeseries.csv` and `releases.csv` are
/// appended (and hashed) as it is delivered, in replication order, and only
/// its metric values are kept for the summary. The bytes are those of
/// `RunFiles.render()`, which `reentry verify` pins.
package final class RunFileStream {
  let scenario: ResolvedScenario
  let parameters: ModelParameters
  private let staging: StagingDirectory
  private let timeseries: StreamedFile
  private let releases: StreamedFile
  private let codes = ReleaseRow.codes(MunicipalityData.all)
  /// `values[replication][metric][group]`, all the summary needs.
  private var values: [[[Double?]]] = []
  /// Kernel totals for run-info.json.
  package private(set) var work = SimulationWork()

  /// Opens the row files in `staging` and writes their headers.
  package init(
    scenario: ResolvedScenario, parameters: ModelParameters, staging: StagingDirectory
  ) throws(OutputError) {
    self.scenario = scenario
    self.parameters = parameters
    self.staging = staging
    timeseries = try staging.create("timeseries.csv")
    releases = try staging.create("releases.csv")
    try timeseries.append(RunFiles.timeseriesHeader)
    try releases.append(RunFiles.releasesHeader)
    values.reserveCapacity(parameters.run.replications)
  }

  /// Appends the next replication; results must come in replication order.
  ///
  /// The metrics are evaluated on a thread of their own while this one
  /// formats, hashes and writes the rows: the two read the same result and
  /// share nothing else, so a one-replication run waits for the longer of
  /// the two, not for both. A new thread, not a dispatch queue, so the wait
  /// never depends on a pool that the replications may be holding.
  package func add(_ result: ReplicationResult) throws(OutputError) {
    precondition(result.replication == values.count, "replications must be added in order")
    let metrics = Evaluation()
    Thread { metrics.finish(MetricTable.evaluate(result)) }.start()
    do {
      try timeseries.append(RunFiles.timeseriesRows(result))
      try releases.append(RunFiles.releaseRows(result, codes: codes))
    } catch {
      _ = metrics.wait()
      throw error
    }
    values.append(metrics.wait())
    work = work + SimulationWork(result)
  }

  /// One replication's metric values, handed from the evaluating thread to
  /// the writing one; the semaphore orders the write before the read.
  private final class Evaluation: @unchecked Sendable {
    private var values: [[Double?]] = []
    private let done = DispatchSemaphore(value: 0)

    func finish(_ values: [[Double?]]) {
      self.values = values
      done.signal()
    }

    func wait() -> [[Double?]] {
      done.wait()
      return values
    }
  }

  /// The summary over the replications added so far.
  package var table: MetricTable { MetricTable(values: values) }

  /// Writes the summaries, the manifest and `extra` (run-info.json), swaps
  /// the directory in and returns the manifest digest.
  package func finish(extra: [(name: String, bytes: [UInt8])]) throws(OutputError) -> String {
    let summaries = RunFiles.summaryFiles(scenario: scenario, parameters: parameters, table: table)
    var digests: [(String, String)] = []
    for file in summaries { digests.append((file.name, try staging.write(file.name, file.bytes))) }
    digests += [("timeseries.csv", try timeseries.finish()), ("releases.csv", try releases.finish())]
    let manifest = Manifest.body(scenario: scenario, parameters: parameters, fileDigests: digests)
    try staging.write("manifest.json", Array(manifest.json.utf8))
    for file in extra { try staging.write(file.name, file.bytes) }
    try staging.commit()
    return manifest.digest
  }
}
