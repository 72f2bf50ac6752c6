import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryModel

/// A casemanager's work list (ready and waiting lists, next task at the end) behaves
/// exactly like one list of all tasks sorted in work order, worked front to back and
/// skipping tasks that are not yet available: the same tasks finish in the same order
/// on the same days, and the backlog sums to the same hours (to rounding: the lists are
/// summed one after the other, not merged in work order).
@Suite struct WorkListTests {
  /// The simple list the casemanager replaced, kept here as the reference.
  struct ReferenceList {
    var tasks: [CaseTask] = []

    mutating func add(_ task: CaseTask) {
      var i = tasks.count
      while i > 0, task.comesBefore(tasks[i - 1]) { i -= 1 }
      tasks.insert(task, at: i)
    }

    mutating func work(day: Int, budget: Double) -> [CaseTask] {
      var left = budget
      var finished: [CaseTask] = []
      var i = 0
      while i < tasks.count, left > 1e-9 {
        if tasks[i].availableDay > day {
          i += 1
          continue
        }
        let spent = min(left, tasks[i].remainingHours)
        tasks[i].remainingHours -= spent
        left -= spent
        if tasks[i].remainingHours <= 1e-9 { finished.append(tasks.remove(at: i)) } else { i += 1 }
      }
      return finished
    }

    var backlog: Double { tasks.reduce(0) { $0 + $1.remainingHours } }
  }

  @Test(arguments: 1...12)
  func matchesOneSortedList(seed: Int) {
    var s = RandomStream(
      seed: UInt64(seed), replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("worklist"))
    var casemanager = WorkList()
    var reference = ReferenceList()
    var dropped = [Int](repeating: 0, count: CaseTask.Kind.allCases.count)
    var referenceDropped = dropped
    var sequence = 0
    for day in 0..<400 {
      for _ in 0..<Int(s.bounded(6)) {
        sequence += 1
        let kind = CaseTask.Kind.allCases[Int(s.bounded(UInt64(CaseTask.Kind.allCases.count)))]
        let available = day + (s.bounded(3) == 0 ? Int(s.bounded(60)) : 0)
        let task = CaseTask(
          kind: kind, detainee: DetaineeID(Int(s.bounded(40))), availableDay: available,
          dueDay: day + Int(s.bounded(90)), remainingHours: 0.25 + Double(s.bounded(40)) / 8, sequence: sequence)
        casemanager.add(task)
        reference.add(task)
      }
      if s.bounded(10) == 0 {
        let detainee = DetaineeID(Int(s.bounded(40)))
        casemanager.cancel(.contactMunicipality, for: detainee)
        reference.tasks.removeAll { $0.kind == .contactMunicipality && $0.detainee == detainee }
      }
      if s.bounded(8) == 0 {
        let detainee = DetaineeID(Int(s.bounded(40)))
        casemanager.release(detainee, dropped: &dropped)
        reference.tasks.removeAll { task in
          guard task.detainee == detainee else { return false }
          referenceDropped[task.kind.rawValue] += 1
          return true
        }
      }
      guard day % 7 < 5 else { continue }
      var finished: [CaseTask] = []
      casemanager.work(day: day, budget: 6.4, finished: &finished)
      let expected = reference.work(day: day, budget: 6.4)
      #expect(finished.map(\.sequence) == expected.map(\.sequence), "day \(day)")
      func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
      #expect(close(casemanager.backlogHours, reference.backlog), "day \(day)")
      let split = casemanager.backlog(on: day)
      let available = reference.tasks.filter { $0.availableDay <= day }.reduce(0) { $0 + $1.remainingHours }
      let future = reference.tasks.filter { $0.availableDay > day }.reduce(0) { $0 + $1.remainingHours }
      #expect(close(split.available, available) && close(split.future, future), "day \(day)")
      #expect(casemanager.hasTasks == !reference.tasks.isEmpty)
      // The casemanager sleeps until the next day a task can be worked on, never past one.
      let next = casemanager.nextWorkDay(after: day)
      #expect((next == nil) == reference.tasks.isEmpty, "day \(day)")
      if let next {
        #expect(next == day + 1 || reference.tasks.allSatisfy { $0.availableDay >= next }, "day \(day)")
      }
    }
    #expect(dropped == referenceDropped)
  }

  /// The waiting list keeps its earliest day beside the heap: after every insert, pop and
  /// removal it is the least day among the waiting tasks (`Int.max` when none).
  @Test func waitingTasksKnowTheirEarliestDay() {
    var s = RandomStream(
      seed: 11, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("waiting"))
    var waiting = WaitingTasks()
    var sequence = 0
    func earliest(_ w: WaitingTasks) -> Int { w.items.map(\.availableDay).min() ?? Int.max }
    for day in 0..<300 {
      for _ in 0..<Int(s.bounded(4)) {
        sequence += 1
        waiting.insert(
          CaseTask(
            kind: .mdo, detainee: DetaineeID(Int(s.bounded(20))), availableDay: day + Int(s.bounded(40)),
            dueDay: day + 40, remainingHours: 1, sequence: sequence))
        #expect(waiting.earliestAvailableDay == earliest(waiting))
      }
      if s.bounded(6) == 0 {
        let detainee = DetaineeID(Int(s.bounded(20)))
        waiting.removeAll { $0.detainee == detainee }
        #expect(waiting.earliestAvailableDay == earliest(waiting), "day \(day)")
      }
      while let task = waiting.popAvailable(through: day) {
        #expect(task.availableDay <= day)
        #expect(waiting.earliestAvailableDay == earliest(waiting), "day \(day)")
      }
      #expect(waiting.earliestAvailableDay > day && waiting.isEmpty == waiting.items.isEmpty, "day \(day)")
    }
  }

  /// The admissions office's release calendar frees every place once, on or after its day.
  @Test func releaseCalendarReturnsEveryReleaseOnceWhenDue() {
    var s = RandomStream(
      seed: 7, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("calendar"))
    var calendar = ReleaseCalendar()
    var pending: [(day: Int, institution: Int)] = []
    for day in 0..<500 {
      for _ in 0..<Int(s.bounded(5)) {
        let release = day + 1 + Int(s.bounded(200))
        let institution = Int(s.bounded(30))
        calendar.add(day: release, institution: institution)
        pending.append((release, institution))
      }
      let due = calendar.popDue(through: day)
      let expected = pending.filter { $0.day <= day }.map(\.institution)
      pending.removeAll { $0.day <= day }
      #expect(due.sorted() == expected.sorted(), "day \(day)")
    }
  }
}
