import SimKernel

/// Probation (reclassering): supervision after release with a FIFO waiting list,
/// and the answer to municipalities' information requests.
///
/// A share of supervisions has its intake only some time after release and joins the list
/// then; the list itself has places to spare, so it is stationary and short. During detention
/// its officers have limited weekly hours (`PartnerHours`) for conferences, joint conversations,
/// requests and speaking detainees; a detainee it spoke during detention has a warm handover,
/// and the intake is then seldom delayed (seed 003 §4.4).
public actor Probation: SteppedActor {
  public typealias Message = ReentryModel.Message

  /// Probation's view of one case during detention.
  struct CaseKnowledge: Sendable {
    /// Probation worked on the case with the PI or the municipality.
    var known = false
    /// The casemanager's coordination before release reached probation.
    var coordinated = false
    /// An officer spoke the detainee during detention: a warm handover.
    var spoken = false
  }

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
  /// The officers' weekly hours for the detention phase.
  var hours: PartnerHours
  /// What probation knows of detainees with a judicial title, until their release.
  var cases = IntMap<CaseKnowledge>()

  init(actorID: Int, parameters: ModelParameters, random: RandomSource, expectedLoad: Double) {
    self.actorID = actorID
    self.parameters = parameters
    self.random = random
    let capacity = Int((expectedLoad * (1 + parameters.probation.spareCapacityShare)).rounded())
    self.queue = CapacityQueue(capacity: capacity)
    self.initialLoad = min(capacity, Int(expectedLoad.rounded()))
    let partners = parameters.partners
    self.hours = PartnerHours(
      perWeek: partners.probationHoursPerWeekPer1000Releases * parameters.population.releasesPerYear / 1000,
      window: parameters.run.measuredWindow)
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
        // Spoken during detention: the supervisor is known and the start agreed (a warm handover).
        let warm = cases.removeValue(forKey: id)?.spoken ?? false
        let share = probation.delayedIntakeShare * (warm ? parameters.partners.warmHandoverIntakeFactor : 1)
        if random.uniform(Label.probation, id, Label.intake) < share {
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
        // Without hours left this week the request is answered from next week's.
        guard hours.take(parameters.partners.requestHours, on: out.day) else {
          out.send(envelope.message, to: actorID, onDay: PartnerHours.nextWeek(after: out.day))
          continue
        }
        let refused =
          random.uniform(Label.probation, id, Label.gdpr)
          < parameters.information.refusalProbability
        out.send(
          .informationReply(detainee: id, answered: !refused, fromProbation: true, casemanager: nil), to: from,
          afterDays: parameters.information.requestDelayDays)
        // Sharing with the municipality is working on the case together: probation now knows it.
        if !refused { learn(id, on: out.day) }
      case .conferenceInvitation(let id, let casemanager):
        // Its own chance to join, from the conference's stream after the municipality's draw,
        // and only with hours left this week.
        var s = random.stream(Label.conference, id, StreamLabel(raw: UInt64(out.day)))
        _ = s.nextDouble()
        let cc = parameters.caseConferences
        let conferenceHours = parameters.partners.conferenceHours * (cc.agreed ? cc.digitalHoursFactor : 1)
        if s.nextDouble() < cc.probationAttendanceProbability, hours.take(conferenceHours, on: out.day) {
          out.send(.probationAtConference(detainee: id), to: casemanager)
          learn(id, on: out.day)
        }
      case .jointConversationHeld(let id):
        hours.charge(parameters.partners.jointConversationHours, on: out.day)
        learn(id, on: out.day)
      case .probationInformed(let id):
        learn(id, on: out.day)
      case .releaseCoordinated(let id):
        var c = cases[id] ?? CaseKnowledge()
        c.coordinated = true
        cases[id] = c
        speakIfHandedOver(id, on: out.day)
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

  /// Probation worked on the case during detention (a conference, the joint conversation, an
  /// answered request, the plan in a shared system).
  private func learn(_ id: DetaineeID, on day: Int) {
    var c = cases[id] ?? CaseKnowledge()
    c.known = true
    cases[id] = c
    speakIfHandedOver(id, on: day)
  }

  /// Seed 003 §4.4: where partners worked together during detention the transition is
  /// coordinated; where not, the person phones probation after release. So once probation knows
  /// the case and the casemanager's coordination before release has come, an officer speaks the
  /// detainee in the PI (the agreed new way of working) if hours are left this week; if not, the
  /// next occasion on which probation hears of the case tries again.
  private func speakIfHandedOver(_ id: DetaineeID, on day: Int) {
    guard var c = cases[id], c.known, c.coordinated, !c.spoken,
      hours.take(parameters.partners.probationContactHours, on: day)
    else { return }
    c.spoken = true
    cases[id] = c
  }

  func snapshot() -> (active: Int, waiting: Int) { (queue.occupied, queue.waitingCount) }

  /// The officers' hours for the detention phase, worked and available in the measured window.
  func officerHours() -> PartnerHours { hours }
}
