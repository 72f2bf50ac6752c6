/// A detainee's number within a replication: the admissions office numbers the
/// initial stock and then every admission in order, from 0.
///
/// A plain `Int` inside, so it costs nothing; ordered by that number, so every
/// ordering key that uses it orders as before. It keys the detainee's own
/// random streams, so the same number gets the same person in every scenario.
public struct DetaineeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The number, as written to `releases.csv` and used to derive random streams.
  public let raw: Int

  @inlinable public init(_ raw: Int) { self.raw = raw }

  /// The `k`-th person a partner already serves at the start (a supervision or a place on
  /// the waiting list): not a simulated detainee, so numbered below zero, where no detainee
  /// shares their number or streams.
  public static func synthetic(_ k: Int) -> DetaineeID { DetaineeID(-1 - k) }

  @inlinable public static func < (a: DetaineeID, b: DetaineeID) -> Bool { a.raw < b.raw }

  public var description: String { String(raw) }
}
