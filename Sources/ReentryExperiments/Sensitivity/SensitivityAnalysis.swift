import ReentryModel
import ScenarioFormat

/// Morris screening of a scenario's assumption parameters on `release_ready` (group all).
///
/// Every evaluation runs the scenario's replications with the same seed, so
/// every design point sees the same detainees (common random numbers) and
/// an elementary effect is mostly the parameter's doing. What noise remains
/// is measured: each trajectory's start point is evaluated `noiseRepeats`
/// more times with other replications, which gives the noise floor.
package struct SensitivityAnalysis: Sendable {
  let scenario: ResolvedScenario
  let factors: [SensitivityFactor]
  let design: MorrisDesign
  /// Extra evaluations of each trajectory's start point, each with replications of its own.
  let noiseRepeats: Int

  /// The outputs of one analysis: the design's points and the repeated start points.
  package struct Outputs: Sendable, Equatable {
    /// One per point of `design.allPoints`, in that order.
    package let design: [Double]
    /// `repeats[t][k]`: trajectory t's start point with replication block k + 1.
    package let repeats: [[Double]]

    /// Every evaluation: the design's and the repeats'.
    package var count: Int { design.count + repeats.reduce(0) { $0 + $1.count } }

    /// The repeats' evaluations alone: what the noise floor costs.
    package var repeatCount: Int { count - design.count }
  }

  package init(
    scenario: ResolvedScenario, factors: [SensitivityFactor], trajectories: Int, levels: Int, noiseRepeats: Int = 2
  ) {
    precondition(noiseRepeats >= 1)
    self.scenario = scenario
    self.factors = factors
    self.noiseRepeats = noiseRepeats
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

  /// The evaluations in a fixed order: every design point with replications 0..<N, then
  /// for k = 1…noiseRepeats every trajectory's start point with replications kN..<(k + 1)N.
  var evaluations: [(point: [Double], block: Int)] {
    design.allPoints.map { ($0, 0) } + (1...noiseRepeats).flatMap { k in design.points.map { ($0[0], k) } }
  }

  /// The output at every design point and repeated start point; at most `jobs` evaluations run at once.
  ///
  /// An evaluation's result is one number, so the runner may finish points
  /// far past a slow one: the window is the whole work.
  package func evaluate(jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> Outputs {
    let work = evaluations
    let analysis = self
    let values = try await OrderedWork(count: work.count, jobs: jobs, window: work.count).results(
      progress: progress
    ) {
      let (point, block) = work[$0]
      let parameters = try analysis.parameters(at: point)
      let offset = block * parameters.run.replications
      var results: [ReplicationResult] = []
      try await Experiment.run(
        parameters, jobs: 1, replicate: { try await Replication.run($0, replication: $1 + offset) },
        deliver: { results.append($0) })
      return Self.output(results)
    }
    let count = design.allPoints.count
    let trajectories = design.points.count
    let repeats = (0..<trajectories).map { t in
      (0..<noiseRepeats).map { k in values[count + k * trajectories + t] }
    }
    return Outputs(design: Array(values[..<count]), repeats: repeats)
  }

  /// The noise floor from the repeated start points.
  package func noiseFloor(_ outputs: Outputs) -> MorrisNoiseFloor {
    let stride = factors.count + 1
    return MorrisNoiseFloor(
      base: design.points.indices.map { outputs.design[$0 * stride] }, repeats: outputs.repeats,
      delta: design.delta)
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
