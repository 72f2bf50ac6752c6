import Foundation
import ScenarioFormat

extension CalibrationBench {
  /// What workload e measured: one timed generation per job count, and what follows from them.
  package struct Measurement: Sendable, TimedByJobs {
    /// One generation, timed from its first proposal to the written files.
    package struct Run: TimedRun {
      let jobs: Int
      let seconds: Double
      /// Processor seconds over the same span.
      let processorSeconds: Double
      /// National replications run (a proposal that breaks a cross-field rule runs none).
      let replications: Int
      /// Proposals evaluated: whole rounds of the particle count.
      let evaluations: Int
      let digest: String

      var replicationsPerSecond: Double { Double(replications) / seconds }
      var evaluationsPerSecond: Double { Double(evaluations) / seconds }
    }

    let particles: Int
    /// Replications per evaluation.
    let replications: Int
    /// World assumptions sampled.
    let parameters: Int
    /// In the order timed (1 job, then 2).
    let runs: [Run]
    let peakResidentMB: Double

    /// Wall time of `projectedEvaluations` evaluations on 2 jobs, linear in evaluations: a projection.
    var projectedSeconds: Double? {
      run(jobs: 2).map { Double(CalibrationBench.projectedEvaluations) / $0.evaluationsPerSecond }
    }
  }
}

extension CalibrationBench.Measurement {
  /// The lines `reentry bench` prints for workload e.
  package var table: String {
    var text =
      "e-calibration: generation 0 of the sampler on the national model, \(particles) particles x "
      + "\(replications) replications, \(parameters) world assumptions; each job count timed once\n"
      + "  jobs   wall s  processor s  evaluations  replications  replications/s  evaluations/s\n"
    for r in runs {
      text += String(
        format: "%6d%9.3f%13.3f%13d%14d%16.3f%15.3f\n", r.jobs, r.seconds, r.processorSeconds, r.evaluations,
        r.replications, r.replicationsPerSecond, r.evaluationsPerSecond)
    }
    if let efficiency = parallelEfficiency {
      text +=
        String(format: "e-calibration: parallel efficiency on 2 jobs %.1f%% (t1 / (2 t2))", efficiency * 100)
        + (sameDigest ? "; the same result on 1 and 2 jobs\n" : "; THE JOB COUNTS WROTE DIFFERENT RESULTS\n")
    }
    if let projected = projectedSeconds {
      text += String(
        format: "e-calibration: %d evaluations on 2 jobs would take %.0f s (%.1f min); a projection, linear in "
          + "evaluations\n", CalibrationBench.projectedEvaluations, projected, projected / 60)
    }
    return text
  }

  /// The workload's entry in bench.json.
  package var json: JSONValue {
    func n(_ x: Double) -> JSONValue { x.isFinite ? .number((x * 1e6).rounded() / 1e6) : .null }
    func i(_ x: Int) -> JSONValue { .number(Double(x)) }
    return .object([
      ("workload", .string("e-calibration")),
      (
        "description",
        .string(
          "generation 0 of reentry calibrate on the national model: \(particles) particles x \(replications) "
            + "replications, once on 1 job and once on 2 jobs (the pilot untimed)")
      ),
      ("particles", i(particles)), ("replicationsPerEvaluation", i(replications)), ("parameters", i(parameters)),
      (
        "runs",
        .array(
          runs.map { r in
            .object([
              ("jobs", i(r.jobs)), ("seconds", n(r.seconds)), ("processorSeconds", n(r.processorSeconds)),
              ("evaluations", i(r.evaluations)), ("replications", i(r.replications)),
              ("replicationsPerSecond", n(r.replicationsPerSecond)),
              ("evaluationsPerSecond", n(r.evaluationsPerSecond)), ("digest", .string(r.digest)),
            ])
          })
      ),
      ("parallelEfficiency", parallelEfficiency.map(n) ?? .null),
      ("sameDigest", .bool(sameDigest)),
      ("projectedEvaluations", i(CalibrationBench.projectedEvaluations)),
      ("projectedSecondsOnTwoJobs", projectedSeconds.map(n) ?? .null),
      ("peakResidentMB", n(peakResidentMB)),
    ])
  }
}
