import Foundation
import ReentryModel

/// Runs the draws of a robustness analysis (or of one shard) that have no file yet.
///
/// Draws go in batches of a few per job. Within a batch, every draw's base
/// runs first; with the pattern filter the variants of the draws whose
/// base passed run after, so a rejected draw costs one scenario, not all of
/// them. Each stage is an `OrderedWork` over (draw, scenario, replication)
/// units, at most `jobs` running at once and consumed in index order, and
/// a draw's file is written atomically when its last unit is in. So the
/// files do not depend on `jobs` or on which unit finished first, memory
/// holds one batch's metric tables, and a kill loses only the batch in
/// flight. The first failing unit (in index order) stops the analysis.
package struct RobustnessRunner: Sendable {
  let definition: RobustnessDefinition
  let directory: PointDirectory<RobustnessPlan>
  let shard: SweepShard
  let jobs: Int
  /// Runs one replication; injectable for tests.
  var replicate: @Sendable (ModelParameters, Int) async throws -> ReplicationResult = {
    try await Replication.run($0, replication: $1)
  }

  package init(
    definition: RobustnessDefinition, directory: PointDirectory<RobustnessPlan>, shard: SweepShard, jobs: Int
  ) {
    self.definition = definition
    self.directory = directory
    self.shard = shard
    self.jobs = jobs
  }

  /// What a run did: draws of the shard, draws already on disk, draws kept among those run now.
  package struct Outcome: Sendable {
    package let draws: Int
    package let skipped: Int
    package let kept: Int
    package let work: SimulationWork
  }

  /// Draws per job in a batch: enough that the jobs stay busy between the
  /// base and the variant stage, few enough that a kill loses little.
  static let drawsPerJob = 4

  /// One replication of one scenario of one draw of the batch.
  private struct Unit: Sendable {
    /// The draw's position in the batch.
    let slot: Int
    let scenario: Int
    let replication: Int
  }

  /// What a unit gives: its metric values, and the replication itself when the filter needs the base.
  private struct UnitResult: Sendable {
    let values: [[Double?]]
    let base: ReplicationResult?
    let work: SimulationWork
  }

  /// A draw of the batch whose units are running.
  private struct OpenDraw {
    let draw: Int
    let parameters: [ModelParameters]
    /// `values[scenario][replication]`: metric × group values; nil until in (or never, for a rejected draw).
    var values: [[[[Double?]]?]]
    var baseResults: [ReplicationResult] = []
    var rejectedBy: [String] = []
  }

  package func run(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws -> Outcome {
    let plan = definition.plan
    let mine = shard.points(of: plan.draws)
    let todo = mine.filter { !directory.hasPoint($0, of: plan) }
    let replications = plan.replications
    let scenarios = plan.scenarios.count
    let filtering = plan.filter == .patterns
    var done = 0
    var kept = 0
    var work = SimulationWork()

    /// Writes a finished draw's file; a scenario not run (the variants of a rejected draw) has no table.
    func write(_ draw: OpenDraw) throws {
      let tables = draw.values.map { column -> MetricTable? in
        let complete = column.compactMap { $0 }
        return complete.count == replications ? MetricTable(values: complete) : nil
      }
      let bytes = RobustnessPointFile.render(plan: plan, draw: draw.draw, rejectedBy: draw.rejectedBy, tables: tables)
      try directory.writePoint(draw.draw, bytes)
      if draw.rejectedBy.isEmpty { kept += 1 }
      done += 1
      progress?(done, todo.count)
    }

    let batchSize = Self.drawsPerJob * max(1, jobs)
    for start in stride(from: 0, to: todo.count, by: batchSize) {
      var open: [OpenDraw] = []
      for draw in todo[start..<min(start + batchSize, todo.count)] {
        var parameters: [ModelParameters] = []
        for s in 0..<scenarios { parameters.append(try definition.parameters(draw: draw, scenario: s)) }
        open.append(
          OpenDraw(
            draw: draw, parameters: parameters,
            values: Array(repeating: Array(repeating: nil, count: replications), count: scenarios)))
      }
      // The base stage: with the filter only the base, which then decides whether the variants run.
      let firstStage = 0..<(filtering ? 1 : scenarios)
      try await stage(open.indices.map { ($0, firstStage) }, of: open, keepBase: filtering) { unit, result in
        open[unit.slot].values[unit.scenario][unit.replication] = result.values
        work = work + result.work
        if let base = result.base { open[unit.slot].baseResults.append(base) }
        guard unit.scenario == firstStage.upperBound - 1, unit.replication == replications - 1 else { return }
        if filtering {
          open[unit.slot].rejectedBy = DrawFilter.rejections(
            base: open[unit.slot].baseResults, parameters: open[unit.slot].parameters[0])
          open[unit.slot].baseResults = []
          if open[unit.slot].rejectedBy.isEmpty, scenarios > 1 { return }
        }
        try write(open[unit.slot])
      }
      guard filtering, scenarios > 1 else { continue }
      let passed = open.indices.filter { open[$0].rejectedBy.isEmpty }
      try await stage(passed.map { ($0, 1..<scenarios) }, of: open, keepBase: false) { unit, result in
        open[unit.slot].values[unit.scenario][unit.replication] = result.values
        work = work + result.work
        if unit.scenario == scenarios - 1, unit.replication == replications - 1 { try write(open[unit.slot]) }
      }
    }
    return Outcome(draws: mine.count, skipped: mine.count - todo.count, kept: kept, work: work)
  }

  /// Runs every replication of the given scenarios of the given draws, in
  /// that order, and hands each unit's result to `consume` in that order.
  private func stage(
    _ draws: [(slot: Int, scenarios: Range<Int>)], of open: [OpenDraw], keepBase: Bool,
    consume: (Unit, UnitResult) throws -> Void
  ) async throws {
    let replications = definition.plan.replications
    let units = draws.flatMap { draw in
      draw.scenarios.flatMap { s in (0..<replications).map { Unit(slot: draw.slot, scenario: s, replication: $0) } }
    }
    let parameters = open.map(\.parameters)
    let replicate = self.replicate
    // Units that carry a whole replication for the filter keep the default window, which bounds them.
    let window = keepBase ? OrderedWork.defaultWindow : SweepRunner.window
    try await OrderedWork(count: units.count, jobs: jobs, window: window).run(
      unit: { index in
        let unit = units[index]
        let result = try await replicate(parameters[unit.slot][unit.scenario], unit.replication)
        return UnitResult(
          values: MetricTable.evaluate(result), base: keepBase ? result : nil, work: SimulationWork(result))
      },
      consume: { try consume(units[$0], $1) })
  }
}
