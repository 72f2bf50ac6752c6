import SimKernel

/// Care providers as one pool of assisted/protected living places with a
/// waiting list (up to a year in seed 003).
///
/// A place can only be taken by someone who has left prison, and places go
/// to the earliest referral first: a referral the PI made during detention
/// keeps its date, so it moves the person ahead of those referred only after
/// release. Nobody holds an empty place while still inside.
public actor CareProvider: SteppedActor {
  public typealias Message = ReentryModel.Message

  let actorID: Int
  let parameters: ModelParameters
  let random: RandomSource
  let capacity: Int
  let initialLoad: Int
  var occupied = 0
  var waiting = ReferralQueue()

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
          var s = random.stream(Label.care, -1 - k, Label.initialLoad)
          occupied += 1
          out.send(.placementEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
        }
        // People already waiting, referred before anyone in the simulation and not followed.
        for k in 0..<parameters.care.initialWaitingList {
          waiting.push(CareReferral(detainee: -1 - k, referralDay: Int.min / 2, releaseDay: Int.min / 2, owner: -1))
        }
      case .careReferral(let referral): waiting.push(referral)
      case .placementEnds: occupied -= 1
      default:
        preconditionFailure("care provider cannot handle \(envelope.message)")
      }
    }
    while occupied < capacity, let next = waiting.pop() {
      occupied += 1
      if next.owner >= 0 { out.send(.careStarted(detainee: next.detainee), to: next.owner) }
      var s = random.stream(Label.care, next.detainee, Label.duration)
      out.send(.placementEnds, to: actorID, afterDays: max(1, Int(s.exponential(mean: mean).rounded())))
    }
    return out
  }

  func snapshot() -> (active: Int, waiting: Int) { (occupied, waiting.count) }
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
