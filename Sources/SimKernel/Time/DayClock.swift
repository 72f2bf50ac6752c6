/// Maps simulated day indices to weekdays and working days in O(1), because
/// service deadlines are counted in working days while the simulation
/// steps in calendar days.
///
/// Days are `Int` indices (negative days are allowed); weekdays are numbered
/// 0 = Monday … 6 = Sunday, Monday–Friday are working days, weeks start on
/// Monday. Public holidays are not modelled.
public struct DayClock: Sendable, Equatable {
  /// The weekday of day 0 (0 = Monday … 6 = Sunday).
  public let firstWeekday: Int

  /// Creates a clock whose day 0 falls on `firstWeekday` (Monday by default).
  public init(firstWeekday: Int = 0) {
    precondition((0..<7).contains(firstWeekday), "firstWeekday must be in 0...6")
    self.firstWeekday = firstWeekday
  }

  /// The weekday of `day`: 0 = Monday … 6 = Sunday.
  @inlinable
  public func weekday(_ day: Int) -> Int {
    Self.floorMod(day + firstWeekday, 7)
  }

  /// Whether `day` is a working day (Monday to Friday).
  @inlinable
  public func isWorkingDay(_ day: Int) -> Bool {
    weekday(day) < 5
  }

  /// The index of the Monday-to-Sunday week holding `day`; week 0 holds
  /// day 0, and days before it get negative weeks (floor division).
  @inlinable
  public func week(_ day: Int) -> Int {
    Self.floorDiv(day + firstWeekday, 7)
  }

  /// The number of working days in the half-open interval `[from, to)`;
  /// 0 when `to <= from`.
  @inlinable
  public func workingDays(from: Int, to: Int) -> Int {
    guard to > from else { return 0 }
    return workingDaysBefore(to) - workingDaysBefore(from)
  }

  /// The deadline day for something due "within `n` working days" of `day`.
  ///
  /// Convention: the earliest working day `D >= day` such that at least `n`
  /// working days lie in `(day, D]`; the day itself never counts. So:
  /// - `n == 0` gives `day` if it is a working day, else the next working day;
  /// - `n >= 1` gives the `n`-th working day strictly after `day`, e.g. from
  ///   Monday, 1 → Tuesday, 5 → next Monday, 10 → Monday two weeks on; from
  ///   Friday, Saturday or Sunday, 1 → the following Monday.
  @inlinable
  public func addingWorkingDays(_ n: Int, to day: Int) -> Int {
    precondition(n >= 0, "addingWorkingDays needs n >= 0")
    let index = n == 0 ? workingDaysBefore(day) : workingDaysBefore(day + 1) + n - 1
    return workingDay(withIndex: index)
  }

  /// Working days in `[origin, day)` counted from the Monday-based origin
  /// `-firstWeekday`; negative for days before the origin.
  @inlinable
  internal func workingDaysBefore(_ day: Int) -> Int {
    let shifted = day + firstWeekday
    return 5 * Self.floorDiv(shifted, 7) + min(Self.floorMod(shifted, 7), 5)
  }

  /// The day of the working day numbered `index` in the order counted by
  /// `workingDaysBefore` (its inverse on working days).
  @inlinable
  internal func workingDay(withIndex index: Int) -> Int {
    7 * Self.floorDiv(index, 5) + Self.floorMod(index, 5) - firstWeekday
  }

  @inlinable
  internal static func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  @inlinable
  internal static func floorMod(_ a: Int, _ b: Int) -> Int {
    let r = a % b
    return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
  }
}
