/// Shard K of N of a sweep: the points whose index mod N is K − 1.
///
/// A fixed rule of the point index alone, so shards run on different
/// machines partition the points without talking to each other, and every
/// point belongs to exactly one shard.
package struct SweepShard: Sendable, Equatable, CustomStringConvertible {
  /// 1-based shard number.
  let k: Int
  let n: Int

  package static let whole = SweepShard(k: 1, n: 1)

  /// Parses "K/N" with 1 ≤ K ≤ N; nil otherwise.
  package init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= SweepRange.maximumPoints,
      (1...n).contains(k)
    else { return nil }
    self.init(k: k, n: n)
  }

  init(k: Int, n: Int) {
    self.k = k
    self.n = n
  }

  package var isWhole: Bool { n == 1 }
  package var description: String { "\(k)/\(n)" }

  func contains(_ point: Int) -> Bool { point % n == k - 1 }

  /// This shard's points among `count`, in point order.
  func points(of count: Int) -> [Int] { Array(stride(from: k - 1, to: count, by: n)) }
}
