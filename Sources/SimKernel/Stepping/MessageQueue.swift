/// Messages in flight, popped in delivery-key order.
///
/// The heap orders small fixed-size keys; envelopes (which may carry large
/// values) stay in a slot array and are moved exactly twice, in and out.
/// Profiling showed moving whole envelopes through heap swaps dominating a run.
@usableFromInline
struct MessageQueue<Message: Sendable> {
  /// The delivery key of an envelope plus the slot holding it.
  @usableFromInline
  struct Key {
    @usableFromInline let day: Int
    @usableFromInline let phase: Int
    @usableFromInline let sender: Int
    @usableFromInline let sequence: UInt64
    @usableFromInline let slot: Int

    @inlinable
    init(day: Int, phase: Int, sender: Int, sequence: UInt64, slot: Int) {
      self.day = day
      self.phase = phase
      self.sender = sender
      self.sequence = sequence
      self.slot = slot
    }

    @inlinable
    func precedes(_ other: Key) -> Bool {
      if day != other.day { return day < other.day }
      if phase != other.phase { return phase < other.phase }
      if sender != other.sender { return sender < other.sender }
      return sequence < other.sequence
    }
  }

  @usableFromInline var heap: [Key] = []
  @usableFromInline var slots: [Envelope<Message>?] = []
  @usableFromInline var freeSlots: [Int] = []

  @inlinable init() {}

  @inlinable var isEmpty: Bool { heap.isEmpty }
  @inlinable var count: Int { heap.count }

  /// Delivery day and phase of the next envelope.
  @inlinable var firstDelivery: (day: Int, phase: Int)? { heap.first.map { ($0.day, $0.phase) } }

  @inlinable mutating func push(_ envelope: Envelope<Message>) {
    let slot: Int
    if let free = freeSlots.popLast() {
      slot = free
      slots[slot] = envelope
    } else {
      slot = slots.count
      slots.append(envelope)
    }
    heap.append(Key(
      day: envelope.day, phase: envelope.phase, sender: envelope.sender,
      sequence: envelope.sequence, slot: slot))
    var child = heap.count - 1
    let key = heap[child]
    while child > 0 {
      let parent = (child - 1) / 2
      guard key.precedes(heap[parent]) else { break }
      heap[child] = heap[parent]
      child = parent
    }
    heap[child] = key
  }

  @inlinable mutating func pop() -> Envelope<Message>? {
    guard let top = heap.first else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      var parent = 0
      let count = heap.count
      while true {
        let left = 2 * parent + 1
        guard left < count else { break }
        var best = left
        if left + 1 < count, heap[left + 1].precedes(heap[left]) { best = left + 1 }
        guard heap[best].precedes(last) else { break }
        heap[parent] = heap[best]
        parent = best
      }
      heap[parent] = last
    }
    let envelope = slots[top.slot].take()
    freeSlots.append(top.slot)
    return envelope
  }
}
