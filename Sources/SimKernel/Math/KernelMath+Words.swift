/// Exact access to the two 32-bit halves of a double, the way fdlibm reads
/// and writes them (`__HI`, `__LO`), so the ports can follow the C line by line.
extension KernelMath {
  /// The sign, exponent and top 20 significand bits, as a signed word.
  @inlinable @inline(__always)
  static func highWord(_ x: Double) -> Int32 {
    Int32(truncatingIfNeeded: x.bitPattern >> 32)
  }

  /// The low 32 significand bits.
  @inlinable @inline(__always)
  static func lowWord(_ x: Double) -> UInt32 {
    UInt32(truncatingIfNeeded: x.bitPattern)
  }

  /// `x` with its high word replaced.
  @inlinable @inline(__always)
  static func replacingHighWord(_ x: Double, with high: Int32) -> Double {
    Double(bitPattern: UInt64(UInt32(bitPattern: high)) << 32 | (x.bitPattern & 0xFFFF_FFFF))
  }

  /// The double whose high word is `high` and whose low word is zero.
  @inlinable @inline(__always)
  static func fromHighWord(_ high: Int32) -> Double {
    Double(bitPattern: UInt64(UInt32(bitPattern: high)) << 32)
  }

  /// `x` with its low word cleared: a head with 21 significand bits whose
  /// products with other such heads are exact.
  @inlinable @inline(__always)
  static func clearingLowWord(_ x: Double) -> Double {
    Double(bitPattern: x.bitPattern & 0xFFFF_FFFF_0000_0000)
  }
}
