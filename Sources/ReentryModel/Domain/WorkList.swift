/// A casemanager's work list: the tasks of the cases on its caseload, in work order.
///
/// The list is two lists in work order (`CaseTask.comesBefore`): tasks
/// that can be worked on, and tasks not yet available (a release
/// coordination months ahead, say). Working through the ready list visits
/// the available tasks in exactly the order one list of all tasks would,
/// without stepping over tasks that cannot be started yet.
public struct WorkList: Sendable {
  private var ready = OrderedTasks()
  private var waiting = OrderedTasks()
  /// Tasks available on or before this day go straight to `ready`.
  private var readyThrough = Int.min
  /// No waiting task becomes available before this day (a lower bound after cancellations).
  private var nextAvailableDay = Int.max
  public init() {}

  public var hasTasks: Bool { !ready.isEmpty || !waiting.isEmpty }

  /// Remaining hours of all tasks, summed in work order (a fixed order keeps the sum's rounding fixed).
  public var backlogHours: Double {
    var sum = 0.0
    forEachInWorkOrder { sum += $0.remainingHours }
    return sum
  }

  /// Remaining hours on `day`, split into work that can be done (available, on time or overdue)
  /// and work not yet available (a release coordination months ahead is calendar, not backlog).
  /// Each part is summed in work order, so its rounding is fixed.
  public func backlog(on day: Int) -> (available: Double, future: Double) {
    var available = 0.0
    var future = 0.0
    forEachInWorkOrder { task in
      if task.availableDay <= day { available += task.remainingHours } else { future += task.remainingHours }
    }
    return (available, future)
  }

  /// Visits all tasks in work order: the two lists merged, the same order as one list.
  /// Walks both arrays from their ends (the first task is last) without copying either.
  private func forEachInWorkOrder(_ body: (CaseTask) -> Void) {
    let later = waiting.items
    var j = later.count - 1
    for task in ready.inOrder {
      while j >= 0, later[j].comesBefore(task) {
        body(later[j])
        j -= 1
      }
      body(task)
    }
    while j >= 0 {
      body(later[j])
      j -= 1
    }
  }

  /// The first day after `day` a task can be worked on: tomorrow when one is ready, else no
  /// earlier than the earliest waiting one (a lower bound after cancellations); nil when empty.
  public func nextWorkDay(after day: Int) -> Int? {
    if !ready.isEmpty { return day + 1 }
    return waiting.isEmpty ? nil : max(day + 1, nextAvailableDay)
  }

  /// Ends a case: its unfinished tasks are dropped, and counted by kind in `dropped`.
  public mutating func release(_ detainee: Int, dropped: inout [Int]) {
    let count: (CaseTask) -> Void = { dropped[$0.kind.rawValue] += 1 }
    ready.removeAll(where: { $0.detainee == detainee }, removed: count)
    waiting.removeAll(where: { $0.detainee == detainee }, removed: count)
  }

  public mutating func add(_ task: CaseTask) {
    if task.availableDay <= readyThrough {
      ready.insert(task)
    } else {
      waiting.insert(task)
      nextAvailableDay = min(nextAvailableDay, task.availableDay)
    }
  }

  /// Removes pending tasks of a kind for a detainee (e.g. contact made by the other side).
  public mutating func cancel(_ kind: CaseTask.Kind, for detainee: Int) {
    ready.removeAll { $0.kind == kind && $0.detainee == detainee }
    waiting.removeAll { $0.kind == kind && $0.detainee == detainee }
  }

  /// Works through the available tasks in order for `budget` hours; appends finished tasks to
  /// `finished` and returns the hours spent.
  @discardableResult
  public mutating func work(day: Int, budget: Double, finished: inout [CaseTask]) -> Double {
    readyThrough = max(readyThrough, day)
    if nextAvailableDay <= day {
      for task in waiting.removeAvailable(through: day) { ready.insert(task) }
      nextAvailableDay = waiting.earliestAvailableDay
    }
    var left = budget
    while let task = ready.next, left > 1e-9 {
      let spent = min(left, task.remainingHours)
      left -= spent
      if task.remainingHours - spent <= 1e-9 {
        var done = ready.removeNext()
        done.remainingHours -= spent
        finished.append(done)
      } else {
        ready.updateNext { $0.remainingHours -= spent }
      }
    }
    return budget - left
  }
}
