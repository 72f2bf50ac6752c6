import SimKernel
import Testing

@testable import ReentryModel

/// `DetaineeTable` keeps rows like a dictionary keyed by detainee, iterates in number order and
/// gives back the room of people who left.
@Suite struct DetaineeTableTests {
  /// Any mix of inserts (mostly recent numbers, some older), replacements, updates and
  /// removals leaves the same rows as a dictionary, in number order.
  @Test(arguments: [1, 2, 3, 4, 5, 6])
  func matchesDictionary(seed: Int) {
    var s = RandomStream(
      seed: UInt64(seed), replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("table"))
    var table = DetaineeTable<Int>()
    var reference: [Int: Int] = [:]
    var newest = 0
    for step in 0..<20_000 {
      // Admission order with a lag: most people are recent, a few were admitted long ago.
      if s.bounded(3) == 0 { newest += 1 }
      let back = s.bounded(10) == 0 ? Int(s.bounded(UInt64(newest + 1))) : Int(s.bounded(8))
      let id = DetaineeID(max(0, newest - back))
      switch s.bounded(5) {
      case 0, 1:
        table[id] = step
        reference[id.raw] = step
      case 2:
        #expect(table.removeValue(forKey: id) == reference.removeValue(forKey: id.raw))
      case 3:
        let updated = table.update(id) { row -> Int in
          row += 1
          return row
        }
        if reference[id.raw] != nil { reference[id.raw]! += 1 }
        #expect(updated == reference[id.raw])
      default:
        #expect(table[id] == reference[id.raw])
        #expect(table.contains(id) == (reference[id.raw] != nil))
      }
      #expect(table.count == reference.count)
    }
    #expect(table.detainees.map(\.raw) == reference.keys.sorted())
    #expect(table.values == reference.keys.sorted().map { reference[$0]! })
  }

  @Test func removedRowsCanBeStoredAgain() {
    var table = DetaineeTable<String>()
    for n in 0..<5 { table[DetaineeID(n)] = "row \(n)" }
    #expect(table.removeValue(forKey: DetaineeID(2)) == "row 2")
    #expect(table[DetaineeID(2)] == nil && !table.contains(DetaineeID(2)))
    #expect(table.removeValue(forKey: DetaineeID(2)) == nil)
    table[DetaineeID(2)] = "again"
    #expect(table[DetaineeID(2)] == "again" && table.count == 5)
    // Out of order: an earlier number than the newest goes in its place.
    table[DetaineeID(9)] = "nine"
    table[DetaineeID(7)] = "seven"
    #expect(table.detainees.map(\.raw) == [0, 1, 2, 3, 4, 7, 9])
    table[DetaineeID(7)] = nil
    #expect(table.detainees.map(\.raw) == [0, 1, 2, 3, 4, 9])
  }

  /// A stream of admissions and departures with a few long stays keeps the stored rows within
  /// 1.5 times those kept (plus the small slack before packing), however long it runs.
  @Test func reclaimsTheRowsOfPeopleWhoLeft() {
    var table = DetaineeTable<Int>()
    var shortStays: [Int] = []
    var longStays = 0
    for n in 0..<50_000 {
      table[DetaineeID(n)] = n
      // Everyone stays for 100 admissions except every 97th, who stays for good.
      if n % 97 == 0 {
        longStays += 1
      } else {
        shortStays.append(n)
      }
      if shortStays.count > 100 { table[DetaineeID(shortStays.removeFirst())] = nil }
      #expect(table.storedCount <= table.count + table.count / 2 + 9)
    }
    #expect(table.count == longStays + 100)
    #expect(table.detainees.map(\.raw) == ((0..<50_000).filter { $0 % 97 == 0 } + shortStays).sorted())
    // Emptied from the newest down, it gives back every stored row.
    for id in table.detainees.reversed() { table[id] = nil }
    #expect(table.isEmpty && table.storedCount == 0)
  }
}
