/// Buffers what one actor sends during one step.
///
/// Nothing is delivered while the step runs: a message sent now arrives at
/// the next phase of the same day, or at phase 0 of a later day. That is the
/// bulk-synchronous rule that makes results independent of who ran first.
public struct Outbox<Message: Sendable>: Sendable {
  public let sender: Int
  public let day: Int
  public let phase: Int
  @usableFromInline var sequence: UInt64
  public var envelopes: [Envelope<Message>] { buffer }
  @usableFromInline var buffer: [Envelope<Message>] = []

  /// `sequence` continues the sender's numbering so keys never repeat.
  @inlinable
  public init(sender: Int, day: Int, phase: Int, sequence: UInt64) {
    self.sender = sender
    self.day = day
    self.phase = phase
    self.sequence = sequence
  }

  /// An outbox that appends to `buffer`, an empty array whose capacity is
  /// reused (the scheduler hands the same buffer from step to step).
  @inlinable
  init(sender: Int, day: Int, phase: Int, sequence: UInt64, buffer: consuming [Envelope<Message>]) {
    self.init(sender: sender, day: day, phase: phase, sequence: sequence)
    self.buffer = buffer
  }

  /// Hands the sent envelopes over, leaving the outbox empty.
  @inlinable
  mutating func takeEnvelopes() -> [Envelope<Message>] {
    var taken: [Envelope<Message>] = []
    swap(&taken, &buffer)
    return taken
  }

  /// The next sequence number this sender will use.
  @inlinable public var nextSequence: UInt64 { sequence }

  /// Sends `message` to `recipient` at the next phase (`afterDays == 0`) or
  /// at the start of the day `afterDays` later. Sending to oneself is how an
  /// actor sets a timer.
  @inlinable
  public mutating func send(_ message: Message, to recipient: Int, afterDays: Int = 0) {
    precondition(afterDays >= 0, "messages cannot travel back in time")
    let envelope = Envelope(
      day: day + afterDays, phase: afterDays == 0 ? phase + 1 : 0,
      sender: sender, sequence: sequence, recipient: recipient, message: message)
    sequence &+= 1
    buffer.append(envelope)
  }

  /// Sends at phase 0 of an absolute day; a day that is not later than today is
  /// clamped to the next phase of today, as `afterDays: 0` would send it.
  @inlinable
  public mutating func send(_ message: Message, to recipient: Int, onDay target: Int) {
    send(message, to: recipient, afterDays: max(0, target - day))
  }
}
