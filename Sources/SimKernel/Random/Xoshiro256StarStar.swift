/// The workhorse generator: fast, 256 bits of state, and fully specified by
/// its reference C code, so its output never changes with the Swift version.
///
/// This is Blackman and Vigna's xoshiro256** 1.0. Unlike the standard
/// library's system generator it is seedable and reproducible,
/// which the determinism contract requires.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
  @usableFromInline internal var s0: UInt64
  @usableFromInline internal var s1: UInt64
  @usableFromInline internal var s2: UInt64
  @usableFromInline internal var s3: UInt64

  /// Seeds the four state words from consecutive ``SplitMix64`` outputs,
  /// as the reference recommends, so any 64-bit seed gives a good state.
  @inlinable
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Sets the raw state words `(s[0], s[1], s[2], s[3])`, for reproducing
  /// reference outputs; the all-zero state is a fixed point and is rejected.
  @inlinable
  public init(state: (UInt64, UInt64, UInt64, UInt64)) {
    precondition(
      state.0 | state.1 | state.2 | state.3 != 0,
      "xoshiro256** state must not be all zero")
    (s0, s1, s2, s3) = state
  }

  /// Returns the next 64 pseudo-random bits and advances the state.
  @inlinable
  public mutating func next() -> UInt64 {
    let result = Self.rotl(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotl(s3, 45)
    return result
  }

  /// Rotates `x` left by `k` bits (0 < k < 64).
  @inlinable
  internal static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x &<< k) | (x &>> (64 &- k))
  }
}
