import SimKernel
import Testing

/// `IntMap` behaves like `Dictionary<Int, Value>` under any mix of inserts,
/// replacements, in-place updates and removals, including clustered keys that
/// exercise backward-shift deletion and growth.
struct IntMapTests {
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
  func matchesDictionary(seed: Int) {
    var s = RandomStream(
      seed: UInt64(seed), replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("intmap"))
    var map = IntMap<Int>(capacity: 1 + Int(s.bounded(16)))
    var reference: [Int: Int] = [:]
    // Small key ranges give dense clusters; a few large and negative keys test hashing.
    let range = 1 + Int(s.bounded(2_000))
    for step in 0..<20_000 {
      var key = Int(s.bounded(UInt64(range)))
      if s.bounded(50) == 0 { key = Int(bitPattern: UInt(s.nextUInt64())) }
      switch s.bounded(5) {
      case 0, 1:
        map[key] = step
        reference[key] = step
      case 2:
        #expect(map.removeValue(forKey: key) == reference.removeValue(forKey: key))
      case 3:
        let updated = map.update(key) { value -> Int in
          value += 1
          return value
        }
        if reference[key] != nil { reference[key]! += 1 }
        #expect(updated == reference[key])
      default:
        #expect(map[key] == reference[key])
        #expect(map.contains(key) == (reference[key] != nil))
      }
      #expect(map.count == reference.count)
    }
    for (key, value) in reference { #expect(map[key] == value) }
    #expect(map.keys.sorted() == reference.keys.sorted())
    #expect(map.values.sorted() == reference.values.sorted())
  }

  @Test func removingEverythingLeavesAnEmptyUsableMap() {
    var map = IntMap<String>()
    for key in 0..<1_000 { map[key * 7] = "v\(key)" }
    for key in (0..<1_000).reversed() { #expect(map.removeValue(forKey: key * 7) == "v\(key)") }
    #expect(map.isEmpty)
    #expect(map[0] == nil)
    map[42] = "again"
    #expect(map[42] == "again")
    #expect(map[42, default: "none"] == "again")
    map[existing: 42] += ", in place"
    #expect(map[existing: 42] == "again, in place")
    #expect(map[43, default: "none"] == "none")
  }
}
