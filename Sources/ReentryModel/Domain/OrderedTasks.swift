/// Case tasks kept in work order (`CaseTask.comesBefore`), with the next one
/// to take at the end of the array.
///
/// A casemanager finishes tasks from the front of the work order; keeping the
/// front at the end of the array makes that a `removeLast` instead of a shift
/// of the whole list (memmove was the largest single cost of a national run).
/// Insertion finds its place by binary search.
struct OrderedTasks: Sendable {
  /// Sorted so that `items.last` comes first.
  private(set) var items: [CaseTask] = []

  var isEmpty: Bool { items.isEmpty }
  /// The task that comes first.
  var next: CaseTask? { items.last }

  mutating func insert(_ task: CaseTask) {
    // Most new tasks (an MDO due today, a plan due soon) come first: append without a search.
    guard let last = items.last, !task.comesBefore(last) else {
      items.append(task)
      return
    }
    // First position whose task comes before `task`; everything from there on stays after it.
    var low = 0
    var high = items.count - 1
    while low < high {
      let mid = (low + high) / 2
      if items[mid].comesBefore(task) { high = mid } else { low = mid + 1 }
    }
    items.insert(task, at: low)
  }

  mutating func removeNext() -> CaseTask { items.removeLast() }

  /// Changes the next task in place (its place in the order must not change).
  mutating func updateNext(_ body: (inout CaseTask) -> Void) { body(&items[items.count - 1]) }

  /// Removes every task matching `predicate`, calling `removed` on each; keeps the order.
  mutating func removeAll(where predicate: (CaseTask) -> Bool, removed: (CaseTask) -> Void = { _ in }) {
    items.removeAll { task in
      guard predicate(task) else { return false }
      removed(task)
      return true
    }
  }

  /// The tasks from first to last.
  var inOrder: ReversedCollection<[CaseTask]> { items.reversed() }
}
