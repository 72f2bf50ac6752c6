/// Release days per institution in a calendar of days, so the admissions office
/// can free places as people leave without asking the institutions.
///
/// A bucket per day instead of a heap: adding and taking a release cost O(1)
/// (the heap's sifting was 2% of a national run). Within a day, releases come
/// out in the order they were added; only the counts per institution matter.
struct ReleaseCalendar: Sendable {
  /// `days[d]` holds the institutions of the releases on day `d`.
  private var days: [[Int]] = []
  /// Days before this one have been taken.
  private var nextDay = 0
  /// Releases added for a day already taken: due at the next call.
  private var overdue: [Int] = []

  mutating func add(day: Int, institution: Int) {
    guard day >= nextDay else {
      overdue.append(institution)
      return
    }
    if days.count <= day { days.append(contentsOf: repeatElement([], count: day + 1 - days.count)) }
    days[day].append(institution)
  }

  /// Institutions of everyone released on or before `day`.
  mutating func popDue(through day: Int) -> [Int] {
    var due = overdue
    overdue.removeAll()
    guard day >= nextDay else { return due }
    let last = min(day, days.count - 1)
    if last >= nextDay {
      for d in nextDay...last {
        due += days[d]
        days[d] = []
      }
    }
    nextDay = day + 1
    return due
  }
}
