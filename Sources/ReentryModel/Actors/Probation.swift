import SimKernel

/// Probation (reclassering): supervision after release with a FIFO waiting list,
/// and the answer to municipalities' information requests.
///
/// A share of supervisions has its intake only some time after release and joins the list
/// then; the list itself has places to spare, so it is stationary and short.
public actor Probation: SteppedActor {
  public typealias Message = ReentryModel.Message

  struct Waiting: Sendable {
    let detainee: DetaineeID
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
          var s = random.stream(Label.probation, DetaineeID.synthetic(k), Label.initialLoad)
          queue.occupy()
          out.send(.supervisionEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
        }
      case .supervisionRequest(let id, _, let owner):
        // Seed 003: supervision "with some regularity" starts only months after release; the
        // intake of such a supervision comes first, and only then does it join the list.
        let probation = parameters.probation
        if random.uniform(Label.probation, id, Label.intake) < probation.delayedIntakeShare {
          var s = random.stream(Label.probation, id, Label.intakeDelay)
          let delay = max(1, Int(s.exponential(mean: probation.delayedIntakeMeanDays).rounded()))
          out.send(.supervisionIntake(detainee: id, owner: owner), to: actorID, afterDays: delay)
        } else {
          queue.enqueue(Waiting(detainee: id, owner: owner))
        }
      case .supervisionIntake(let id, let owner):
        queue.enqueue(Waiting(detainee: id, owner: owner))
      case .supervisionEnds:
        queue.free()
      case .informationRequest(let id, let from):
        let refused =
          random.uniform(Label.probation, id, Label.gdpr)
          < parameters.information.gdprRefusalProbability
        out.send(
          .informationReply(detainee: id, answered: !refused, fromProbation: true, casemanager: nil), to: from,
          afterDays: parameters.information.requestDelayDays)
      case .conferenceInvitation(let id, let casemanager):
        // Its own chance to join, from the conference's stream after the municipality's draw.
        var s = random.stream(Label.conference, id, StreamLabel(raw: UInt64(out.day)))
        _ = s.nextDouble()
        if s.nextDouble() < parameters.caseConferences.probationAttendanceProbability {
          out.send(.probationAtConference(detainee: id), to: casemanager)
        }
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
