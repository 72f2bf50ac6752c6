import SimKernel
import Testing

@testable import ReentryModel

/// A detainee's id orders, keys maps and seeds streams exactly as its number did.
@Suite struct DetaineeIDTests {
  @Test func ordersAsItsNumber() {
    let numbers = [7, -3, 0, 12, -1, 5]
    #expect(numbers.map(DetaineeID.init).sorted().map(\.raw) == numbers.sorted())
  }

  @Test func syntheticPeopleAreNeverDetainees() {
    #expect((0..<100).allSatisfy { DetaineeID.synthetic($0).raw < 0 })
    #expect(Set((0..<100).map(DetaineeID.synthetic)).count == 100)
    #expect(DetaineeID.synthetic(0) == DetaineeID(-1))
  }

  @Test func keysMapsAndStreamsByItsNumber() {
    var map = IntMap<String>()
    map[DetaineeID(42)] = "x"
    #expect(map[42] == "x" && map.contains(DetaineeID(42)))
    let random = RandomSource(seed: 1, replication: 2)
    let label = StreamLabel("test")
    #expect(random.uniform(label, DetaineeID(812), label) == random.uniform(label, 812, label))
  }
}
