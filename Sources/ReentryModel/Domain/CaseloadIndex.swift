/// Active casemanagers grouped by caseload, so assigning a new detainee to the
/// least-loaded one costs O(log n) instead of a scan over the whole staff.
///
/// Ties go to the lowest casemanager index, as a scan would; the result is
/// identical, only cheaper (a scan per admission made cost grow with the
/// square of the inflow).
struct CaseloadIndex: Sendable {
  /// `levels[load]` holds the indices of active casemanagers with that caseload, ascending.
  private var levels: [[Int]] = []
  private(set) var activeCount = 0
  private(set) var totalCaseload = 0

  mutating func insert(_ index: Int, load: Int) {
    while levels.count <= load { levels.append([]) }
    levels[load].insert(index, at: Self.insertionPoint(of: index, in: levels[load]))
    activeCount += 1
    totalCaseload += load
  }

  mutating func remove(_ index: Int, load: Int) {
    let at = Self.insertionPoint(of: index, in: levels[load])
    precondition(at < levels[load].count && levels[load][at] == index, "casemanager \(index) not at load \(load)")
    levels[load].remove(at: at)
    activeCount -= 1
    totalCaseload -= load
  }

  /// The least-loaded casemanager with a caseload below `limit` (lowest index on ties).
  func leastLoaded(below limit: Int) -> Int? {
    for load in 0..<min(limit, levels.count) where !levels[load].isEmpty { return levels[load][0] }
    return nil
  }

  private static func insertionPoint(of index: Int, in sorted: [Int]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < index { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
