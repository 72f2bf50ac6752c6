/// Runs numbered units of work in parallel and hands their results over in index order.
///
/// Every command that runs many independent simulations (replications,
/// sweep points, robustness draws, sensitivity evaluations) goes through
/// this one runner, so they share one set of rules:
///
/// - **Bounded**: at most `jobs` units run at once, and a unit is launched
///   only within `window × jobs` indices past the first result not yet
///   consumed, so the results waiting for an earlier, slower unit (and so
///   peak memory) stay bounded however many units there are.
/// - **Ordered**: units are launched in index order and `consume` receives
///   every result in index order, never in completion order, so what a
///   caller builds does not depend on `jobs` or on how the OS schedules
///   tasks (a task group returns results as they finish).
/// - **One failure rule**: when a unit throws, no further unit is launched;
///   the units with lower indices still finish and are consumed, then the
///   remaining units are cancelled and the error of the lowest failing
///   index is rethrown. That is the error a run with one job would have
///   thrown, whatever `jobs` is. An error thrown by `consume` is rethrown at
///   once, after the results before it.
/// - **Cancellation**: once the calling task is cancelled no unit is
///   launched any more and `CancellationError` is thrown (units running at
///   that moment are cancelled too, and stop if they check for it).
package struct OrderedWork: Sendable {
  /// How many units there are: indices `0..<count`.
  package let count: Int
  /// How many units may run at once (at least 1).
  package let jobs: Int
  /// How many units per job may be running or finished but waiting for an earlier one.
  package let window: Int

  /// The default window: enough for a slow unit to leave the other jobs
  /// something to run, small enough that results held in memory stay few.
  package static let defaultWindow = 2

  package init(count: Int, jobs: Int, window: Int = OrderedWork.defaultWindow) {
    self.count = max(0, count)
    self.jobs = max(1, jobs)
    self.window = max(1, window)
  }

  /// A unit's outcome, tagged with its index because the group returns them in completion order.
  private struct Finished<Result: Sendable>: Sendable {
    let index: Int
    let outcome: Swift.Result<Result, any Error>
  }

  /// Runs every unit and hands each result to `consume` in index order, as
  /// soon as it and all earlier ones have finished, then lets it go.
  ///
  /// `progress` is told after every unit that finishes, in completion
  /// order: units done so far and the total.
  package func run<Result: Sendable>(
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    unit: @escaping @Sendable (_ index: Int) async throws -> Result,
    consume: (_ index: Int, _ result: Result) throws -> Void
  ) async throws {
    let count = count
    let ahead = window * jobs
    try await withThrowingTaskGroup(of: Finished<Result>.self) { group in
      var waiting: [Int: Result] = [:]
      var failure: (index: Int, error: any Error)?
      var next = 0
      var running = 0
      var consumed = 0
      var done = 0
      func launch() throws {
        while failure == nil, next < count, running < jobs, next < consumed + ahead {
          try Task.checkCancellation()
          let index = next
          next += 1
          running += 1
          group.addTask {
            do { return Finished(index: index, outcome: .success(try await unit(index))) } catch {
              return Finished(index: index, outcome: .failure(error))
            }
          }
        }
      }
      try launch()
      while let finished = try await group.next() {
        running -= 1
        switch finished.outcome {
        case .success(let result):
          waiting[finished.index] = result
          done += 1
          progress?(done, count)
        case .failure(let error):
          if failure.map({ finished.index < $0.index }) ?? true { failure = (finished.index, error) }
        }
        while let result = waiting.removeValue(forKey: consumed) {
          try consume(consumed, result)
          consumed += 1
        }
        // Every unit below the failing one is consumed: nothing earlier can fail any more.
        if let failure, failure.index == consumed { throw failure.error }
        try launch()
      }
    }
  }

  /// Every unit's result, in index order.
  package func results<Result: Sendable>(
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    unit: @escaping @Sendable (_ index: Int) async throws -> Result
  ) async throws -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(count)
    try await run(progress: progress, unit: unit) { _, result in results.append(result) }
    return results
  }
}
