/// A partner's weekly hours for detainees' cases (a municipality's aftercare coordinators, or
/// probation's officers for the detention phase), and what they worked inside the measured window.
///
/// Seed 003 names the partners' workload as a reason collaboration fails (VNG in footnotes 6
/// and 53: "ook de coördinatoren nazorg te maken hebben met werkdruk"). A week's hours renew on
/// its first day. An item starts when any hours are left this week and may run over; the
/// overrun comes out of the next week's hours, so a partner never works more than its hours
/// over a fortnight, and one with no hours at all takes on nothing it can decline.
struct PartnerHours: Sendable {
  let perWeek: Double
  let window: Range<Int>
  /// The week the hours left belong to (`day / 7`).
  private var week = Int.min
  private var left = 0.0
  /// Hours worked on days inside the measured window.
  private(set) var worked = 0.0

  init(perWeek: Double, window: Range<Int>) {
    self.perWeek = max(0, perWeek)
    self.window = window
  }

  /// Hours left in the week of `day` (negative after an overrun).
  mutating func left(on day: Int) -> Double {
    roll(to: day)
    return left
  }

  /// Takes `hours` for an item the partner may decline or put off: only when hours are left
  /// this week. Returns whether it was taken.
  mutating func take(_ hours: Double, on day: Int) -> Bool {
    roll(to: day)
    guard hours <= 0 || left > 0 else { return false }
    spend(hours, on: day)
    return true
  }

  /// Charges hours the partner spends whatever is left (a meeting it was already at); a
  /// partner with no hours at all has nobody to send, so nothing is charged.
  mutating func charge(_ hours: Double, on day: Int) {
    guard perWeek > 0 else { return }
    roll(to: day)
    spend(hours, on: day)
  }

  /// Hours available inside the measured window.
  var available: Double { perWeek * Double(window.count) / 7 }

  /// The first day of the week after `day`, when the hours renew.
  static func nextWeek(after day: Int) -> Int { (day / 7 + 1) * 7 }

  private mutating func spend(_ hours: Double, on day: Int) {
    left -= hours
    if window.contains(day) { worked += hours }
  }

  private mutating func roll(to day: Int) {
    let current = day / 7
    guard current != week else { return }
    // Only last week's overrun carries over; an idle week in between absorbed it.
    let carried = current == week + 1 ? min(0, left) : 0
    left = perWeek + carried
    week = current
  }
}

/// Partner hours of one replication, summed in a fixed order: the coordinators of each
/// municipality size class, and probation's officers.
public struct PartnerHoursTally: Sendable, Equatable {
  /// By `SizeClass.rawValue`.
  public var coordinatorsWorked = [Double](repeating: 0, count: SizeClass.allCases.count)
  public var coordinatorsAvailable = [Double](repeating: 0, count: SizeClass.allCases.count)
  public var probationWorked = 0.0
  public var probationAvailable = 0.0

  public init() {}

  mutating func add(_ hours: PartnerHours, size: SizeClass) {
    coordinatorsWorked[size.rawValue] += hours.worked
    coordinatorsAvailable[size.rawValue] += hours.available
  }
}
