/// A simulated day, counted from the start of the run (day 0), or `never`.
///
/// A plain `Int` inside, so it costs nothing and orders as the number did. The sentinels
/// have names, and arithmetic on them traps (Swift's overflow check) instead of
/// producing a day that looks real: `Day.never + 1` stops the run.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The day's number, as written to the outputs and used to key random streams.
  public let raw: Int

  @inlinable public init(_ raw: Int) { self.raw = raw }

  /// Something that did not happen (or will not): later than every real day.
  public static let never = Day(Int.max)

  /// For people a partner already serves or has waiting at the start: earlier than every day
  /// of the run, yet far enough from `Int.min` that the day counts taken from it stay finite.
  public static let beforeTheRun = Day(Int.min / 2)

  /// The day `days` after this one; traps on `never`-plus-something rather than wrapping.
  @inlinable public static func + (day: Day, days: Int) -> Day { Day(day.raw + days) }

  /// The day `days` before this one.
  @inlinable public static func - (day: Day, days: Int) -> Day { Day(day.raw - days) }

  /// The number of days from `b` to `a`.
  @inlinable public static func - (a: Day, b: Day) -> Int { a.raw - b.raw }

  @inlinable public static func < (a: Day, b: Day) -> Bool { a.raw < b.raw }

  public var description: String { self == .never ? "never" : String(raw) }
}
