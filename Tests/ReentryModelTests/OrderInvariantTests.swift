import Foundation
import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryModel

/// Order invariants beyond `InvariantTests`: waiting lists are first in, first out, and
/// simulated time only moves forward, on many seeds.
@Suite struct OrderInvariantTests {
  /// The queue admits in enqueue order whatever the mix of arrivals and departures,
  /// never holds more than its capacity, and survives its internal compaction.
  @Test(arguments: 1...10)
  func capacityQueueIsFIFO(seed: Int) {
    var s = RandomStream(
      seed: UInt64(seed), replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("queue"))
    var queue = CapacityQueue<Int>(capacity: 1 + Int(s.bounded(20)))
    var next = 0
    var admitted: [Int] = []
    for _ in 0..<6_000 {
      switch s.bounded(3) {
      case 0, 1:
        queue.enqueue(next)
        next += 1
      default:
        if queue.occupied > 0 { queue.free() }
      }
      while let entry = queue.admitNext() { admitted.append(entry) }
      #expect(queue.occupied <= queue.capacity)
    }
    #expect(admitted == Array(0..<admitted.count), "admitted out of enqueue order")
    #expect(admitted.count + queue.waitingCount == next)
  }

  /// With too few supervision places, probation starts supervisions in release order:
  /// among title holders released on different days, an earlier release never starts later,
  /// and nobody waiting is passed over by someone released after them.
  @Test(arguments: 1...10)
  func probationStartsInReleaseOrder(seed: Int) async throws {
    let results = try await ModelFixture.run(
      replications: 1, seed: seed, ["probation.spareCapacityShare=-0.3", "probation.delayedIntakeShare=0"])
    let titled = results[0].records.filter(\.judicialTitle).sorted { $0.releaseDay < $1.releaseDay }
    #expect(titled.contains { ($0.probationWaitDays ?? 0) > 0 }, "capacity was not short")
    // Start day, or never for a wait still open at the horizon.
    func start(_ r: ReleaseRecord) -> Int {
      r.probationWaitCensored ? Int.max : r.releaseDay + (r.probationWaitDays ?? 0)
    }
    var latestBefore = Int.min
    var i = 0
    while i < titled.count {
      let day = titled[i].releaseDay
      var j = i
      while j < titled.count, titled[j].releaseDay == day { j += 1 }
      let group = titled[i..<j]
      let earliest = group.map(start).min()!
      #expect(earliest >= latestBefore, "a release on day \(day) started supervision before an earlier release")
      latestBefore = max(latestBefore, group.map(start).max()!)
      i = j
    }
  }

  /// Everything recorded about a detainee happens during the stay, in the order of the process.
  @Test(arguments: 1...10)
  func caseworkHappensInOrderDuringTheStay(seed: Int) async throws {
    let results = try await ModelFixture.run(replications: 1, seed: seed)
    let never = Detainee.never
    for r in results[0].records {
      // The stay from the real admission: for the initial stock, casework before day 0 is history.
      let start = r.admissionDay
      for day in [r.screeningDay, r.planDay, r.returnContactDay, r.jointConversationDay] where day != never {
        #expect(day >= start && day < r.releaseDay, "detainee \(r.detainee): an event outside the stay")
      }
      if r.planDay != never { #expect(r.screeningDay != never && r.planDay >= r.screeningDay) }
      if r.jointConversationDay != never {
        #expect(r.screeningDay != never && r.jointConversationDay >= r.screeningDay)
      }
    }
  }

  /// The scheduler never steps an actor at an earlier (day, phase) than the one before,
  /// and never delivers a message before the moment it was sent for.
  @Test(arguments: 1...10)
  func schedulerTimeOnlyMovesForward(seed: Int) async {
    let log = StepLog()
    let actors = (0..<5).map { ClockProbe(id: $0, seed: UInt64(seed), log: log) }
    var scheduler = BulkSynchronousScheduler<ProbeMessage>(actors: actors, maxPhasesPerDay: 3)
    for a in 0..<5 { scheduler.post(ProbeMessage(day: 0, phase: -1, afterDays: 0), to: a, onDay: 0) }
    var ended: [Int] = []
    await scheduler.run(days: 60) { day in ended.append(day) }
    let steps = log.steps
    #expect(steps.count > 100)
    #expect(zip(steps, steps.dropFirst()).allSatisfy { a, b in (a.day, a.phase) <= (b.day, b.phase) })
    #expect(log.early == 0, "a message arrived before it was due")
    #expect(ended == Array(0..<60))
  }
}

/// A message that remembers when it was sent and for when.
struct ProbeMessage: Sendable {
  let day: Int
  let phase: Int
  let afterDays: Int
}

/// Records every step of every probe, in the order the scheduler takes them.
final class StepLog: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [(day: Int, phase: Int)] = []
  private var earlyCount = 0

  func step(day: Int, phase: Int) { lock.withLock { list.append((day, phase)) } }
  func arrivedEarly() { lock.withLock { earlyCount += 1 } }
  var steps: [(day: Int, phase: Int)] { lock.withLock { list } }
  var early: Int { lock.withLock { earlyCount } }
}

/// An actor that checks each delivery against its due moment and sends a few
/// messages to random probes, some for the next phase and some for later days.
actor ClockProbe: SteppedActor {
  let id: Int
  let log: StepLog
  var stream: RandomStream

  init(id: Int, seed: UInt64, log: StepLog) {
    self.id = id
    self.log = log
    stream = RandomStream(
      seed: seed, replication: 0, kind: StreamLabel("probe"), entity: UInt64(id), purpose: StreamLabel("send"))
  }

  func step(inbox: [Envelope<ProbeMessage>], outbox: consuming Outbox<ProbeMessage>) -> Outbox<ProbeMessage> {
    var out = outbox
    log.step(day: out.day, phase: out.phase)
    for envelope in inbox {
      let m = envelope.message
      let due = (m.day + m.afterDays, m.afterDays == 0 ? m.phase + 1 : 0)
      if (envelope.day, envelope.phase) < due || envelope.day != out.day || envelope.phase != out.phase {
        log.arrivedEarly()
      }
    }
    // One or two messages per step, so traffic neither dies out nor explodes.
    for _ in 0...Int(stream.bounded(2)) {
      let after = Int(stream.bounded(3))
      out.send(
        ProbeMessage(day: out.day, phase: out.phase, afterDays: after), to: Int(stream.bounded(5)), afterDays: after)
    }
    return out
  }
}
