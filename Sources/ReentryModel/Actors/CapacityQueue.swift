/// A first-in, first-out waiting list in front of a fixed number of places.
///
/// Probation's supervision places (seed 003: capacity limits and waiting
/// lists). Care providers keep their own list, ordered by earliest referral
/// rather than arrival, so they do not use it.
struct CapacityQueue<Entry: Sendable>: Sendable {
  let capacity: Int
  private(set) var occupied = 0
  private var waiting: [Entry] = []
  private var head = 0

  init(capacity: Int) { self.capacity = max(0, capacity) }

  var waitingCount: Int { waiting.count - head }

  mutating func occupy() { occupied += 1 }

  mutating func enqueue(_ entry: Entry) { waiting.append(entry) }

  mutating func free() {
    precondition(occupied > 0, "a place was freed that was never taken")
    occupied -= 1
  }

  /// Takes the longest-waiting entry if a place is free.
  mutating func admitNext() -> Entry? {
    guard occupied < capacity, head < waiting.count else { return nil }
    let entry = waiting[head]
    head += 1
    occupied += 1
    if head > 1024, head * 2 > waiting.count {
      waiting.removeFirst(head)
      head = 0
    }
    return entry
  }
}
