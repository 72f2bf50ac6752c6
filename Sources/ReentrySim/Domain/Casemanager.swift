/// A casemanager (MMD): holds a caseload and a work list, spends weekly hours.
///
/// A value inside its institution's actor: the institution steps all its
/// casemanagers in index order on each working day, so no casemanager needs
/// an actor hop of its own.
public struct Casemanager: Sendable {
  public let index: Int
  public var active = true
  public private(set) var caseload = 0
  /// Work list kept in work order (see `CaseTask.comesBefore`).
  public private(set) var tasks: [CaseTask] = []
  /// Hours available and worked inside the measured window.
  public var hoursAvailable = 0.0
  public var hoursWorked = 0.0

  public init(index: Int) { self.index = index }

  public var backlogHours: Double { tasks.reduce(0) { $0 + $1.remainingHours } }

  public mutating func take() { caseload += 1 }

  /// Ends a case: its unfinished tasks are dropped, and counted by kind in `dropped`.
  public mutating func release(_ detainee: Int, dropped: inout [Int]) {
    caseload -= 1
    tasks.removeAll { task in
      guard task.detainee == detainee else { return false }
      dropped[task.kind.rawValue] += 1
      return true
    }
  }

  public mutating func add(_ task: CaseTask) {
    var i = tasks.count
    while i > 0, task.comesBefore(tasks[i - 1]) { i -= 1 }
    tasks.insert(task, at: i)
  }

  /// Removes pending tasks of a kind for a detainee (e.g. contact made by the other side).
  public mutating func cancel(_ kind: CaseTask.Kind, for detainee: Int) {
    tasks.removeAll { $0.kind == kind && $0.detainee == detainee }
  }

  /// Works through the list in order for `budget` hours; returns finished tasks in order.
  public mutating func work(day: Int, budget: Double, measured: Bool) -> [CaseTask] {
    var left = budget
    var finished: [CaseTask] = []
    var i = 0
    while i < tasks.count, left > 1e-9 {
      if tasks[i].availableDay > day { i += 1; continue }
      let spent = min(left, tasks[i].remainingHours)
      tasks[i].remainingHours -= spent
      left -= spent
      if tasks[i].remainingHours <= 1e-9 {
        finished.append(tasks.remove(at: i))
      } else {
        i += 1
      }
    }
    if measured {
      hoursAvailable += budget
      hoursWorked += budget - left
    }
    return finished
  }
}
