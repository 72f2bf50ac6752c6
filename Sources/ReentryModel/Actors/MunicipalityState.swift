import SimKernel

/// What a municipality knows and does, as a value its actor owns (see `InstitutionState` for why).
struct MunicipalityState: Sendable {
  let index: Int
  let context: ReplicationContext
  var parameters: ModelParameters { context.parameters }
  var layout: WorldLayout { context.layout }
  var random: RandomSource { context.random }
  let behaviour: ModelParameters.SizeClassBehaviour

  /// What the municipality knows of a detainee in custody.
  struct Known: Sendable {
    /// Contact with the casemanager has been made.
    var contacted = false
    /// The institution actor to reach the casemanager at (-1: not known yet).
    var institution = -1
    /// Followed proactively by its aftercare.
    var followed = false
    /// A judicial title follows (from the sheet): probation holds information on the case.
    var judicialTitle = false
    /// Probation was asked for its information (its answer to a repeat would be the same).
    var askedProbation = false
  }

  /// Detainees in custody this municipality knows of (one map where there were three).
  var known = IntMap<Known>()
  /// How many detainees its aftercare can follow proactively at once, and how many it follows.
  let aftercarePlaces: Int
  var followedCount = 0
  /// Measured releases still waiting for probation or care, and those settled.
  var pending = IntMap<Aftercare>()
  var settled: [Aftercare] = []
  /// Assisted-living starts the care provider arranged for people still inside, by detainee:
  /// the start day, kept until the handover on that day.
  var arrangedCare = IntMap<Int>()

  init(index: Int, context: ReplicationContext) {
    self.index = index
    self.context = context
    let layout = context.layout
    self.behaviour = context.parameters.municipalities.behaviour(layout.sizeClass(of: index))
    let population = Double(layout.municipalities[index].population)
    self.aftercarePlaces = max(1, Int((population / 10_000 * behaviour.aftercarePlacesPer10k).rounded()))
  }

  var proactiveProbability: Double {
    let m = parameters.municipalities
    return m.earlyInvolvement
      ? max(behaviour.proactiveProbability, m.earlyInvolvementProactiveProbability)
      : behaviour.proactiveProbability
  }

  mutating func step(_ inbox: [Envelope<Message>], _ out: inout Outbox<Message>) {
    let delay = parameters.municipalities.responseDelayDays
    for envelope in inbox {
      switch envelope.message {
      case .notification(let sheet): notified(sheet, &out)
      case .casemanagerCall(let id, let institution, let agreed):
        let contacted = known[id]?.contacted ?? false
        if !known.contains(id) { known[id] = Known() }
        // `agreed`: it joined an agreed conference (its own chance, drawn per conference).
        if contacted || agreed
          || random.uniform(Label.municipality, id, Label.responsive) < behaviour.responsiveProbability
        {
          makeContact(id, institution: institution, afterDays: delay, &out)
        }
      case .informationReply(let id, let answered, let fromProbation):
        if answered, let entry = known[id], !entry.contacted, entry.institution >= 0 {
          makeContact(id, institution: entry.institution, afterDays: 0, &out)
        }
        // Refused by probation: the municipality lacks what it needs to plan the next steps
        // (seed 003); the institution keeps the fact with the detainee for the evaluation.
        if fromProbation, !answered, let entry = known[id], entry.institution >= 0 {
          out.send(.informationRefused(detainee: id, municipality: index), to: entry.institution)
        }
      case .release(let handover): released(handover, &out)
      case .detentionEnded(let id): forget(id)
      case .supervisionStarted(let id): settle(id) { $0.supervisionStarted(day: out.day) }
      case .careStarted(let id): settle(id) { $0.careStarted(day: out.day) }
      case .careArranged(let id, let startDay): arrangedCare[id] = startDay
      default:
        preconditionFailure("municipality cannot handle \(envelope.message)")
      }
    }
  }

  private mutating func notified(_ sheet: InformationSheet, _ out: inout Outbox<Message>) {
    let id = sheet.detainee
    var entry = known[id] ?? Known()
    entry.institution = sheet.institution
    entry.judicialTitle = sheet.judicialTitle
    known[id] = entry
    guard random.uniform(Label.municipality, id, Label.proactive) < proactiveProbability else { return }
    // Aftercare at capacity: this one is handled reactively, like in a municipality that never acts.
    guard followedCount < aftercarePlaces else { return }
    if !entry.followed {
      known.update(id) { $0.followed = true }
      followedCount += 1
    }
    let delay = parameters.municipalities.responseDelayDays
    // A proactive municipality finds the casemanager through the sheet or by visiting a nearby PI.
    if sheet.contactDetails || (behaviour.visitsInstitution && !sheet.farFromHome) {
      makeContact(id, institution: sheet.institution, afterDays: delay, &out)
      return
    }
    if sheet.fullHelpQuestions {
      out.send(.municipalWorkStarted(detainee: id, municipality: index), to: sheet.institution, afterDays: delay)
    }
    let me = layout.municipalityActor(index)
    out.send(.informationRequest(detainee: id, from: me), to: sheet.institution, afterDays: delay)
    if sheet.judicialTitle { askProbation(id, afterDays: delay, &out) }
  }

  /// Seed 003: municipalities ask probation for information, and "in many cases" a request is
  /// refused citing the GDPR. Every municipality that works on the case of someone with a
  /// judicial title asks, once: when it seeks the casemanager, and when it makes contact.
  private mutating func askProbation(_ id: Int, afterDays: Int, _ out: inout Outbox<Message>) {
    guard let entry = known[id], entry.judicialTitle, !entry.askedProbation else { return }
    known.update(id) { $0.askedProbation = true }
    out.send(
      .informationRequest(detainee: id, from: layout.municipalityActor(index)), to: layout.probationActor,
      afterDays: afterDays)
  }

  private mutating func makeContact(_ id: Int, institution: Int, afterDays: Int, _ out: inout Outbox<Message>) {
    var entry = known[id] ?? Known()
    entry.contacted = true
    entry.institution = institution
    known[id] = entry
    let rent = random.uniform(Label.municipality, id, Label.rent) < behaviour.rentContinuationProbability
    out.send(
      .municipalContact(detainee: id, municipality: index, rentContinued: rent),
      to: institution, afterDays: afterDays)
    askProbation(id, afterDays: afterDays, &out)
  }

  /// The detainee has left custody: the entry goes, and with it the aftercare place it held.
  private mutating func forget(_ id: Int) {
    if let entry = known.removeValue(forKey: id), entry.followed { followedCount -= 1 }
  }

  /// Takes over after release; refers to assisted living if the PI did not.
  private mutating func released(_ h: Handover, _ out: inout Outbox<Message>) {
    forget(h.detainee)
    let arranged = arrangedCare.removeValue(forKey: h.detainee)
    if h.needsAssistedLiving, !h.referredDuringDetention {
      out.send(
        .careReferral(
          CareReferral(
            detainee: h.detainee, referralDay: h.careReferralDay, releaseDay: h.releaseDay,
            owner: layout.municipalityActor(index))), to: layout.careActor, afterDays: h.careReferralDelay)
    }
    guard h.measured, h.judicialTitle || h.needsAssistedLiving else { return }
    pending[h.detainee] = Aftercare(
      detainee: h.detainee, releaseDay: h.releaseDay,
      waitsForSupervision: h.judicialTitle, waitsForCare: h.needsAssistedLiving)
    // A place arranged to start on the release day: care is in place at release.
    if let arranged { settle(h.detainee) { $0.careStarted(day: arranged) } }
  }

  private mutating func settle(_ id: Int, _ update: (inout Aftercare) -> Void) {
    guard var entry = pending[id] else { return }
    update(&entry)
    if entry.isSettled {
      pending[id] = nil
      settled.append(entry)
    } else {
      pending[id] = entry
    }
  }

  /// The detainees whose aftercare place this municipality holds (for the invariant tests).
  var followedDetainees: [Int] { known.keys.filter { known[$0]!.followed } }

  /// The waits of every measured release; those still open are censored at `horizon`.
  func aftercare(horizon: Int) -> [Aftercare] {
    var all = settled
    for id in pending.keys.sorted() {
      var entry = pending[id]!
      entry.censor(at: horizon)
      all.append(entry)
    }
    return all
  }
}
