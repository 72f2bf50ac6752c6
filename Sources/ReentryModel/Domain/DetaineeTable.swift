/// Rows an actor keeps on the detainees it owns, laid out in the order of their numbers.
///
/// Why not a hash map: numbers are given in admission order, so the people an actor hears
/// about on one day were admitted close together. Kept in number order, their rows sit side by
/// side and the hot part of the table (the recent admissions) stays in cache, where a hash
/// scatters them over the whole table (which grows with the population inside: at ten times the
/// inflow most look-ups missed the cache). A look-up is a binary search over the numbers, a
/// compact array the search walks from cached upper levels to one neighbourhood.
///
/// Why not a slot per number: an actor owns a small share of all detainees (a municipality a few
/// in a thousand), and the numbers still inside span years of admissions (long sentences), so a
/// slot per number would hold thousands of empty slots per row kept.
///
/// Rows of people who left are reclaimed: a removed row leaves a hole that keeps its number for
/// the search until the holes outnumber half the rows kept; then the rows are packed again, in
/// order, and the emptied end is reused. Memory stays within 1.5 times the rows kept (plus a
/// small constant), so a long stay costs its own row and no more.
///
/// Iteration (`numbers`, `values`) runs in number order, which is deterministic.
struct DetaineeTable<Row> {
  /// The numbers of the rows, ascending; a hole keeps its number until the rows are packed.
  private var numbers: [Int32] = []
  /// The rows, in the same order as `numbers`; nil for a hole.
  private var rows: [Row?] = []
  private var holes = 0

  init() {}

  /// Rows kept.
  var count: Int { rows.count - holes }
  var isEmpty: Bool { count == 0 }
  /// Row positions in use, counting holes not yet reclaimed (for the tests of reclaiming).
  var storedCount: Int { rows.count }

  /// The detainees with a row, in number order.
  var detainees: [DetaineeID] {
    numbers.indices.compactMap { rows[$0] == nil ? nil : DetaineeID(Int(numbers[$0])) }
  }
  /// The rows, in number order.
  var values: [Row] { rows.compactMap { $0 } }

  /// The first position whose number is not below `number`.
  private func lowerBound(_ number: Int32) -> Int {
    numbers.withUnsafeBufferPointer { n in
      // Most look-ups and nearly every insertion are for recent admissions, at the end.
      if let last = n.last, last < number { return n.count }
      var low = 0
      var high = n.count
      while low < high {
        let mid = (low &+ high) >> 1
        if n[mid] < number { low = mid &+ 1 } else { high = mid }
      }
      return low
    }
  }

  private static func number(_ id: DetaineeID) -> Int32 {
    precondition(id.raw >= 0 && id.raw <= Int(Int32.max), "detainee number \(id.raw) outside a table's range")
    return Int32(truncatingIfNeeded: id.raw)
  }

  /// The position holding `id`'s row, if it has one.
  private func position(of id: DetaineeID) -> Int? {
    let number = Self.number(id)
    let i = lowerBound(number)
    guard i < numbers.count, numbers[i] == number, rows[i] != nil else { return nil }
    return i
  }

  func contains(_ id: DetaineeID) -> Bool { position(of: id) != nil }

  /// The row for `id`; assigning nil removes it.
  subscript(id: DetaineeID) -> Row? {
    get { position(of: id).flatMap { rows[$0] } }
    set {
      if let newValue { insert(newValue, for: id) } else { removeValue(forKey: id) }
    }
  }

  /// Runs `body` on the stored row in place; nil when `id` has no row.
  @discardableResult
  mutating func update<R>(_ id: DetaineeID, _ body: (inout Row) throws -> R) rethrows -> R? {
    guard let i = position(of: id) else { return nil }
    return try body(&rows[i]!)
  }

  /// Stores `row` for `id`, replacing any earlier row.
  mutating func insert(_ row: Row, for id: DetaineeID) {
    let number = Self.number(id)
    let i = lowerBound(number)
    if i == numbers.count {
      numbers.append(number)
      rows.append(row)
    } else if numbers[i] == number {
      if rows[i] == nil { holes -= 1 }
      rows[i] = row
    } else {
      // Someone admitted before the newest row: the rows after move up one place (a few, as
      // people are heard of in about the order they were admitted).
      numbers.insert(number, at: i)
      rows.insert(row, at: i)
    }
  }

  /// Removes and returns the row for `id`.
  @discardableResult
  mutating func removeValue(forKey id: DetaineeID) -> Row? {
    guard let i = position(of: id) else { return nil }
    let removed = rows[i]
    if i == rows.count - 1 {
      numbers.removeLast()
      rows.removeLast()
      // The holes now at the end go with it: nothing later needs their numbers.
      while let last = rows.last, last == nil {
        numbers.removeLast()
        rows.removeLast()
        holes -= 1
      }
    } else {
      rows[i] = nil
      holes += 1
    }
    if holes > 8 && 2 * holes > count { pack() }
    return removed
  }

  /// Drops the holes, keeping the rows in number order.
  private mutating func pack() {
    var kept = 0
    for i in rows.indices where rows[i] != nil {
      if kept != i {
        numbers[kept] = numbers[i]
        rows.swapAt(kept, i)
      }
      kept += 1
    }
    numbers.removeLast(numbers.count - kept)
    rows.removeLast(rows.count - kept)
    holes = 0
  }
}

extension DetaineeTable: Sendable where Row: Sendable {}
