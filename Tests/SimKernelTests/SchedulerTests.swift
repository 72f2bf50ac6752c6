import Testing

@testable import SimKernel

/// A test actor that records what it receives and replies by a script.
actor Recorder: SteppedActor {
  typealias Message = String
  let id: Int
  private(set) var received: [(day: Int, phase: Int, sender: Int, text: String)] = []
  /// For an incoming text: what to send (text, recipient, afterDays).
  let script: @Sendable (String) -> [(String, Int, Int)]

  init(id: Int, script: @escaping @Sendable (String) -> [(String, Int, Int)] = { _ in [] }) {
    self.id = id
    self.script = script
  }

  func step(inbox: [Envelope<String>], outbox: consuming Outbox<String>) -> Outbox<String> {
    var out = outbox
    for e in inbox {
      received.append((e.day, e.phase, e.sender, e.message))
      for (text, to, after) in script(e.message) { out.send(text, to: to, afterDays: after) }
    }
    return out
  }

  func log() -> [String] { received.map { "\($0.day).\($0.phase) from \($0.sender): \($0.text)" } }
}

@Suite struct SchedulerTests {
  /// Messages arrive at the next phase (same day) or at phase 0 of a later day, sorted by sender.
  @Test func deliveryOrderIsByKeyNotByArrival() async {
    let hub = Recorder(id: 0)
    let a = Recorder(id: 1) { text in text == "go" ? [("a1", 0, 0), ("a2", 0, 0), ("a-later", 0, 2)] : [] }
    let b = Recorder(id: 2) { text in text == "go" ? [("b1", 0, 0)] : [] }
    var scheduler = BulkSynchronousScheduler<String>(actors: [hub, a, b])
    scheduler.post("go", to: 2, onDay: 1)
    scheduler.post("go", to: 1, onDay: 1)
    await scheduler.run(days: 5) { _ in }
    // Same phase: sender 1 before sender 2, each in its own sending order.
    #expect(await hub.log() == ["1.1 from 1: a1", "1.1 from 1: a2", "1.1 from 2: b1", "3.0 from 1: a-later"])
    #expect(await a.log() == ["1.0 from -1: go"])
    #expect(scheduler.deliveredCount == 6)
  }

  /// An actor with nothing due is never stepped.
  @Test func idleActorsAreNotWoken() async {
    let idle = Recorder(id: 0)
    let ticker = Recorder(id: 1) { text in [(text, 1, 3)] }
    var scheduler = BulkSynchronousScheduler<String>(actors: [idle, ticker])
    scheduler.post("tick", to: 1, onDay: 0)
    await scheduler.run(days: 10) { _ in }
    #expect(await idle.log().isEmpty)
    #expect(await ticker.log() == ["0.0 from -1: tick", "3.0 from 1: tick", "6.0 from 1: tick", "9.0 from 1: tick"])
    #expect(scheduler.stepCount == 4)
  }

  /// Ping-pong within a day stops at the phase limit and continues the next day.
  @Test func phaseLimitDefersToTheNextDay() async {
    let ping = Recorder(id: 0) { _ in [("ball", 1, 0)] }
    let pong = Recorder(id: 1) { _ in [("ball", 0, 0)] }
    var scheduler = BulkSynchronousScheduler<String>(actors: [ping, pong], maxPhasesPerDay: 3)
    scheduler.post("ball", to: 0, onDay: 0)
    var ends: [Int] = []
    await scheduler.run(days: 2) { ends.append($0) }
    #expect(ends == [0, 1])
    #expect(await ping.log() == ["0.0 from -1: ball", "0.2 from 1: ball", "1.1 from 1: ball"])
    #expect(await pong.log() == ["0.1 from 0: ball", "1.0 from 0: ball", "1.2 from 0: ball"])
  }

  /// The same script gives the same history every time.
  @Test func runsAreReproducible() async {
    func history() async -> [String] {
      let actors = (0..<6).map { id in
        Recorder(id: id) { text in
          // Each message spawns one or two more until n reaches 60: a few hundred in all.
          let n = Int(text)!
          guard n < 60 else { return [] }
          let next = [(String(n + 1), (n * 7 + id) % 6, n % 3)]
          return n % 10 == 0 ? next + [(String(n + 5), (n + id) % 6, 0)] : next
        }
      }
      var scheduler = BulkSynchronousScheduler<String>(actors: actors)
      scheduler.post("0", to: 3, onDay: 0)
      await scheduler.run(days: 30) { _ in }
      var all: [String] = []
      for actor in actors { all += await actor.log() }
      return all
    }
    let first = await history()
    #expect(first.count > 100)
    #expect(await history() == first)
  }

  /// A phase's messages are grouped by recipient in delivery order, whether the phase is
  /// grouped by counting (many messages) or by a comparison sort (few): both orders equal the
  /// sorted (recipient, position) keys, over many sizes.
  @Test func groupingByRecipientKeepsDeliveryOrder() {
    let actors = (0..<40).map { Recorder(id: $0) }
    var scheduler = BulkSynchronousScheduler<String>(actors: actors)
    var g = SplitMix64(seed: 7)
    for count in [0, 1, 2, 5, 9, 10, 11, 40, 100, 1000] {
      let due = (0..<count).map { position in
        Envelope(
          day: 0, phase: 0, sender: -1, sequence: UInt64(position), recipient: Int(g.next() % 40), message: "")
      }
      scheduler.groupByRecipient(due)
      let expected = due.enumerated().map { UInt64(UInt32($1.recipient)) << 32 | UInt64($0) }.sorted()
      #expect(scheduler.order == expected, "\(count) messages")
    }
  }

  /// Steps are counted per actor, so a kind of actor's share can be reported.
  @Test func stepsAreCountedPerActor() async {
    let idle = Recorder(id: 0)
    let ticker = Recorder(id: 1) { text in [(text, 1, 3)] }
    let once = Recorder(id: 2)
    var scheduler = BulkSynchronousScheduler<String>(actors: [idle, ticker, once])
    scheduler.post("tick", to: 1, onDay: 0)
    scheduler.post("hello", to: 2, onDay: 4)
    await scheduler.run(days: 10) { _ in }
    #expect(scheduler.stepCount(ofActors: 0..<1) == 0)
    #expect(scheduler.stepCount(ofActors: 1..<2) == 4)
    #expect(scheduler.stepCount(ofActors: 1..<3) == 5)
    #expect(scheduler.stepCount(ofActors: 0..<3) == scheduler.stepCount)
  }
}
