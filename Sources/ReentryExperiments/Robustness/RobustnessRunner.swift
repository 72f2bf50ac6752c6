import Foundation
import ReentryModel

/// Runs the draws of a robustness analysis (or of one shard) that have no file yet.
///
/// Work is split into (draw, scenario, replication) units, at most `jobs`
/// running at once. A draw's base runs first; with the pattern filter its
/// variants are queued only once the base has passed, so a rejected draw
/// costs one scenario, not all of them. Units of open draws go before a
/// new draw is opened, which keeps few draws in memory. Every unit is
/// placed by its indices, and a draw's file is written atomically when its
/// last unit is in, so the files do not depend on `jobs` or on which unit
/// finished first, and a kill loses only the draws in flight.
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

  private struct Unit: Sendable {
    let draw: Int
    let scenario: Int
    let replication: Int
  }

  /// A draw whose units are running.
  private struct OpenDraw {
    /// `values[scenario][replication]`: metric × group values; nil until in.
    var values: [[[[Double?]]?]]
    var baseResults: [ReplicationResult?]
    var parameters: [ModelParameters]
    var pending: Int
    var baseDone = 0
    var rejectedBy: [String] = []
  }

  package func run(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws -> Outcome {
    let plan = definition.plan
    let mine = shard.points(of: plan.draws)
    let todo = mine.filter { !directory.hasPoint($0, of: plan) }
    let replications = plan.replications
    let scenarios = plan.scenarios.count
    let filtering = plan.filter == .patterns
    var open: [Int: OpenDraw] = [:]
    var queue: [Unit] = []
    var nextDraw = 0
    var done = 0
    var kept = 0
    var work = SimulationWork()

    func enqueue(_ draw: Int, scenarios range: Range<Int>) {
      for s in range { for r in 0..<replications { queue.append(Unit(draw: draw, scenario: s, replication: r)) } }
    }

    try await withThrowingTaskGroup(of: (Unit, [[Double?]], ReplicationResult?, SimulationWork).self) { group in
      var running = 0
      func launch() throws {
        while running < max(1, jobs) {
          if queue.isEmpty, nextDraw < todo.count, open.count <= max(1, jobs) {
            let draw = todo[nextDraw]
            nextDraw += 1
            var parameters: [ModelParameters] = []
            for s in 0..<scenarios { parameters.append(try definition.parameters(draw: draw, scenario: s)) }
            open[draw] = OpenDraw(
              values: Array(repeating: Array(repeating: nil, count: replications), count: scenarios),
              baseResults: Array(repeating: nil, count: replications), parameters: parameters,
              pending: (filtering ? 1 : scenarios) * replications)
            enqueue(draw, scenarios: 0..<(filtering ? 1 : scenarios))
          }
          guard !queue.isEmpty else { return }
          let unit = queue.removeFirst()
          let p = open[unit.draw]!.parameters[unit.scenario]
          let keep = filtering && unit.scenario == 0
          let replicate = self.replicate
          running += 1
          group.addTask {
            let result = try await replicate(p, unit.replication)
            return (unit, MetricTable.evaluate(result), keep ? result : nil, SimulationWork(result))
          }
        }
      }

      try launch()
      while let (unit, values, result, unitWork) = try await group.next() {
        running -= 1
        work = work + unitWork
        var draw = open[unit.draw]!
        draw.values[unit.scenario][unit.replication] = values
        draw.pending -= 1
        if unit.scenario == 0, filtering {
          draw.baseResults[unit.replication] = result
          draw.baseDone += 1
          if draw.baseDone == replications {
            draw.rejectedBy = DrawFilter.rejections(
              base: draw.baseResults.map { $0! }, parameters: draw.parameters[0])
            draw.baseResults = []
            if draw.rejectedBy.isEmpty {
              draw.pending += (scenarios - 1) * replications
              enqueue(unit.draw, scenarios: 1..<scenarios)
            }
          }
        }
        open[unit.draw] = draw
        if draw.pending == 0 {
          open[unit.draw] = nil
          // A scenario not run (the variants of a rejected draw) has no table.
          let tables = draw.values.map { column -> MetricTable? in
            let complete = column.compactMap { $0 }
            return complete.count == replications ? MetricTable(values: complete) : nil
          }
          let bytes = RobustnessPointFile.render(
            plan: plan, draw: unit.draw, rejectedBy: draw.rejectedBy, tables: tables)
          try AtomicFile.write(bytes, to: directory.file(RobustnessPlan.pointFile(unit.draw)))
          if draw.rejectedBy.isEmpty { kept += 1 }
          done += 1
          progress?(done, todo.count)
        }
        try launch()
      }
    }
    return Outcome(draws: mine.count, skipped: mine.count - todo.count, kept: kept, work: work)
  }
}
