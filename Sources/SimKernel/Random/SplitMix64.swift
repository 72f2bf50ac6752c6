/// A tiny, fast 64-bit generator used to turn one seed word into
/// well-mixed state, so that nearby seeds (0, 1, 2, …) give unrelated output.
///
/// This is Sebastiano Vigna's reference SplitMix64: the state advances by the
/// golden-ratio gamma and each output is the state passed through a
/// bijective finalizer. It is used to seed ``Xoshiro256StarStar`` and, via
/// ``mix(_:)``, to hash stream keys in ``RandomStream``.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The golden-ratio increment added to the state before every output.
  @usableFromInline
  internal static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The raw state; one output is produced per increment of `gamma`.
  @usableFromInline
  internal var state: UInt64

  /// Starts the sequence at `seed`; equal seeds give equal sequences.
  @inlinable
  public init(seed: UInt64) {
    state = seed
  }

  /// Advances the state and returns the next 64 pseudo-random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= Self.gamma
    return Self.finalize(state)
  }

  /// Hashes one word into a well-mixed word, so keys can be chained.
  ///
  /// Equal to the first output of `SplitMix64(seed: x)`, i.e. the finalizer
  /// applied to `x &+ gamma`.
  @inlinable
  public static func mix(_ x: UInt64) -> UInt64 {
    finalize(x &+ gamma)
  }

  /// The SplitMix64 output function (a bijection on 64-bit words).
  @inlinable
  internal static func finalize(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
