/// A name for a stream component, hashed once so that hot code passes a
/// word around instead of re-hashing a string on every stream construction.
///
/// Build labels once, e.g. `static let arrivals = StreamLabel("arrivals")`.
/// The hash is 64-bit FNV-1a over the UTF-8 bytes, which is fixed forever
/// (unlike Swift's per-process seeded `Hasher`).
public struct StreamLabel: Hashable, Sendable {
  /// The 64-bit word mixed into stream keys.
  public let value: UInt64

  /// Hashes `name` with 64-bit FNV-1a over its UTF-8 bytes.
  public init(_ name: String) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    value = hash
  }

  /// Uses `raw` as the label word directly, e.g. for numeric categories.
  public init(raw: UInt64) {
    value = raw
  }
}
