import SimKernel

/// A municipality (gemeente): process lead on reintegration, owner after release.
///
/// During detention it acts on the Injus notification (proactively or not,
/// by size class), answers a casemanager's call (or not), and asks the PI or
/// probation for the casemanager's details when the sheet lacks them. After
/// release it holds the detainee until probation and care have started,
/// which fixes the last fields of the release record.
public actor MunicipalityActor: SteppedActor {
  public typealias Message = ReentrySim.Message

  let index: Int
  let parameters: ModelParameters
  let layout: WorldLayout
  let random: RandomSource
  let behaviour: ModelParameters.SizeClassBehaviour

  /// Detainees in custody this municipality knows of, and whether it has contact.
  var contacted: [Int: Bool] = [:]
  /// How many detainees its aftercare can follow proactively at once, and whom it follows.
  let aftercarePlaces: Int
  var followed: Set<Int> = []
  /// Released people whose record still waits for probation or care.
  var pending: [Int: PendingRecord] = [:]
  var finished: [ReleaseRecord] = []

  struct PendingRecord: Sendable {
    var record: ReleaseRecord
    var waitsForSupervision: Bool
    var waitsForCare: Bool
  }

  init(index: Int, parameters: ModelParameters, layout: WorldLayout, random: RandomSource) {
    self.index = index
    self.parameters = parameters
    self.layout = layout
    self.random = random
    self.behaviour = parameters.municipalities.behaviour(layout.sizeClass(of: index))
    let population = Double(layout.municipalities[index].population)
    self.aftercarePlaces = max(1, Int((population / 10_000 * behaviour.aftercarePlacesPer10k).rounded()))
  }

  var proactiveProbability: Double {
    let m = parameters.municipalities
    return m.earlyInvolvement
      ? max(behaviour.proactiveProbability, m.earlyInvolvementProactiveProbability)
      : behaviour.proactiveProbability
  }

  public func step(inbox: [Envelope<Message>], outbox: Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    let delay = parameters.municipalities.responseDelayDays
    for envelope in inbox {
      switch envelope.message {
      case .notification(let sheet): notified(sheet, &out)
      case .casemanagerCall(let id, let institution, let agreed):
        let known = contacted[id] ?? false
        if contacted[id] == nil { contacted[id] = false }
        if known || agreed || random.uniform(Label.municipality, id, Label.responsive) < behaviour.responsiveProbability {
          makeContact(id, institution: institution, afterDays: delay, &out)
        }
      case .informationReply(let id, let answered):
        if answered, contacted[id] == false, let institution = institutionOf[id] {
          makeContact(id, institution: institution, afterDays: 0, &out)
        }
      case .release(let detainee, let record): released(detainee, record, &out)
      case .supervisionStarted(let id):
        settle(id, day: out.day) { $0.waitsForSupervision = false; $0.record.probationWaitDays = $1 }
      case .careStarted(let id):
        settle(id, day: out.day) { entry, wait in
          entry.waitsForCare = false
          entry.record.careWaitDays = wait
          // Care is in order at release only with a place on the day of release.
          if wait == 0, entry.record.ambulantCareArranged { entry.record.inOrder.insert(.care) }
        }
      default:
        preconditionFailure("municipality cannot handle \(envelope.message)")
      }
    }
    return out
  }

  /// The institution actor of each detainee it was notified of.
  var institutionOf: [Int: Int] = [:]

  private func notified(_ sheet: InformationSheet, _ out: inout Outbox<Message>) {
    let id = sheet.detainee
    institutionOf[id] = sheet.institution
    if contacted[id] == nil { contacted[id] = false }
    guard random.uniform(Label.municipality, id, Label.proactive) < proactiveProbability else { return }
    // Aftercare at capacity: this one is handled reactively, like in a municipality that never acts.
    guard followed.count < aftercarePlaces else { return }
    followed.insert(id)
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
    if sheet.judicialTitle {
      out.send(.informationRequest(detainee: id, from: me), to: layout.probationActor, afterDays: delay)
    }
  }

  private func makeContact(_ id: Int, institution: Int, afterDays: Int, _ out: inout Outbox<Message>) {
    contacted[id] = true
    institutionOf[id] = institution
    let rent = random.uniform(Label.municipality, id, Label.rent) < behaviour.rentContinuationProbability
    out.send(.municipalContact(detainee: id, municipality: index, rentContinued: rent),
             to: institution, afterDays: afterDays)
  }

  /// Takes over after release; refers to assisted living if the PI did not.
  private func released(_ d: Detainee, _ record: ReleaseRecord?, _ out: inout Outbox<Message>) {
    contacted[d.id] = nil
    institutionOf[d.id] = nil
    followed.remove(d.id)
    if d.needsAssistedLiving {
      // Referred by the PI during detention, or by the municipality once the person reports.
      let referredInside = d.careReferralDay < d.releaseDay
      let delay = referredInside ? 0 : ReleaseEvaluation.reportDelay(d, parameters)
      out.send(.careReferral(CareReferral(
        detainee: d.id, referralDay: referredInside ? d.careReferralDay : d.releaseDay + delay,
        releaseDay: d.releaseDay, owner: layout.municipalityActor(index))), to: layout.careActor, afterDays: delay)
    }
    guard let record else { return }
    let entry = PendingRecord(
      record: record, waitsForSupervision: d.judicialTitle, waitsForCare: d.needsAssistedLiving)
    if entry.waitsForSupervision || entry.waitsForCare {
      pending[d.id] = entry
    } else {
      finished.append(record)
    }
  }

  private func settle(_ id: Int, day: Int, _ update: (inout PendingRecord, Int) -> Void) {
    guard var entry = pending[id] else { return }
    update(&entry, day - entry.record.releaseDay)
    if entry.waitsForSupervision || entry.waitsForCare {
      pending[id] = entry
    } else {
      pending[id] = nil
      finished.append(entry.record)
    }
  }

  /// All records at the end of a run; waits still open are censored at `horizon`.
  func records(horizon: Int) -> [ReleaseRecord] {
    var all = finished
    for id in pending.keys.sorted() {
      var entry = pending[id]!
      let open = horizon - entry.record.releaseDay
      if entry.waitsForSupervision {
        entry.record.probationWaitDays = open
        entry.record.probationWaitCensored = true
      }
      if entry.waitsForCare {
        entry.record.careWaitDays = open
        entry.record.careWaitCensored = true
      }
      all.append(entry.record)
    }
    return all
  }
}
