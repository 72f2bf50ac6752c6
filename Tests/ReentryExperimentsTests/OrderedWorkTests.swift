import Foundation
import Testing

@testable import ReentryExperiments

/// The one parallel runner: results in index order whatever finishes first,
/// the bound on units in flight, the failure rule and cancellation.
@Suite struct OrderedWorkTests {
  /// Counts units running at once and the highest such count.
  final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var highest = 0
    private var startedIndices: [Int] = []

    func enter(_ index: Int) {
      lock.withLock {
        running += 1
        highest = max(highest, running)
        startedIndices.append(index)
      }
    }

    func leave() { lock.withLock { running -= 1 } }

    var peak: Int { lock.withLock { highest } }
    var started: [Int] { lock.withLock { startedIndices } }
  }

  /// A flag one unit sets and another waits for.
  final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
  }

  struct UnitFailure: Error, Equatable {
    let index: Int
  }

  /// Waits until `condition` holds, or 5 minutes have passed: on a loaded
  /// machine the other tests can hold the cooperative threads for long, so
  /// a test waits for the event rather than trusting a sleep.
  static func wait(until condition: () -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(300)
    while !condition(), clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
  }

  /// Sleeps that make later units finish first: unit i sleeps longer the smaller i is, with some jitter.
  static func sleep(_ index: Int, of count: Int) async throws {
    try await Task.sleep(for: .milliseconds(2 * (count - index) + (index * 7) % 5))
  }

  @Test(arguments: [1, 2, 4, 7])
  func resultsArriveInIndexOrderWhateverFinishesFirst(jobs: Int) async throws {
    let count = 24
    var consumed: [Int] = []
    try await OrderedWork(count: count, jobs: jobs).run(
      unit: { index in
        try await Self.sleep(index, of: count)
        return index * 10
      },
      consume: { index, result in
        #expect(result == index * 10)
        consumed.append(index)
      })
    #expect(consumed == Array(0..<count))
  }

  @Test(arguments: [1, 2, 3, 5])
  func atMostJobsUnitsRunAtOnce(jobs: Int) async throws {
    let gauge = Gauge()
    let results = try await OrderedWork(count: 20, jobs: jobs).results { index in
      gauge.enter(index)
      defer { gauge.leave() }
      // The first units wait until every job is busy; a runner that ran fewer at once would time out here.
      try await Self.wait { gauge.peak >= jobs }
      return index
    }
    #expect(results == Array(0..<20))
    #expect(gauge.peak <= jobs)
    #expect(gauge.peak == jobs, "every job was busy at once")
    #expect(gauge.started.sorted() == Array(0..<20), "every unit runs once")
    #expect(
      Self.launchedInOrder(gauge.started, jobs: jobs), "units are launched in index order: \(gauge.started)")
  }

  /// Whether an order in which units began running is one a runner launching in index order can
  /// give: a launched unit may begin after later ones (the executor picks which task runs first),
  /// but it counts as running, so when unit i begins at most `jobs - 1` lower units have not yet.
  static func launchedInOrder(_ started: [Int], jobs: Int) -> Bool {
    started.indices.allSatisfy { position in
      let begun = Set(started[..<position])
      return (0..<started[position]).filter { !begun.contains($0) }.count <= jobs - 1
    }
  }

  @Test func aLaunchOrderCheckRejectsASkippedUnit() {
    #expect(Self.launchedInOrder([0, 2, 1, 3], jobs: 2))
    #expect(!Self.launchedInOrder([0, 3, 1, 2], jobs: 2), "3 began while 1 and 2 were not launched")
    #expect(!Self.launchedInOrder([1, 0], jobs: 1))
  }

  @Test func aSlowUnitHoldsBackAtMostTheWindow() async throws {
    let jobs = 2
    let work = OrderedWork(count: 30, jobs: jobs, window: 3)
    let gauge = Gauge()
    var highestStartedWhileWaiting = 0
    try await work.run(
      unit: { index in
        gauge.enter(index)
        defer { gauge.leave() }
        // Unit 0 is slow: it waits until the window is full, then a little longer to catch any launch past it.
        if index == 0 {
          try await Self.wait { gauge.started.count >= 3 * jobs }
          try await Task.sleep(for: .milliseconds(50))
        }
        return index
      },
      consume: { index, _ in
        if index == 0 { highestStartedWhileWaiting = gauge.started.max() ?? 0 }
      })
    // While unit 0 sleeps, only indices below 0 + window × jobs may start.
    #expect(highestStartedWhileWaiting < 3 * jobs)
    #expect(highestStartedWhileWaiting == 3 * jobs - 1, "the other job keeps working within the window")
  }

  @Test(arguments: [1, 2, 4])
  func theLowestFailingIndexIsRethrownAfterEverythingBeforeIt(jobs: Int) async throws {
    let gauge = Gauge()
    let failedFirst = Flag()
    var consumed: [Int] = []
    let error = await #expect(throws: UnitFailure.self) {
      try await OrderedWork(count: 40, jobs: jobs, window: 100).run(
        unit: { index in
          gauge.enter(index)
          defer { gauge.leave() }
          // Unit 9 fails first (with more than one job), unit 5 after it: 5 is still the one reported.
          if index == 9 {
            failedFirst.set()
            throw UnitFailure(index: 9)
          }
          if index == 5 {
            if jobs > 1 { try await Self.wait { failedFirst.isSet } }
            throw UnitFailure(index: 5)
          }
          // Units after the failing one run until the failure cancels them, so how many were launched
          // does not hang on how soon the executor runs unit 9 or hands its failure over.
          if index > 9 {
            try await Self.wait { false }
          } else {
            try await Task.sleep(for: .milliseconds(3))
          }
          return index
        },
        consume: { index, _ in consumed.append(index) })
    }
    #expect(error == UnitFailure(index: 5))
    #expect(consumed == Array(0..<5))
    #expect(failedFirst.isSet == (jobs > 1))
    // The window would let all 40 start while unit 5 waits; the failure of unit 9 stops the
    // launches, so only units launched while it was pending (at most jobs - 1 past it) began.
    #expect((gauge.started.max() ?? 0) <= 9 + jobs - 1, "no unit is launched after a failure: \(gauge.started)")
  }

  @Test func anErrorOfTheConsumerStopsTheRun() async throws {
    let gauge = Gauge()
    var consumed: [Int] = []
    let error = await #expect(throws: UnitFailure.self) {
      try await OrderedWork(count: 50, jobs: 3).run(
        unit: { index in
          gauge.enter(index)
          defer { gauge.leave() }
          try await Task.sleep(for: .milliseconds(2))
          return index
        },
        consume: { index, _ in
          if index == 6 { throw UnitFailure(index: 6) }
          consumed.append(index)
        })
    }
    #expect(error == UnitFailure(index: 6))
    #expect(consumed == Array(0..<6))
    #expect(gauge.started.count < 50)
  }

  @Test func cancellingTheCallerStopsLaunchingAndThrowsCancellation() async throws {
    let gauge = Gauge()
    let task = Task {
      try await OrderedWork(count: 1000, jobs: 2).results { index in
        gauge.enter(index)
        defer { gauge.leave() }
        try await Task.sleep(for: .milliseconds(5))
        return index
      }
    }
    try await Task.sleep(for: .milliseconds(60))
    task.cancel()
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(gauge.started.count < 1000)
    #expect(gauge.peak <= 2)
  }

  @Test func noUnitsConsumeNothing() async throws {
    var consumed = 0
    try await OrderedWork(count: 0, jobs: 4).run(
      progress: { _, _ in Issue.record("no unit, no progress") },
      unit: { index in index },
      consume: { _, _ in consumed += 1 })
    #expect(consumed == 0)
    #expect(try await OrderedWork(count: 0, jobs: 1).results { $0 } == [])
  }

  @Test func moreJobsThanUnitsRunsEachUnitOnce() async throws {
    let gauge = Gauge()
    let results = try await OrderedWork(count: 3, jobs: 16).results { index in
      gauge.enter(index)
      defer { gauge.leave() }
      try await Task.sleep(for: .milliseconds(3 * (3 - index)))
      return "unit \(index)"
    }
    #expect(results == ["unit 0", "unit 1", "unit 2"])
    #expect(gauge.started.sorted() == [0, 1, 2])
    #expect(gauge.peak <= 3)
  }

  @Test func progressCountsEveryFinishedUnit() async throws {
    final class Calls: @unchecked Sendable {
      let lock = NSLock()
      var values: [Int] = []
      var totals: Set<Int> = []
    }
    let calls = Calls()
    _ = try await OrderedWork(count: 12, jobs: 3).results(
      progress: { done, total in
        calls.lock.withLock {
          calls.values.append(done)
          calls.totals.insert(total)
        }
      },
      unit: { index in index })
    #expect(calls.values == Array(1...12))
    #expect(calls.totals == [12])
  }
}
