import SimKernel

/// Care providers as one pool of assisted/protected living places with a
/// waiting list (up to a year in seed 003).
///
/// Places go to the earliest referral first. The PI refers during detention
/// (seed 003: on indication), so the person waits on the list while inside.
/// A place that comes free within `care.arrangedStartMaxDays` of someone's
/// release is held for them, with the start arranged on the release day
/// (zorgaanbieder plant de intake op de ontslagdatum); a referral whose
/// release is further ahead keeps its position by referral date and enters
/// the allocation when that window opens, so nobody holds a place empty for
/// months. A held place is a place: its days count against the capacity.
///
/// After release people wait with family or in a shelter (seed 003); some leave the list
/// without a place: the need lapses, or it is met elsewhere (crisis care, another town). Each
/// referral's patience (`care.patienceMeanDays`, exponential) runs from the later of its entry
/// into the allocation and its release, so nobody leaves while the PI still holds the referral.
/// Because leaving grows with the list, the list has a level to return to: without it, places
/// at the expected load make a critical queue whose length is a random walk.
public actor CareProvider: SteppedActor {
  public typealias Message = ReentryModel.Message

  let actorID: Int
  let parameters: ModelParameters
  let random: RandomSource
  let capacity: Int
  let initialLoad: Int
  var occupied = 0
  var waiting = ReferralQueue()
  /// Referrals made during detention whose release is still beyond the arranged-start window.
  var referredInside = 0
  /// Who is on the list now, and whom to tell when they leave it (nil: nobody); the queue may
  /// still hold those who left, and skips them.
  var listed: [DetaineeID: Int?] = [:]
  /// People who left the list without a place since the start.
  private(set) var leftWithoutPlace = 0

  init(actorID: Int, parameters: ModelParameters, random: RandomSource, expectedLoad: Double) {
    self.actorID = actorID
    self.parameters = parameters
    self.random = random
    self.capacity = max(0, Int((expectedLoad * (1 + parameters.care.spareCapacityShare)).rounded()))
    self.initialLoad = min(capacity, Int(expectedLoad.rounded()))
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    let mean = parameters.care.placementMeanDays
    for envelope in inbox {
      switch envelope.message {
      case .initialise:
        for k in 0..<initialLoad {
          var s = random.stream(Label.care, DetaineeID.synthetic(k), Label.initialLoad)
          occupied += 1
          out.send(.placementEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
        }
        // People already waiting, referred before anyone in the simulation and not followed.
        for k in 0..<parameters.care.initialWaitingList {
          enlist(
            CareReferral(detainee: .synthetic(k), referralDay: .beforeTheRun, releaseDay: .beforeTheRun, owner: nil),
            &out)
        }
      case .careReferral(let referral):
        let window = referral.releaseDay - parameters.care.arrangedStartMaxDays
        if window > Day(out.day) {
          referredInside += 1
          out.send(.careReferralDue(referral), to: actorID, onDay: window.raw)
        } else {
          enlist(referral, &out)
        }
      case .careReferralDue(let referral):
        referredInside -= 1
        enlist(referral, &out)
      case .careWaitLapses(let id):
        // Placed meanwhile: nothing to leave.
        guard let owner = listed.removeValue(forKey: id) else { continue }
        leftWithoutPlace += 1
        if let owner { out.send(.careWaitingLeft(detainee: id), to: owner) }
      case .placementEnds: occupied -= 1
      default:
        preconditionFailure("care provider cannot handle \(envelope.message)")
      }
    }
    while occupied < capacity, let next = waiting.pop() {
      // Left the list without a place: their entry in the queue is stale.
      guard listed.removeValue(forKey: next.detainee) != nil else { continue }
      occupied += 1
      // Still inside: the place is held and the start arranged on the release day.
      let held = max(0, next.releaseDay - Day(out.day))
      if let owner = next.owner {
        if held > 0 {
          out.send(.careArranged(detainee: next.detainee, startDay: next.releaseDay.raw), to: owner)
        } else {
          out.send(.careStarted(detainee: next.detainee, releaseDay: next.releaseDay.raw), to: owner)
        }
      }
      var s = random.stream(Label.care, next.detainee, Label.duration)
      out.send(.placementEnds, to: actorID, afterDays: held + max(1, Int(s.exponential(mean: mean).rounded())))
    }
    return out
  }

  /// Puts a referral on the list and, unless patience is off, sets the day its patience ends.
  private func enlist(_ referral: CareReferral, _ out: inout Outbox<Message>) {
    waiting.push(referral)
    listed[referral.detainee] = referral.owner
    let mean = parameters.care.patienceMeanDays
    guard mean > 0 else { return }
    var s = random.stream(Label.care, referral.detainee, Label.patience)
    let patience = max(1, Int(s.exponential(mean: mean).rounded()))
    out.send(
      .careWaitLapses(detainee: referral.detainee), to: actorID,
      onDay: max(out.day, referral.releaseDay.raw) + patience)
  }

  /// Places taken (held ones included), and the waiting list (referrals from inside included).
  func snapshot() -> (active: Int, waiting: Int) { (occupied, listed.count + referredInside) }
}

/// Referrals ordered by referral day, then detainee id: first referred, first placed.
struct ReferralQueue: Sendable {
  private var heap: [CareReferral] = []

  var count: Int { heap.count }

  private static func before(_ a: CareReferral, _ b: CareReferral) -> Bool {
    (a.referralDay, a.detainee) < (b.referralDay, b.detainee)
  }

  mutating func push(_ referral: CareReferral) {
    heap.append(referral)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard Self.before(heap[child], heap[parent]) else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() -> CareReferral? {
    guard !heap.isEmpty else { return nil }
    heap.swapAt(0, heap.count - 1)
    let top = heap.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < heap.count else { break }
      var best = left
      if left + 1 < heap.count, Self.before(heap[left + 1], heap[left]) { best = left + 1 }
      guard Self.before(heap[best], heap[parent]) else { break }
      heap.swapAt(best, parent)
      parent = best
    }
    return top
  }
}
