/// Messages in flight, kept in a calendar of days.
///
/// Delivery order is deterministic without a priority queue: a day's bucket
/// holds the messages for its phase 0 in the order they were sent (send day,
/// send phase, sender, sequence: the scheduler steps senders in a fixed
/// order), and messages for the next phase of the current day are collected
/// in the order they are sent. Pushing and popping cost O(1); a binary heap
/// over all pending timers (hundreds of thousands at ten times the national
/// inflow) was the largest cost of a run.
@usableFromInline
struct MessageQueue<Message: Sendable> {
  /// `days[d]` holds the phase-0 messages of day `d`.
  @usableFromInline var days: [[Envelope<Message>]] = []
  /// The day being delivered and the messages for its next phase.
  @usableFromInline var currentDay = Int.min
  @usableFromInline var nextPhase: [Envelope<Message>] = []
  @usableFromInline var pending = 0
  /// Emptied buffers of delivered days and phases, handed to the next new bucket: a day's
  /// bucket at ten times the national inflow is megabytes, and freeing and allocating one per
  /// day made the kernel map and zero fresh pages all run long.
  @usableFromInline var spare: [[Envelope<Message>]] = []

  @inlinable init() {}

  @inlinable var count: Int { pending }

  @inlinable
  mutating func push(_ envelope: Envelope<Message>) {
    pending += 1
    if envelope.day == currentDay, envelope.phase > 0 {
      nextPhase.append(envelope)
      return
    }
    precondition(envelope.day > currentDay || currentDay == Int.min, "message for a day already delivered")
    precondition(envelope.phase == 0, "later days start at phase 0")
    if days.count <= envelope.day {
      days.append(contentsOf: repeatElement([], count: envelope.day + 1 - days.count))
    }
    if days[envelope.day].capacity == 0, let buffer = spare.popLast() { days[envelope.day] = buffer }
    days[envelope.day].append(envelope)
  }

  /// Takes back a buffer of delivered messages for reuse, leaving `buffer` empty.
  @inlinable
  mutating func recycle(_ buffer: inout [Envelope<Message>]) {
    var taken: [Envelope<Message>] = []
    swap(&taken, &buffer)
    // A few spares cover the days ahead that start a bucket between deliveries; more would only
    // hold memory.
    guard taken.capacity > 0, spare.count < 16 else { return }
    taken.removeAll(keepingCapacity: true)
    spare.append(taken)
  }

  /// Starts delivering `day`: returns its phase-0 messages.
  @inlinable
  mutating func beginDay(_ day: Int) -> [Envelope<Message>] {
    currentDay = day
    guard day < days.count else { return [] }
    var due: [Envelope<Message>] = []
    swap(&due, &days[day])
    pending -= due.count
    return due
  }

  /// The messages sent for the next phase of the current day.
  @inlinable
  mutating func takeNextPhase() -> [Envelope<Message>] {
    var due = spare.popLast() ?? []
    swap(&due, &nextPhase)
    pending -= due.count
    return due
  }
}
