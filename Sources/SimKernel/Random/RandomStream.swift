/// An independent random stream named by a key, so that each part of a
/// model draws from its own sequence and changes in one part never shift
/// the numbers another part sees (common random numbers).
///
/// Every `(seed, replication, kind, entity, purpose)` tuple gives its own
/// generator: the key words are chained through ``SplitMix64/mix(_:)`` and
/// the result seeds a ``Xoshiro256StarStar``. Drawing more or fewer values
/// from one stream therefore leaves every other stream untouched, and entity
/// 812 of replication 3 sees the same draws in every scenario.
///
/// The samplers are defined here and in the `RandomStream+…` extensions;
/// each is pinned by golden-value tests, so results never depend on the
/// standard library's (explicitly unstable) random algorithms.
public struct RandomStream: Sendable {
  /// The underlying generator; all samplers consume its 64-bit outputs.
  @usableFromInline
  internal var generator: Xoshiro256StarStar

  /// Derives the stream for one key.
  ///
  /// - Parameters:
  ///   - seed: The experiment's master seed.
  ///   - replication: The replication index.
  ///   - kind: The kind of entity drawing (a hashed name).
  ///   - entity: The entity's identifier within its kind.
  ///   - purpose: What the draws are for (a hashed name).
  @inlinable
  public init(
    seed: UInt64, replication: UInt64, kind: StreamLabel, entity: UInt64,
    purpose: StreamLabel
  ) {
    var h = SplitMix64.mix(seed)
    h = SplitMix64.mix(h ^ replication)
    h = SplitMix64.mix(h ^ kind.value)
    h = SplitMix64.mix(h ^ entity)
    h = SplitMix64.mix(h ^ purpose.value)
    generator = Xoshiro256StarStar(seed: h)
  }

  /// Returns 64 raw pseudo-random bits (one draw).
  @inlinable
  public mutating func nextUInt64() -> UInt64 {
    generator.next()
  }

  /// Returns a double uniformly spaced on the 2⁻⁵³ grid in [0, 1) (one draw).
  ///
  /// Uses the top 53 bits, so every result is exact and `1 - u` never
  /// rounds to zero.
  @inlinable
  public mutating func nextDouble() -> Double {
    Double(generator.next() >> 11) * 0x1p-53
  }

  /// Returns `low + (high - low) * u` for a uniform `u` in [0, 1) (one draw).
  ///
  /// The result lies in [low, high) up to the rounding of that expression.
  @inlinable
  public mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * nextDouble()
  }

  /// Returns an unbiased integer in `0..<n`.
  ///
  /// Lemire's multiply-shift method with rejection: one draw, plus a
  /// rejected redraw with probability below `n / 2⁶⁴`.
  @inlinable
  public mutating func bounded(_ n: UInt64) -> UInt64 {
    precondition(n > 0, "bounded(_:) needs n > 0")
    var product = generator.next().multipliedFullWidth(by: n)
    if product.low < n {
      let threshold = (0 &- n) % n
      while product.low < threshold {
        product = generator.next().multipliedFullWidth(by: n)
      }
    }
    return product.high
  }

  /// Returns an unbiased integer in `range`, including both bounds.
  ///
  /// Uses ``bounded(_:)`` on the width of the range; the full `Int` range
  /// takes one raw draw.
  @inlinable
  public mutating func integer(in range: ClosedRange<Int>) -> Int {
    let width =
      UInt64(truncatingIfNeeded: range.upperBound)
      &- UInt64(truncatingIfNeeded: range.lowerBound)
    if width == .max {
      return Int(truncatingIfNeeded: generator.next())
    }
    return range.lowerBound &+ Int(truncatingIfNeeded: bounded(width &+ 1))
  }

  /// Returns `true` with probability `p` (one draw, always).
  ///
  /// `p <= 0` (or NaN) gives `false` and `p >= 1` gives `true`, but a draw
  /// is consumed in every case so the stream stays aligned when a
  /// probability is switched on or off between scenarios.
  @inlinable
  public mutating func bernoulli(_ p: Double) -> Bool {
    nextDouble() < p
  }
}
