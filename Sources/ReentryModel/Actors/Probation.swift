import SimKernel

/// Probation (reclassering): supervision after release with a FIFO waiting list,
/// and the answer to municipalities' information requests.
public actor Probation: SteppedActor {
  public typealias Message = ReentryModel.Message

  struct Waiting: Sendable {
    let detainee: Int
    let owner: Int
  }

  let actorID: Int
  let parameters: ModelParameters
  let random: RandomSource
  /// Supervisions running at the start, from the expected steady-state load.
  let initialLoad: Int
  var queue: CapacityQueue<Waiting>

  init(actorID: Int, parameters: ModelParameters, random: RandomSource, expectedLoad: Double) {
    self.actorID = actorID
    self.parameters = parameters
    self.random = random
    let capacity = Int((expectedLoad * (1 + parameters.probation.spareCapacityShare)).rounded())
    self.queue = CapacityQueue(capacity: capacity)
    self.initialLoad = min(capacity, Int(expectedLoad.rounded()))
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    let mean = parameters.probation.supervisionMeanDays
    for envelope in inbox {
      switch envelope.message {
      case .initialise:
        // Supervisions already running; exponential residuals keep the start stationary.
        for k in 0..<initialLoad {
          var s = random.stream(Label.probation, -1 - k, Label.initialLoad)
          queue.occupy()
          out.send(.supervisionEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
        }
      case .supervisionRequest(let id, _, let owner):
        queue.enqueue(Waiting(detainee: id, owner: owner))
      case .supervisionEnds:
        queue.free()
      case .informationRequest(let id, let from):
        let refused =
          random.uniform(Label.probation, id, Label.gdpr)
          < parameters.information.gdprRefusalProbability
        out.send(
          .informationReply(detainee: id, answered: !refused), to: from,
          afterDays: parameters.information.requestDelayDays)
      default:
        preconditionFailure("probation cannot handle \(envelope.message)")
      }
    }
    while let next = queue.admitNext() {
      out.send(.supervisionStarted(detainee: next.detainee), to: next.owner)
      var s = random.stream(Label.probation, next.detainee, Label.duration)
      out.send(.supervisionEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
    }
    return out
  }

  func snapshot() -> (active: Int, waiting: Int) { (queue.occupied, queue.waitingCount) }
}
