import ReentryModel

/// Runs bench workloads: a warm-up, then timed runs, from one task.
package enum Benchmark {
  package static func measure(
    _ workload: BenchWorkload, runs: Int, log: (String) -> Void
  ) async throws -> BenchMeasurement {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    var work = BenchWork()
    for run in 0...runs {
      let start = clock.now
      var done = BenchWork()
      for point in workload.points {
        for result in try await Experiment.run(point, jobs: workload.jobs) { done.add(result) }
      }
      let elapsed = RunInfo.seconds(clock.now - start)
      // Run 0 is the warm-up and is not counted.
      if run > 0 { seconds.append(elapsed) }
      work = done
      log("  \(workload.name) run \(run == 0 ? "warm-up" : String(run)): \(TextFormat.decimal(elapsed)) s\n")
    }
    return BenchMeasurement(
      workload: workload.name, description: workload.description, seconds: seconds,
      detaineeDays: work.detaineeDays, messages: work.messages, actorSteps: work.actorSteps,
      actorStepsByKind: work.stepsByKind, idleCasemanagerSteps: work.idleCasemanagerSteps,
      peakResidentMB: BenchMeasurement.peakResidentMB())
  }
}
