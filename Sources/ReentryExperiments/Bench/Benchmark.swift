import ReentryModel

/// Runs bench workloads: a warm-up, then timed runs, from one task.
package enum Benchmark {
  package static func measure(
    _ workload: BenchWorkload, runs: Int, log: (String) -> Void
  ) async throws -> BenchMeasurement {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    var work = (days: 0, messages: 0, steps: 0)
    for run in 0...runs {
      let start = clock.now
      var days = 0
      var messages = 0
      var steps = 0
      for point in workload.points {
        for result in try await Experiment.run(point, jobs: workload.jobs) {
          days += result.detaineeDays
          messages += result.messages
          steps += result.actorSteps
        }
      }
      let elapsed = RunInfo.seconds(clock.now - start)
      // Run 0 is the warm-up and is not counted.
      if run > 0 { seconds.append(elapsed) }
      work = (days, messages, steps)
      log("  \(workload.name) run \(run == 0 ? "warm-up" : String(run)): \(TextFormat.decimal(elapsed)) s\n")
    }
    return BenchMeasurement(
      workload: workload.name, description: workload.description, seconds: seconds,
      detaineeDays: work.days, messages: work.messages, actorSteps: work.steps,
      peakResidentMB: BenchMeasurement.peakResidentMB())
  }
}
