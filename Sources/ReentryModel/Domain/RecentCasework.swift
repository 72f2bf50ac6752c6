/// An institution's recent casework whose outcome depends on the load: the share of the plan
/// registered at each screening and the days each joint conversation waited, over all its
/// casemanagers.
///
/// The history imputed to someone inside on day 0 borrows these once the run is stationary: a
/// draw from the run's own values is what its casework gives, whatever the scenario's load.
/// Pooled over the casemanagers as the events come (a person is screened by whoever took them
/// in): the casemanager who holds a stock case is not a fair sample, since one holding many
/// long stays takes in few new cases and has a lighter list.
struct RecentCasework: Sendable {
  var registeredShares = RecentValues<Double>()
  var conversationWaits = RecentValues<Int>()

  mutating func record(_ sample: HistorySample) {
    switch sample {
    case .registeredShare(let share): registeredShares.record(share)
    case .conversationWait(let days): conversationWaits.record(days)
    }
  }
}

/// One piece of the run's load-dependent casework (see `RecentCasework`).
public enum HistorySample: Sendable {
  /// The share of a plan registered at a screening.
  case registeredShare(Double)
  /// Days a joint conversation waited on the list.
  case conversationWait(Int)
}

/// The last `capacity` values recorded, in a ring.
///
/// A draw from them, not the last one: a casemanager with time to spare finishes several
/// conversations on one day, the most recent (with the shortest wait) last.
struct RecentValues<Value: Sendable>: Sendable {
  static var capacity: Int { 64 }
  private(set) var values: [Value] = []
  private var next = 0

  mutating func record(_ value: Value) {
    if values.count < Self.capacity {
      values.append(value)
    } else {
      values[next] = value
    }
    next = (next + 1) % Self.capacity
  }

  /// The value at a uniform `u` in 0..<1 (nil when none is recorded).
  func draw(_ u: Double) -> Value? {
    values.isEmpty ? nil : values[min(values.count - 1, Int(u * Double(values.count)))]
  }
}
