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

  init(fixedStaff: Int?, norm: Int, pool: Int) {
    self.fixedStaff = fixedStaff
    self.norm = norm
    self.pool = pool
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

  /// Ends a case; staffed to the norm, a casemanager left without cases may leave.
  mutating func endCase(casemanager slot: Int, on day: Int, hours: HoursBook) {
    index.remove(slot, load: caseloads[slot])
    caseloads[slot] -= 1
    index.insert(slot, load: caseloads[slot])
    if fixedStaff == nil { retireIfIdle(slot, on: day, hours: hours) }
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
