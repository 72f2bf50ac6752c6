/// One-call SHA-256 digests for manifests, so outputs can be verified
/// byte-for-byte without depending on a platform crypto library.
///
/// FIPS 180-4 SHA-256, implemented by ``SHA256Hasher``.
public enum SHA256 {
  /// The 32-byte SHA-256 digest of `bytes`.
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var hasher = SHA256Hasher()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    lowercaseHex(hash(bytes))
  }

  /// The SHA-256 digest of the UTF-8 encoding of `string` as 64 lowercase
  /// hex digits.
  public static func hex(_ string: String) -> String {
    hex(Array(string.utf8))
  }

  /// Encodes `bytes` (e.g. a digest from ``SHA256Hasher/finalize()``) as
  /// lowercase hex, two digits per byte, without hashing them.
  public static func lowercaseHex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
