/// Incremental SHA-256, so large outputs can be digested while they are
/// written instead of being held in memory twice.
///
/// FIPS 180-4. Feed bytes with `update` in any split; ``finalize()`` pads,
/// returns the 32-byte digest and ends the hasher's use (further calls
/// trap).
///
/// Written for throughput without platform code: the state lives in the
/// struct (no array, no reference counting), a partial block waits in a
/// fixed 64-byte buffer, and whole blocks are compressed straight from the
/// caller's bytes, eight rounds a pass with the working words renamed
/// rather than moved (as portable C implementations do).
public struct SHA256Hasher: Sendable {
  /// The eight working hash words H0…H7.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A,
    0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19
  )
  /// Bytes waiting for a full 64-byte block: the first `pendingCount` of these 64.
  private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
  private var pendingCount = 0
  /// The total message length so far, in bytes.
  private var length: UInt64 = 0
  private var finished = false

  /// Starts a new digest.
  public init() {}

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    precondition(!finished, "SHA256Hasher used after finalize()")
    guard var next = bytes.baseAddress, bytes.count > 0 else { return }
    var remaining = bytes.count
    length &+= UInt64(remaining)
    if pendingCount > 0 {
      let take = min(64 - pendingCount, remaining)
      let at = pendingCount
      withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: at).copyMemory(from: next, byteCount: take) }
      pendingCount += take
      next += take
      remaining -= take
      if pendingCount < 64 { return }
      var block = pending
      withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
      pendingCount = 0
    }
    if remaining >= 64 {
      compress(next, blocks: remaining / 64)
      next += remaining / 64 * 64
      remaining %= 64
    }
    if remaining > 0 {
      let from = next
      withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: from, byteCount: remaining) }
      pendingCount = remaining
    }
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Pads the message and returns its 32-byte digest; the hasher cannot be
  /// used afterwards.
  public mutating func finalize() -> [UInt8] {
    precondition(!finished, "SHA256Hasher finalized twice")
    let bitLength = length &* 8
    var tail: [UInt8] = [0x80]
    let padding = (64 + 56 - (pendingCount + 1) % 64) % 64
    tail.append(contentsOf: repeatElement(0, count: padding))
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBytes { update($0) }
    precondition(pendingCount == 0)
    finished = true
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    for word in words {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// Processes `blocks` consecutive 64-byte blocks at `data` into `state`.
  private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
    var (h0, h1, h2, h3, h4, h5, h6, h7) = state
    SHA256Hasher.roundConstants.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for block in 0..<blocks {
          let base = data + 64 * block
          for t in 0..<16 {
            w[t] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
          }
          for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
          }
          // Eight rounds a pass, the working words renamed instead of moved.
          var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
          for t in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
            round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
            round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
            round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
            round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
            round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
            round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
          }
          h0 &+= a
          h1 &+= b
          h2 &+= c
          h3 &+= d
          h4 &+= e
          h5 &+= f
          h6 &+= g
          h7 &+= h
        }
      }
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }

  /// The first 32 bits of the fractional parts of the cube roots of the
  /// first 64 primes (FIPS 180-4 §4.2.2).
  private static let roundConstants: [UInt32] = [
    0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5,
    0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
    0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3,
    0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
    0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC,
    0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
    0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7,
    0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
    0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13,
    0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
    0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3,
    0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
    0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5,
    0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
    0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208,
    0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
  ]
}

/// One SHA-256 round (FIPS 180-4 §6.2.2 step 3) with the working words
/// passed in their current roles: adds T1 into `d` and leaves T1 + T2 in `h`,
/// which become the new `e` and `a` when the roles shift by one.
@inline(__always)
private func round(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
  _ h: inout UInt32, _ kw: UInt32
) {
  let choice = g ^ (e & (f ^ g))
  let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ choice &+ kw
  let majority = (a & b) | (c & (a | b))
  d &+= t1
  h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ majority
}

/// Rotates `x` right by `n` bits (0 < n < 32).
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x &>> n) | (x &<< (32 &- n))
}
