import SimKernel

/// What a municipality knows and does, as a value its actor owns (see `InstitutionState` for why).
struct MunicipalityState: Sendable {
  let index: Int
  let context: ReplicationContext
  var parameters: ModelParameters { _read { yield context.parameters } }
  var layout: WorldLayout { _read { yield context.layout } }
  var random: RandomSource { _read { yield context.random } }
  let behaviour: ModelParameters.SizeClassBehaviour

  /// What the municipality knows of a detainee in custody.
  struct Known: Sendable {
    /// Contact with the casemanager has been made.
    var contacted = false
    /// The institution actor that sent the notification (nil: not notified).
    var institution: Int?
    /// The casemanager's actor, once the municipality has the contact details (nil: not yet).
    var casemanager: Int?
    /// Followed proactively by its aftercare.
    var followed = false
    /// A judicial title follows (from the sheet): probation holds information on the case.
    var judicialTitle = false
    /// Probation was asked for its information (its answer to a repeat would be the same).
    var askedProbation = false
    /// The help questions on the sheet: what taking on the case will cost the coordinator.
    var helpQuestions = ConditionSet()
    /// This case's last conference invitation was declined (the next is seldom taken up).
    var declinedConference = false
    /// A contact put off for want of hours waits for next week's (one timer at a time).
    var contactPutOff = false
  }

  /// Detainees in custody this municipality knows of, in number (so admission) order.
  var known = DetaineeTable<Known>()
  /// How many detainees its aftercare can follow proactively at once, and how many it follows.
  let aftercarePlaces: Int
  var followedCount = 0
  /// Measured releases still waiting for probation or care, and those settled.
  var pending = IntMap<Aftercare>()
  var settled: [Aftercare] = []
  /// Assisted-living starts the care provider arranged for people still inside, by detainee:
  /// the start day, kept until the handover on that day.
  var arrangedCare = IntMap<Int>()
  /// Detainees handed over today: a care start that arrives after their handover on the same
  /// day is not one to keep (the release was outside the measured window).
  var handedOverToday: (day: Int?, detainees: [DetaineeID]) = (nil, [])
  /// The aftercare coordinators' weekly hours for detainees' cases.
  var hours: PartnerHours
  /// Contacts put off to next week's hours, one batch per step that put any off.
  var putOff = PutOffContacts()

  init(index: Int, context: ReplicationContext) {
    self.index = index
    self.context = context
    let layout = context.layout
    self.behaviour = context.parameters.municipalities.behaviour(layout.sizeClass(of: index))
    let population = Double(layout.municipalities[index].population)
    self.aftercarePlaces = max(1, Int((population / 10_000 * behaviour.aftercarePlacesPer10k).rounded()))
    let partners = context.parameters.partners
    let fte = population / 100_000 * partners.coordinatorFTEPer100k(layout.sizeClass(of: index))
    self.hours = PartnerHours(
      perWeek: fte * partners.coordinatorHoursPerFTE, window: context.parameters.run.measuredWindow)
  }

  var proactiveProbability: Double { Self.proactiveProbability(behaviour, parameters) }

  static func proactiveProbability(_ behaviour: ModelParameters.SizeClassBehaviour, _ p: ModelParameters) -> Double {
    let m = p.municipalities
    return m.earlyInvolvement
      ? max(behaviour.proactiveProbability, m.earlyInvolvementProactiveProbability)
      : behaviour.proactiveProbability
  }

  /// Whether it would join a conference on `id` at the draw `u`: its chance, lower for a case
  /// it does not follow (proactively, its own draw; the aftercare's capacity aside) and after
  /// declining this case's last one. Hours are checked by the caller.
  static func joinsConference(
    _ id: DetaineeID, _ u: Double, _ behaviour: ModelParameters.SizeClassBehaviour, declinedLast: Bool,
    _ p: ModelParameters, _ random: RandomSource
  ) -> Bool {
    let follows = random.uniform(Label.municipality, id, Label.proactive) < proactiveProbability(behaviour, p)
    return u < conferenceChance(p, followed: follows, declined: declinedLast)
  }

  /// The chance to join a conference (seed 003: municipalities seldom join, small ones least).
  static func conferenceChance(_ p: ModelParameters, followed: Bool, declined: Bool) -> Double {
    var chance = p.caseConferences.municipalityAttendanceProbability
    if !followed { chance *= p.partners.reactiveConferenceFactor }
    if declined { chance *= p.partners.afterDeclineConferenceFactor }
    return chance
  }

  mutating func step(_ inbox: [Envelope<Message>], _ out: inout Outbox<Message>) {
    let delay = parameters.municipalities.responseDelayDays
    putOff.beginStep()
    for envelope in inbox {
      switch envelope.message {
      case .notification(let sheet): notified(sheet, &out)
      case .casemanagerCall(let id, let casemanager):
        let contacted = known[id]?.contacted ?? false
        if !known.contains(id) { known[id] = Known() }
        if contacted || Self.answersCall(id, behaviour, random) {
          makeContact(id, casemanager: casemanager, afterDays: delay, &out)
        }
      case .conferenceInvitation(let id, let casemanager): conferenceInvited(id, casemanager: casemanager, &out)
      case .contactsDue(let batch):
        for contact in putOff.take(batch) {
          guard let entry = known[contact.detainee], !entry.contacted else { continue }
          known.update(contact.detainee) { $0.contactPutOff = false }
          makeContact(contact.detainee, casemanager: contact.casemanager, afterDays: 0, &out)
        }
      case .jointConversationHeld:
        // It was at the table as agreed: the hours are spent, run over or not.
        hours.charge(parameters.partners.jointConversationHours, on: out.day)
      case .informationReply(let id, let answered, let fromProbation, let casemanager):
        if answered, !fromProbation, let casemanager, let entry = known[id], !entry.contacted {
          makeContact(id, casemanager: casemanager, afterDays: 0, &out)
        }
        // Refused by probation: the municipality lacks what it needs to plan the next steps
        // (seed 003); the casemanager keeps the fact with the detainee for the evaluation
        // (through the PI's liaison when the municipality has no contact details).
        if fromProbation, !answered, let entry = known[id], let reader = entry.casemanager ?? entry.institution {
          out.send(.informationRefused(detainee: id, municipality: index), to: reader)
        }
      case .release(let handover): released(handover, &out)
      case .detentionEnded(let id): forget(id)
      case .supervisionStarted(let id): settle(id) { $0.supervisionStarted(day: out.day) }
      case .careStarted(let id, let releaseDay): careStarts(id, on: out.day, releaseDay: releaseDay, today: out.day)
      case .careArranged(let id, let startDay): careStarts(id, on: startDay, releaseDay: startDay, today: out.day)
      case .careWaitingLeft(let id): settle(id) { $0.careWaitingLeft(day: out.day) }
      default:
        preconditionFailure("municipality cannot handle \(envelope.message)")
      }
    }
  }

  /// Whether a municipality of this behaviour answers the casemanager's call about `id` (the
  /// detainee's own draw; the history of someone inside on day 0 asks the same).
  static func answersCall(_ id: DetaineeID, _ behaviour: ModelParameters.SizeClassBehaviour, _ random: RandomSource)
    -> Bool
  {
    random.uniform(Label.municipality, id, Label.responsive) < behaviour.responsiveProbability
  }

  private mutating func notified(_ sheet: InformationSheet, _ out: inout Outbox<Message>) {
    let id = sheet.detainee
    var entry = known[id] ?? Known()
    entry.institution = sheet.institution
    entry.judicialTitle = sheet.judicialTitle
    entry.helpQuestions = sheet.helpQuestions
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
    // (Visiting, it asks for the casemanager at the PI: the sheet's casemanager stands for that.)
    if sheet.contactDetails || (behaviour.visitsInstitution && !sheet.farFromHome) {
      makeContact(id, casemanager: sheet.casemanager, afterDays: delay, &out)
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
  private mutating func askProbation(_ id: DetaineeID, afterDays: Int, _ out: inout Outbox<Message>) {
    guard let entry = known[id], entry.judicialTitle, !entry.askedProbation else { return }
    known.update(id) { $0.askedProbation = true }
    out.send(
      .informationRequest(detainee: id, from: layout.municipalityActor(index)), to: layout.probationActor,
      afterDays: afterDays)
  }

  /// A conference it is invited to (agreed, or ad hoc when partners are at the PI): the
  /// municipality chooses (seed 003: municipalities seldom join, small ones least). It joins with
  /// its chance, lower for a case it does not follow proactively and after declining this case's
  /// last one, and only with coordinator hours left this week; joining is contact.
  private mutating func conferenceInvited(_ id: DetaineeID, casemanager: Int, _ out: inout Outbox<Message>) {
    let entry = known[id] ?? Known()
    let chance = Self.conferenceChance(parameters, followed: entry.followed, declined: entry.declinedConference)
    var s = random.stream(Label.conference, id, StreamLabel(raw: UInt64(out.day)))
    let joins = s.nextDouble() < chance && hours.take(partnerConferenceHours, on: out.day)
    known[id] = entry
    known.update(id) { $0.declinedConference = !joins }
    guard joins else { return }
    if !entry.contacted { makeContact(id, casemanager: casemanager, afterDays: 0, &out) }
    out.send(.conferenceJoined(detainee: id, municipality: index), to: casemanager)
  }

  /// A partner's hours at a conference: agreed ones are digital, as for the casemanager.
  var partnerConferenceHours: Double {
    let cc = parameters.caseConferences
    return parameters.partners.conferenceHours * (cc.agreed ? cc.digitalHoursFactor : 1)
  }

  /// The coordinator's hours to take on a case: the intake, and the benefit and housing
  /// search the sheet's help questions ask for.
  func caseHours(_ questions: ConditionSet) -> Double {
    let p = parameters.partners
    return p.intakeHours + (questions.contains(.income) ? p.benefitPreparationHours : 0)
      + (questions.contains(.housing) ? p.housingSearchHours : 0)
  }

  /// Contact with the casemanager takes the case on, which takes the coordinator's hours; with
  /// none left this week the contact is put off to the next week's (seed 003, VNG: the
  /// coordinators' workload), and the casemanager hears nothing until then.
  private mutating func makeContact(_ id: DetaineeID, casemanager: Int, afterDays: Int, _ out: inout Outbox<Message>) {
    var entry = known[id] ?? Known()
    guard hours.take(caseHours(entry.helpQuestions), on: out.day) else {
      if !entry.contactPutOff {
        entry.contactPutOff = true
        if let batch = putOff.add(id, casemanager: casemanager) {
          out.send(
            .contactsDue(batch: batch), to: layout.municipalityActor(index),
            onDay: PartnerHours.nextWeek(after: out.day))
        }
      }
      known[id] = entry
      return
    }
    entry.contacted = true
    entry.casemanager = casemanager
    known[id] = entry
    let rent = random.uniform(Label.municipality, id, Label.rent) < behaviour.rentContinuationProbability
    out.send(
      .municipalContact(detainee: id, municipality: index, rentContinued: rent),
      to: casemanager, afterDays: afterDays)
    askProbation(id, afterDays: afterDays, &out)
  }

  /// The detainee has left custody: the entry goes, and with it the aftercare place it held.
  private mutating func forget(_ id: DetaineeID) {
    if let entry = known.removeValue(forKey: id), entry.followed { followedCount -= 1 }
  }

  /// A care place starts on `day` (today, or the release day arranged ahead). Its news may come
  /// before the handover on the release day (the casemanager's handover follows the PI's release
  /// by a phase): then it waits for the handover, as an arranged start does.
  private mutating func careStarts(_ id: DetaineeID, on day: Int, releaseDay: Int, today: Int) {
    if pending.contains(id) {
      settle(id) { $0.careStarted(day: day) }
    } else if releaseDay >= today, !(handedOverToday.day == today && handedOverToday.detainees.contains(id)) {
      arrangedCare[id] = day
    }
  }

  /// Takes over after release; refers to assisted living if the PI did not.
  private mutating func released(_ h: Handover, _ out: inout Outbox<Message>) {
    if handedOverToday.day != out.day { handedOverToday = (out.day, []) }
    handedOverToday.detainees.append(h.detainee)
    forget(h.detainee)
    let arranged = arrangedCare.removeValue(forKey: h.detainee)
    if h.needsAssistedLiving, !h.referredDuringDetention {
      out.send(
        .careReferral(
          CareReferral(
            detainee: h.detainee, referralDay: h.careReferralDay, releaseDay: Day(h.releaseDay),
            owner: layout.municipalityActor(index))), to: layout.careActor, afterDays: h.careReferralDelay)
    }
    guard h.measured, h.judicialTitle || h.needsAssistedLiving else { return }
    pending[h.detainee] = Aftercare(
      detainee: h.detainee, releaseDay: h.releaseDay,
      waitsForSupervision: h.judicialTitle, waitsForCare: h.needsAssistedLiving)
    // A place arranged to start on the release day: care is in place at release.
    if let arranged { settle(h.detainee) { $0.careStarted(day: arranged) } }
  }

  private mutating func settle(_ id: DetaineeID, _ update: (inout Aftercare) -> Void) {
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
  var followedDetainees: [DetaineeID] { known.detainees.filter { known[$0]!.followed } }

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
