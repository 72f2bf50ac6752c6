import Foundation
import ReentryModel
import ScenarioFormat

extension RobustnessBench {
  /// What workload d measured: one timed analysis per job count, and what follows from them.
  package struct Measurement: Sendable, TimedByJobs {
    /// One analysis, timed from the design to the written summary.
    package struct Run: TimedRun {
      let jobs: Int
      let seconds: Double
      /// The part of `seconds` in the runner (the replications, the filter's
      /// judgement of each base, the point files); the rest is one task's
      /// work however many jobs there are: the design and its rule checks, and
      /// `robustness.csv` and `robustness.json` at the end.
      let runnerSeconds: Double
      /// Processor seconds of the process over the same span: with a shared
      /// machine, the part of a slow wall time that is not our work.
      let processorSeconds: Double
      /// National replications run: the base of every draw, the variants of kept draws only.
      let replications: Int
      let kept: Int
      let work: SimulationWork
      /// The result's manifest digest: the same on every job count, or the runner is wrong.
      let digest: String

      var replicationsPerSecond: Double { Double(replications) / seconds }
      /// Cores kept busy on average: near `jobs` when the machine is ours and
      /// no job waits; lower on a shared machine, which then explains a low efficiency.
      var coresBusy: Double { processorSeconds / seconds }
    }

    /// Base and variants.
    let scenarios: Int
    let draws: Int
    /// Replications per scenario and draw.
    let replications: Int
    let filter: RobustnessPlan.Filter
    /// In the order timed (1 job, then 2).
    let runs: [Run]
    /// Peak resident memory of the whole process after the workload.
    let peakResidentMB: Double

    /// The wall time of the `projectedDraws`-draw analysis on 2 jobs, linear in
    /// draws from the 2-job run: a projection, which assumes the same share of
    /// kept draws (a kept draw runs every variant, a rejected one only the base).
    var projectedSeconds: Double? {
      run(jobs: 2).map { $0.seconds * Double(RobustnessBench.projectedDraws) / Double(draws) }
    }
  }
}

extension RobustnessBench.Measurement {
  /// The lines `reentry bench` prints for workload d.
  package var table: String {
    let kept = runs.first?.kept ?? 0
    var text =
      "d-robustness: \(scenarios) scenarios (base and \(scenarios - 1) variants), \(draws) draws x \(replications) "
      + "replications, filter \(filter.rawValue), \(kept) of \(draws) draws kept; each job count timed once\n"
    text += "  jobs   wall s  runner s  processor s  replications  replications/s  detainee-days/s  peak MB\n"
    for r in runs {
      text += String(
        format: "%6d%9.3f%10.3f%13.3f%14d%16.3f%17.3e%9.1f\n", r.jobs, r.seconds, r.runnerSeconds,
        r.processorSeconds, r.replications, r.replicationsPerSecond, Double(r.work.detaineeDays) / r.seconds,
        peakResidentMB)
    }
    if let efficiency = parallelEfficiency {
      text +=
        String(
          format: "d-robustness: parallel efficiency on 2 jobs %.1f%% (t1 / (2 t2); target at least 90%%); "
            + "2 jobs kept %.2f cores busy", efficiency * 100, run(jobs: 2)?.coresBusy ?? .nan)
        + (sameDigest ? "; the same result on 1 and 2 jobs\n" : "; THE JOB COUNTS WROTE DIFFERENT RESULTS\n")
    }
    if let projected = projectedSeconds {
      text += String(
        format: """
          d-robustness: projected wall time of the %d-draw analysis on 2 jobs: %.0f s (%.1f min); a projection, \
          linear in draws from this 2-job run, not a measurement

          """, RobustnessBench.projectedDraws, projected, projected / 60)
    }
    return text
  }

  /// The workload's entry in bench.json.
  package var json: JSONValue {
    func n(_ x: Double) -> JSONValue { x.isFinite ? .number((x * 1e6).rounded() / 1e6) : .null }
    func i(_ x: Int) -> JSONValue { .number(Double(x)) }
    return .object([
      ("workload", .string("d-robustness")),
      (
        "description",
        .string(
          "the shipped robustness analysis (base and \(scenarios - 1) variants) with \(draws) draws x "
            + "\(replications) replications, filter \(filter.rawValue), once on 1 job and once on 2 jobs")
      ),
      ("scenarios", i(scenarios)), ("draws", i(draws)), ("replicationsPerScenario", i(replications)),
      ("filter", .string(filter.rawValue)),
      (
        "runs",
        .array(
          runs.map { r in
            .object([
              ("jobs", i(r.jobs)), ("seconds", n(r.seconds)), ("runnerSeconds", n(r.runnerSeconds)),
              ("processorSeconds", n(r.processorSeconds)), ("coresBusy", n(r.coresBusy)),
              ("replications", i(r.replications)), ("replicationsPerSecond", n(r.replicationsPerSecond)),
              ("keptDraws", i(r.kept)), ("detaineeDays", i(r.work.detaineeDays)), ("messages", i(r.work.messages)),
              ("actorSteps", i(r.work.actorSteps)), ("digest", .string(r.digest)),
            ])
          })
      ),
      ("parallelEfficiency", parallelEfficiency.map(n) ?? .null),
      ("sameDigest", .bool(sameDigest)),
      ("projectedDraws", i(RobustnessBench.projectedDraws)),
      ("projectedSecondsOnTwoJobs", projectedSeconds.map(n) ?? .null),
      ("projection", .string("linear in draws from the 2-job wall time; assumes the same share of kept draws")),
      ("peakResidentMB", n(peakResidentMB)),
    ])
  }
}
