import SimKernel

/// Care providers as one pool of assisted/protected living places with a
/// waiting list (up to a year in seed 003).
///
/// A place assigned before release is held from assignment, so the person
/// moves in on the release day; assigned later, the wait counts from release.
public actor CareProvider: SteppedActor {
  public typealias Message = ReentrySim.Message

  let actorID: Int
  let parameters: ModelParameters
  let random: RandomSource
  let initialLoad: Int
  var queue: CapacityQueue<CareReferral>

  init(actorID: Int, parameters: ModelParameters, random: RandomSource, expectedLoad: Double) {
    self.actorID = actorID
    self.parameters = parameters
    self.random = random
    let capacity = Int((expectedLoad * (1 + parameters.care.spareCapacityShare)).rounded())
    self.queue = CapacityQueue(capacity: capacity)
    self.initialLoad = min(capacity, Int(expectedLoad.rounded()))
  }

  public func step(inbox: [Envelope<Message>], outbox: Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    let mean = parameters.care.placementMeanDays
    for envelope in inbox {
      switch envelope.message {
      case .initialise:
        for k in 0..<initialLoad {
          var s = random.stream(Label.care, -1 - k, Label.initialLoad)
          queue.occupy()
          out.send(.placementEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
        }
        // People already waiting, who are not followed (no owner).
        for k in 0..<parameters.care.initialWaitingList {
          queue.enqueue(CareReferral(detainee: -1 - k, releaseDay: Int.min, institution: -1, owner: -1))
        }
      case .careReferral(let referral): queue.enqueue(referral)
      case .placementEnds: queue.free()
      default:
        preconditionFailure("care provider cannot handle \(envelope.message)")
      }
    }
    while let next = queue.admitNext() {
      let day = out.day
      if next.releaseDay > day, next.institution >= 0 {
        out.send(.carePlaceAssigned(detainee: next.detainee), to: next.institution)
      } else if next.owner >= 0 {
        out.send(.careStarted(detainee: next.detainee), to: next.owner)
      }
      var s = random.stream(Label.care, next.detainee, Label.duration)
      let held = next.releaseDay > day ? next.releaseDay - day : 0
      out.send(.placementEnds, to: actorID, afterDays: held + max(1, Int(s.exponential(mean: mean).rounded())))
    }
    return out
  }

  func snapshot() -> (active: Int, waiting: Int) { (queue.occupied, queue.waitingCount) }
}
