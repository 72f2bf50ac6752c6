import SimKernel

extension InstitutionState {
  /// A casemanager asks what the history of someone inside on day 0 left to the run: the
  /// answer is a draw, from the person's own streams, from the institution's recent screenings
  /// and joint conversations (nil where none came yet), sent to whoever holds the case now.
  func answerHistory(_ id: DetaineeID, _ out: inout Outbox<Message>) {
    guard let slot = assignments[id] else { return }
    let share = recentCasework.registeredShares.draw(random.uniform(Label.historyWait, id, Label.registration))
    let wait = recentCasework.conversationWaits.draw(random.uniform(Label.historyWait, id, Label.conversation))
    out.send(.historySettled(detainee: id, share: share, wait: wait), to: casemanagerActor(slot))
  }
}
