/// A message in flight, with the key that fixes its delivery order.
///
/// Swift actors are reentrant and their mailboxes are not FIFO, so the kernel
/// never lets an actor's own mailbox decide order: every message carries its
/// delivery day and phase, its sender and the sender's sequence number, and
/// the scheduler hands messages over in an order fixed by those and by when
/// they were sent.
public struct Envelope<Message: Sendable>: Sendable {
  public let day: Int
  public let phase: Int
  public let sender: Int
  public let sequence: UInt64
  public let recipient: Int
  public let message: Message

  @inlinable
  init(day: Int, phase: Int, sender: Int, sequence: UInt64, recipient: Int, message: Message) {
    self.day = day
    self.phase = phase
    self.sender = sender
    self.sequence = sequence
    self.recipient = recipient
    self.message = message
  }
}
