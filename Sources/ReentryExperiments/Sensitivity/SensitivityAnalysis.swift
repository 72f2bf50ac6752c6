import ReentryModel
import ScenarioFormat

/// Morris screening of a scenario's assumption parameters on `release_ready` (group all).
///
/// Every evaluation runs the scenario's replications with the same seed, so
/// every design point sees the same detainees (common random numbers) and
/// an elementary effect is the parameter's doing, not sampling noise.
package struct SensitivityAnalysis: Sendable {
  let scenario: ResolvedScenario
  let factors: [SensitivityFactor]
  let design: MorrisDesign

  package init(scenario: ResolvedScenario, factors: [SensitivityFactor], trajectories: Int, levels: Int) {
    self.scenario = scenario
    self.factors = factors
    design = MorrisDesign(
      factorCount: factors.count, trajectories: trajectories, levels: levels,
      seed: UInt64(scenario.int("run.seed")))
  }

  /// The scenario's parameters at one design point.
  func parameters(at point: [Double]) throws(ScenarioErrors) -> ModelParameters {
    var s = scenario
    for (factor, u) in zip(factors, point) { s = try s.overriding(factor.path, with: .number(factor.value(at: u))) }
    return ModelParameters(s)
  }

  /// The output at every design point, in design order; at most `jobs` points run at once.
  ///
  /// An evaluation's result is one number, so the runner may finish points
  /// far past a slow one: the window is the whole design.
  package func evaluate(jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> [Double] {
    let points = design.allPoints
    let analysis = self
    return try await OrderedWork(count: points.count, jobs: jobs, window: points.count).results(progress: progress) {
      Self.output(try await Experiment.run(try analysis.parameters(at: points[$0]), jobs: 1))
    }
  }

  /// The metric analysed: `release_ready` for group all, averaged over replications.
  static func output(_ results: [ReplicationResult]) -> Double {
    let metric = Metric.all[Metric.index(MetricName.releaseReady)]
    let values = results.compactMap { metric.value($0.records, $0, true) }
    return values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
  }

  /// Elementary effects per whole range, from the values actually set (integers are rounded).
  package func effects(_ outputs: [Double]) -> MorrisEffects {
    MorrisEffects(design: design, outputs: outputs) { t, j in
      let factor = design.steps[t][j].factor
      let f = factors[factor]
      let before = design.points[t][j][factor]
      let after = design.points[t][j + 1][factor]
      return f.position(of: f.value(at: after)) - f.position(of: f.value(at: before))
    }
  }
}
