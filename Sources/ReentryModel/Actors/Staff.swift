import SimKernel

/// An institution's casemanagers as its management sees them: who is on staff, with what
/// caseload, and the hours they had for casework.
///
/// The casemanagers themselves are actors (`CasemanagerActor`) holding their cases and work
/// lists; the institution assigns each admission to one and keeps the counts here, so
/// assignment needs no round trip.
struct Staff: Sendable {
  /// Fixed staff size, or nil when staffed to the norm.
  let fixedStaff: Int?
  let norm: Int
  /// Casemanager actors the institution may draw on (see `ExpectedLoad.casemanagerPools`).
  let pool: Int
  private(set) var caseloads: [Int] = []
  private(set) var active: [Bool] = []
  /// The day each active casemanager joined the staff, for the hours available.
  private var activeSince: [Int] = []
  /// Active casemanagers by caseload, for cheap assignment.
  private var index = CaseloadIndex()
  /// Casework hours available inside the measured window to casemanagers no longer on staff.
  private var closedHours = 0.0
  /// Highest caseload any casemanager here ever held (the norm check of the tests).
  private(set) var maxCaseloadEver = 0

  /// Staffed to the norm with handovers: free places, in caseloads, the others must keep after a
  /// casemanager leaves and hands their cases over; nil: a casemanager leaves only at zero cases.
  let handoverSpare: Double?

  init(fixedStaff: Int?, norm: Int, pool: Int, handoverSpare: Double? = nil) {
    self.fixedStaff = fixedStaff
    self.norm = norm
    self.pool = pool
    self.handoverSpare = fixedStaff == nil ? handoverSpare : nil
    if let fixedStaff {
      for slot in 0..<fixedStaff { hire(slot: slot, on: 0) }
    }
  }

  var count: Int { caseloads.count }

  /// Staffed to the norm: the least-loaded casemanager under the norm, hiring when none is;
  /// fixed staff: the least-loaded casemanager, whatever the load.
  mutating func assign(on day: Int) -> Int {
    let limit = fixedStaff == nil ? norm : Int.max
    let best: Int
    if let found = index.leastLoaded(below: limit) {
      best = found
    } else if let idle = active.firstIndex(of: false) {
      best = idle
      active[idle] = true
      activeSince[idle] = day
      index.insert(idle, load: caseloads[idle])
    } else {
      precondition(count < pool, "casemanager pool of \(pool) exhausted")
      best = count
      hire(slot: best, on: day)
    }
    index.remove(best, load: caseloads[best])
    caseloads[best] += 1
    index.insert(best, load: caseloads[best])
    maxCaseloadEver = max(maxCaseloadEver, caseloads[best])
    return best
  }

  /// Ends a case; staffed to the norm without handovers, a casemanager left without cases may
  /// leave (with handovers, see `nextLeaver()`).
  mutating func endCase(casemanager slot: Int, on day: Int, hours: HoursBook) {
    index.remove(slot, load: caseloads[slot])
    caseloads[slot] -= 1
    index.insert(slot, load: caseloads[slot])
    if fixedStaff == nil, handoverSpare == nil { retireIfIdle(slot, on: day, hours: hours) }
  }

  /// With handovers: the casemanager the caseload no longer needs, taken off the assignment
  /// list so that no case goes to them; nil while the others could not hold the whole caseload
  /// under the norm with `handoverSpare` caseloads to spare.
  ///
  /// The least-loaded leaves (lowest index on ties): the fewest cases change hands. The spare
  /// places keep a dip of a few days from letting someone go who is hired back next week.
  mutating func nextLeaver() -> Int? {
    guard let handoverSpare, let leaver = index.leastLoaded(below: Int.max) else { return nil }
    let spare = (index.activeCount - 1) * norm - index.totalCaseload
    guard Double(spare) >= handoverSpare * Double(norm) else { return nil }
    index.remove(leaver, load: caseloads[leaver])
    return leaver
  }

  /// Moves one case of `leaver` to the least-loaded casemanager under the norm; returns who
  /// takes it. `nextLeaver()` left room for every case of the leaver.
  mutating func handOverCase(from leaver: Int) -> Int {
    guard let taker = index.leastLoaded(below: norm) else {
      preconditionFailure("no casemanager under the norm to take over a case of \(leaver)")
    }
    caseloads[leaver] -= 1
    index.remove(taker, load: caseloads[taker])
    caseloads[taker] += 1
    index.insert(taker, load: caseloads[taker])
    return taker
  }

  /// The leaver, whose cases are all handed over, leaves the staff.
  mutating func letGo(_ leaver: Int, on day: Int, hours: HoursBook) {
    precondition(caseloads[leaver] == 0, "casemanager \(leaver) leaves with \(caseloads[leaver]) cases")
    active[leaver] = false
    closedHours += hours.available(from: activeSince[leaver], to: day)
  }

  /// Hours available inside the measured window to everyone ever on staff, up to `day`.
  func hoursAvailable(through day: Int, hours: HoursBook) -> Double {
    var total = closedHours
    for slot in 0..<count where active[slot] { total += hours.available(from: activeSince[slot], to: day) }
    return total
  }

  private mutating func hire(slot: Int, on day: Int) {
    caseloads.append(0)
    active.append(true)
    activeSince.append(day)
    index.insert(slot, load: 0)
  }

  /// An empty casemanager leaves when the others can absorb a full caseload.
  private mutating func retireIfIdle(_ slot: Int, on day: Int, hours: HoursBook) {
    guard active[slot], caseloads[slot] == 0 else { return }
    // Free places among the other active casemanagers (this one has caseload 0).
    let spare = (index.activeCount - 1) * norm - index.totalCaseload
    guard spare >= norm else { return }
    active[slot] = false
    index.remove(slot, load: 0)
    closedHours += hours.available(from: activeSince[slot], to: day)
  }
}

/// Casework hours a casemanager on staff has: a fifth of the weekly hours each working day,
/// counted inside the measured window.
struct HoursBook: Sendable {
  let perDay: Double
  let window: Range<Int>
  let clock = DayClock()

  /// Hours over the working days in `from..<to` inside the window.
  func available(from: Int, to: Int) -> Double {
    let lo = max(from, window.lowerBound)
    let hi = min(to, window.upperBound)
    guard lo < hi else { return 0 }
    var days = 0
    for day in lo..<hi where clock.isWorkingDay(day) { days += 1 }
    return Double(days) * perDay
  }
}
