/// Case tasks that cannot be worked on yet, in a binary min-heap on the day they become
/// available.
///
/// Every case has its next MDO waiting (and, when agreed, its next conference), weeks ahead,
/// besides release coordinations months ahead. A heap takes today's tasks off the top and adds
/// a task in logarithmic time, and knows the next day to wake up without a walk; the order
/// among waiting tasks does not matter, since each moves to the ready list, which keeps work
/// order. (With the whole stay's MDOs planned at admission, a list sorted in work order and
/// walked for what became available made a national run 29% slower; planning each meeting when
/// the one before it becomes available keeps one meeting a case waiting.)
struct WaitingTasks: Sendable {
  /// A heap: `items[0]` becomes available first; the array order is fixed by the operations, so
  /// sums over it round the same way in every run.
  private(set) var items: [CaseTask] = []
  /// The earliest day on which a waiting task becomes available (`Int.max` when none): the top's
  /// day, kept beside the array so that asking (every working day of every casemanager, mostly
  /// to hear "not yet") reads the actor's own storage, not the heap's buffer last touched weeks
  /// ago (a cache miss each time at ten times the inflow).
  private(set) var earliestAvailableDay = Int.max

  var isEmpty: Bool { earliestAvailableDay == Int.max }

  mutating func insert(_ task: CaseTask) {
    earliestAvailableDay = min(earliestAvailableDay, task.availableDay)
    items.append(task)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[child].availableDay < items[parent].availableDay else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns a task available on or before `day`, if any.
  mutating func popAvailable(through day: Int) -> CaseTask? {
    guard earliestAvailableDay <= day else { return nil }
    let top = items[0]
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      siftDown(from: 0)
    }
    earliestAvailableDay = items.first?.availableDay ?? Int.max
    return top
  }

  /// Removes every task matching `predicate`, calling `removed` on each, and restores the heap.
  mutating func removeAll(where predicate: (CaseTask) -> Bool, removed: (CaseTask) -> Void = { _ in }) {
    let before = items.count
    items.removeAll { task in
      guard predicate(task) else { return false }
      removed(task)
      return true
    }
    guard items.count != before else { return }
    for i in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(from: i) }
    earliestAvailableDay = items.first?.availableDay ?? Int.max
  }

  private mutating func siftDown(from start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      guard left < items.count else { return }
      let right = left + 1
      var smallest = left
      if right < items.count, items[right].availableDay < items[left].availableDay { smallest = right }
      guard items[smallest].availableDay < items[parent].availableDay else { return }
      items.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
