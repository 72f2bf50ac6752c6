/// A message in flight, with the key that fixes its delivery order.
///
/// Swift actors are reentrant and their mailboxes are not FIFO, so the kernel
/// never lets an actor's own mailbox decide order: every message carries its
/// delivery day and phase, its sender and the sender's sequence number, and
/// the scheduler hands messages over in an order fixed by those and by when
/// they were sent.
public struct Envelope<Message: Sendable>: Sendable {
  // Day, phase and actor ids are stored in 32 bits: envelopes are copied in bulk
  // through the day calendar and the inboxes, so their size is memory traffic.
  public let sequence: UInt64
  @usableFromInline let day32: Int32
  @usableFromInline let phase32: Int32
  @usableFromInline let sender32: Int32
  @usableFromInline let recipient32: Int32
  public let message: Message

  @inlinable public var day: Int { Int(day32) }
  @inlinable public var phase: Int { Int(phase32) }
  @inlinable public var sender: Int { Int(sender32) }
  @inlinable public var recipient: Int { Int(recipient32) }

  /// Traps if a day or actor id does not fit in 32 bits.
  @inlinable
  init(day: Int, phase: Int, sender: Int, sequence: UInt64, recipient: Int, message: Message) {
    self.day32 = Int32(day)
    self.phase32 = Int32(phase)
    self.sender32 = Int32(sender)
    self.sequence = sequence
    self.recipient32 = Int32(recipient)
    self.message = message
  }
}
