import Foundation
import ReentryModel
import ScenarioFormat
import SimKernel

/// Workload o of `reentry bench`: what writing a run's files costs beside
/// simulating it, and our SHA-256's throughput.
///
/// One replication of the scenario as `reentry run --replications 1` does it
/// (warm-up, measured years and follow-up), then its files written and hashed
/// through `RunFileStream` into a scratch directory, timed apart. The target
/// (issue 15) is an output share of at most 10% of the two together.
package enum OutputBench {
  /// The timings of every counted run.
  package struct Measurement: Sendable {
    /// Seconds simulating the replication, per run.
    let simulation: [Double]
    /// Seconds rendering, hashing and writing its files, per run.
    let output: [Double]
    /// Seconds evaluating the replication's metrics alone (part of the output,
    /// on another thread while the rows are written), per run.
    let metrics: [Double]
    /// Bytes of the deterministic files of one run.
    let bytes: Int
    /// Processor seconds of the process while simulating, and while writing, per run:
    /// steadier than wall time on a shared machine.
    let simulationCPU: [Double]
    let outputCPU: [Double]
    /// Our SHA-256 over `hashMebibytes` MiB, MB/s, per run.
    let hashMBPerSecond: [Double]
    let hashMebibytes: Int

    /// The output's share of a run's wall time, from the fastest simulation and the fastest output.
    var outputShare: Double { output.min()! / (simulation.min()! + output.min()!) }
    /// The same in processor time.
    var outputCPUShare: Double { outputCPU.min()! / (simulationCPU.min()! + outputCPU.min()!) }
  }

  package static func measure(
    _ scenario: ResolvedScenario, runs: Int, hashMebibytes: Int = 64, log: (String) -> Void
  ) async throws -> Measurement {
    let one = try scenario.overriding("run.replications", with: 1)
    let parameters = ModelParameters(one)
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("reentry-bench-output-\(ProcessInfo.processInfo.processIdentifier)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let clock = ContinuousClock()
    var simulation: [Double] = []
    var output: [Double] = []
    var hash: [Double] = []
    var simulationCPU: [Double] = []
    var outputCPU: [Double] = []
    var metrics: [Double] = []
    var bytes = 0
    for run in 0...runs {
      let start = clock.now
      let startCPU = BenchMeasurement.processorSeconds()
      let results = try await Experiment.run(parameters, jobs: 1)
      let simulated = clock.now
      let simulatedCPU = BenchMeasurement.processorSeconds()
      let stream = try RunFileStream(
        scenario: one, parameters: parameters, staging: StagingDirectory(OutputDirectory(scratch)))
      for result in results { try stream.add(result) }
      _ = try stream.finish(extra: [])
      let written = clock.now
      let writtenCPU = BenchMeasurement.processorSeconds()
      let evaluating = clock.now
      for result in results { _ = MetricTable.evaluate(result) }
      let m = RunInfo.seconds(clock.now - evaluating)
      let hashed = hashThroughput(mebibytes: hashMebibytes)
      bytes = Self.size(of: scratch)
      let s = RunInfo.seconds(simulated - start)
      let o = RunInfo.seconds(written - simulated)
      log(
        "  o-output run \(run == 0 ? "warm-up" : String(run)): simulation \(TextFormat.decimal(s)) s, "
          + "output \(TextFormat.decimal(o)) s, SHA-256 \(Int(hashed)) MB/s\n")
      // Run 0 is the warm-up and is not counted.
      guard run > 0 else { continue }
      simulation.append(s)
      output.append(o)
      simulationCPU.append(simulatedCPU - startCPU)
      outputCPU.append(writtenCPU - simulatedCPU)
      metrics.append(m)
      hash.append(hashed)
    }
    return Measurement(
      simulation: simulation, output: output, metrics: metrics, bytes: bytes, simulationCPU: simulationCPU,
      outputCPU: outputCPU,
      hashMBPerSecond: hash, hashMebibytes: hashMebibytes)
  }

  /// MB/s (10^6 bytes) of our SHA-256 over `mebibytes` MiB, fed in 64 KiB pieces as a file is written.
  static func hashThroughput(mebibytes: Int) -> Double {
    let piece = (0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let pieces = 16 * mebibytes
    let clock = ContinuousClock()
    let start = clock.now
    var hasher = SHA256Hasher()
    for _ in 0..<pieces { hasher.update(piece) }
    let digest = hasher.finalize()
    let seconds = RunInfo.seconds(clock.now - start)
    precondition(digest.count == 32)
    return Double(piece.count * pieces) / 1e6 / seconds
  }

  /// Total size of the regular files in `directory`.
  static func size(of directory: String) -> Int {
    let fm = FileManager.default
    return ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).reduce(0) { total, name in
      let attributes = try? fm.attributesOfItem(atPath: (directory as NSString).appendingPathComponent(name))
      return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
    }
  }
}

extension OutputBench.Measurement {
  /// The lines `reentry bench` prints for workload o.
  package var table: String {
    let s = simulation.sorted()
    let o = output.sorted()
    return String(
      format: """
        o-output: simulation min %.3f s (median %.3f), output min %.3f s (median %.3f) for %.1f MB; \
        output share %.1f%% of wall time, %.1f%% of processor time (target at most 10%%)
        o-output: evaluating the metrics alone min %.3f s; our SHA-256 %.0f MB/s (best of %d runs over %d MiB)

        """,
      s[0], s[s.count / 2], o[0], o[o.count / 2], Double(bytes) / 1e6, outputShare * 100, outputCPUShare * 100,
      metrics.min()!, hashMBPerSecond.max()!, hashMBPerSecond.count, hashMebibytes)
  }

  /// The workload's entry in bench.json.
  package var json: JSONValue {
    func n(_ x: Double) -> JSONValue { x.isFinite ? .number((x * 1e6).rounded() / 1e6) : .null }
    return .object([
      ("workload", .string("o-output")),
      ("description", .string("one replication of the scenario as `run` does it, then its files written and hashed")),
      ("simulationSeconds", .array(simulation.map(n))), ("outputSeconds", .array(output.map(n))),
      ("simulationProcessorSeconds", .array(simulationCPU.map(n))),
      ("outputProcessorSeconds", .array(outputCPU.map(n))),
      ("bytes", .number(Double(bytes))), ("outputShare", n(outputShare)), ("outputProcessorShare", n(outputCPUShare)),
      ("metricsSeconds", .array(metrics.map(n))), ("sha256MBPerSecond", .array(hashMBPerSecond.map(n))),
    ])
  }
}
