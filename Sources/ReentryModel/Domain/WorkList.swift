/// A casemanager's work list: the tasks of the cases on its caseload, in work order.
///
/// The list is two lists: tasks that can be worked on, in work order
/// (`CaseTask.comesBefore`), and tasks not yet available (a release
/// coordination months ahead, a case's next MDO), by the day they become
/// available. Working through the ready list visits the available tasks in
/// exactly the order one list of all tasks would, without stepping over tasks
/// that cannot be started yet.
public struct WorkList: Sendable {
  private var ready = OrderedTasks()
  private var waiting = WaitingTasks()
  /// Tasks available on or before this day go straight to `ready`.
  private var readyThrough = Int.min
  public init() {}

  public var hasTasks: Bool { !ready.isEmpty || !waiting.isEmpty }
  /// The day the earliest waiting task becomes available (`Int.max` when none waits).
  public var earliestWaitingDay: Int { waiting.earliestAvailableDay }

  /// Remaining hours of all tasks: the ready ones in work order, then the waiting ones in heap
  /// order (a fixed order keeps the sum's rounding fixed).
  public var backlogHours: Double {
    var sum = 0.0
    for task in ready.inOrder { sum += task.remainingHours }
    for task in waiting.items { sum += task.remainingHours }
    return sum
  }

  /// Remaining hours on `day`, split into work that can be done (available, on time or overdue)
  /// and work not yet available (a release coordination months ahead is calendar, not backlog).
  /// Each part is summed in a fixed order (as `backlogHours`), so its rounding is fixed.
  public func backlog(on day: Int) -> (available: Double, future: Double) {
    var future = 0.0
    for task in waiting.items where task.availableDay > day { future += task.remainingHours }
    return (availableHours(on: day), future)
  }

  /// The hours of work that can be done on `day`: the ready tasks in work order, then any
  /// waiting tasks available by then (the waiting list, weeks and months ahead, is walked only
  /// when its earliest task is due).
  public func availableHours(on day: Int) -> Double {
    var available = 0.0
    for task in ready.inOrder { available += task.remainingHours }
    if waiting.earliestAvailableDay <= day {
      for task in waiting.items where task.availableDay <= day { available += task.remainingHours }
    }
    return available
  }

  /// The first day after `day` a task can be worked on: tomorrow when one is ready, else the
  /// day the earliest waiting one becomes available; nil when empty.
  public func nextWorkDay(after day: Int) -> Int? {
    if !ready.isEmpty { return day + 1 }
    return waiting.isEmpty ? nil : max(day + 1, waiting.earliestAvailableDay)
  }

  /// Ends a case: its unfinished tasks are dropped, and counted by kind in `dropped`.
  public mutating func release(_ detainee: DetaineeID, dropped: inout [Int]) {
    let count: (CaseTask) -> Void = { dropped[$0.kind.rawValue] += 1 }
    ready.removeAll(where: { $0.detainee == detainee }, removed: count)
    waiting.removeAll(where: { $0.detainee == detainee }, removed: count)
  }

  /// Removes a case's tasks to hand them to another casemanager: those that could be worked on,
  /// in work order, and those not yet available.
  public mutating func take(_ detainee: DetaineeID) -> (ready: [CaseTask], waiting: [CaseTask]) {
    var ready: [CaseTask] = []
    var waiting: [CaseTask] = []
    self.ready.removeAll(where: { $0.detainee == detainee }, removed: { ready.append($0) })
    self.waiting.removeAll(where: { $0.detainee == detainee }, removed: { waiting.append($0) })
    return (ready, waiting)
  }

  /// Adds a case's tasks from another casemanager's list, each to the part it was in there: a
  /// recurring meeting that was ready there has planned its next one, one that was waiting has
  /// not and will when it becomes available here (even if this list has worked past its day).
  public mutating func adopt(ready: [CaseTask], waiting: [CaseTask]) {
    for task in ready { self.ready.insert(task) }
    for task in waiting { self.waiting.insert(task) }
  }

  public mutating func add(_ task: CaseTask) {
    if task.availableDay <= readyThrough {
      ready.insert(task)
    } else {
      waiting.insert(task)
    }
  }

  /// Removes pending tasks of a kind for a detainee (e.g. contact made by the other side).
  public mutating func cancel(_ kind: CaseTask.Kind, for detainee: DetaineeID) {
    ready.removeAll { $0.kind == kind && $0.detainee == detainee }
    waiting.removeAll { $0.kind == kind && $0.detainee == detainee }
  }

  /// Moves the tasks available by `day` to the ready list, calling `moved` on each.
  public mutating func makeAvailable(through day: Int, moved: (CaseTask) -> Void) {
    while let task = waiting.popAvailable(through: day) {
      ready.insert(task)
      moved(task)
    }
  }

  /// Works through the available tasks in order for `budget` hours; appends finished tasks to
  /// `finished` and returns the hours spent.
  @discardableResult
  public mutating func work(day: Int, budget: Double, finished: inout [CaseTask]) -> Double {
    readyThrough = max(readyThrough, day)
    while let task = waiting.popAvailable(through: day) {
      // A recurring meeting plans its next one as it moves (`Casework.makeAvailable`).
      precondition(task.recursUntil == nil, "a recurring task must be made available by its casework")
      ready.insert(task)
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
