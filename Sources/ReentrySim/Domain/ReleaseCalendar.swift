/// Release days per institution in a min-heap, so the admissions office can
/// free places as people leave without asking the institutions.
struct ReleaseCalendar: Sendable {
  /// (day, institution) packed into one Int: day × 4096 + institution.
  private var heap: [Int] = []
  private static let width = 4096

  mutating func add(day: Int, institution: Int) {
    precondition(institution < Self.width && day >= 0)
    heap.append(day * Self.width + institution)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child] < heap[parent] else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  /// Institutions of everyone released on or before `day`, earliest first.
  mutating func popDue(through day: Int) -> [Int] {
    var due: [Int] = []
    while let top = heap.first, top / Self.width <= day {
      due.append(top % Self.width)
      let last = heap.removeLast()
      guard !heap.isEmpty else { break }
      heap[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        guard left < heap.count else { break }
        var best = left
        if left + 1 < heap.count, heap[left + 1] < heap[left] { best = left + 1 }
        guard heap[best] < heap[parent] else { break }
        heap.swapAt(best, parent)
        parent = best
      }
    }
    return due
  }
}
