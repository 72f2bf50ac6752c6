import SimKernel

/// A municipality (gemeente): process lead on reintegration, owner after release.
///
/// During detention it acts on the Injus notification (proactively or not,
/// by size class), answers a casemanager's call (or not), and asks the PI or
/// probation for the casemanager's details when the sheet lacks them. After
/// release it holds the detainee until probation and care have started,
/// which fixes the last fields of the release record.
public actor MunicipalityActor: SteppedActor {
  public typealias Message = ReentryModel.Message

  var state: MunicipalityState

  init(index: Int, context: ReplicationContext) {
    state = MunicipalityState(index: index, context: context)
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    state.step(inbox, &out)
    return out
  }

  /// Aftercare places taken, and the detainees they are taken for.
  func aftercarePlaces() -> (taken: Int, detainees: [DetaineeID]) { (state.followedCount, state.followedDetainees) }

  /// Care starts arranged for people still inside, kept until their handover (for the invariant tests).
  func careStartsAwaitingHandover() -> [DetaineeID] { state.arrangedCare.keys.map(DetaineeID.init) }

  /// Aftercare places held for detainees this municipality follows (the `aftercare_places_used` series).
  func aftercarePlacesUsed() -> Int { state.followedCount }

  /// The aftercare coordinators' hours, worked and available in the measured window.
  func coordinatorHours() -> PartnerHours { state.hours }

  /// The waits of every measured release; those still open are censored at `horizon`.
  func aftercare(horizon: Int) -> [Aftercare] { state.aftercare(horizon: horizon) }
}
