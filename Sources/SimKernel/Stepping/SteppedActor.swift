/// An actor that the bulk-synchronous scheduler wakes with its sorted inbox.
///
/// An actor is stepped only when messages are due for it, so actors with
/// nothing to do cost nothing; periodic work is a message an actor sends
/// itself for a later day.
public protocol SteppedActor<Message>: Actor {
  associatedtype Message: Sendable
  /// Handles `inbox` (sorted by delivery key) and returns what it sends.
  ///
  /// `outbox` is consumed so that appending to it does not copy the buffer
  /// the scheduler reuses from step to step.
  func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message>
}
