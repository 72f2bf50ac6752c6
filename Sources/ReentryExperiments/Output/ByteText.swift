/// Appends output text straight to a byte buffer: integers, six-decimal
/// numbers, flags and ASCII words, with no `String` in between.
///
/// The row files (`releases.csv`, `timeseries.csv`) are several megabytes a
/// replication; building each cell as a `String` and joining them cost more
/// than the hashing. These produce exactly the bytes of the `TextFormat`
/// functions of the same name (a test compares them over many values), so
/// the files and their pinned digests do not change.
package enum ByteText {
  /// The decimal digits of `value`, with a minus sign when negative (as `String(value)`).
  @inline(__always)
  package static func int(_ value: Int, to out: inout [UInt8]) {
    if value >= 0 && value < 10 {
      out.append(0x30 &+ UInt8(truncatingIfNeeded: value))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { out.append(0x2D) }
    // At most 20 digits for a UInt64; written right to left.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var i = buffer.count
      repeat {
        i -= 1
        buffer[i] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: buffer[i...])
    }
  }

  /// `TextFormat.decimal`: six decimals, "NA" for NaN and infinities, never "-0.000000".
  package static func decimal(_ x: Double, to out: inout [UInt8]) {
    guard x.isFinite else {
      out.append(contentsOf: [0x4E, 0x41])
      return
    }
    // Within ±1e9 the scaled value is an exact integer N and the double
    // nearest N / 10^6 prints as N / 10^6 to six places, so the digits of N
    // are those of "%.6f". Larger magnitudes take the C library's path.
    let scaled = (x * 1e6).rounded()
    guard abs(x) < 1e9 else {
      out.append(contentsOf: TextFormat.decimal(x).utf8)
      return
    }
    let n = Int(scaled)
    if n == 0 {
      out.append(contentsOf: [0x30, 0x2E, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30])
      return
    }
    if n < 0 { out.append(0x2D) }
    let m = n.magnitude
    int(Int(m / 1_000_000), to: &out)
    out.append(0x2E)
    var fraction = m % 1_000_000
    var digits: (UInt32, UInt16) = (0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      for i in stride(from: 5, through: 0, by: -1) {
        buffer[i] = 0x30 &+ UInt8(truncatingIfNeeded: fraction % 10)
        fraction /= 10
      }
      out.append(contentsOf: buffer[0..<6])
    }
  }

  /// "1" or "0" (`TextFormat.flag`).
  @inline(__always)
  package static func flag(_ value: Bool, to out: inout [UInt8]) {
    out.append(value ? 0x31 : 0x30)
  }

  /// "1", "0" or "NA" for nil (`TextFormat.flag`).
  @inline(__always)
  package static func flag(_ value: Bool?, to out: inout [UInt8]) {
    if let value { flag(value, to: &out) } else { na(to: &out) }
  }

  /// A day, or "NA" for one that never came (`TextFormat.day`).
  @inline(__always)
  static func day(_ day: Int, never: Int, to out: inout [UInt8]) {
    if day == never { na(to: &out) } else { int(day, to: &out) }
  }

  /// An integer or "NA" (`TextFormat.optional`).
  @inline(__always)
  static func optional(_ value: Int?, to out: inout [UInt8]) {
    if let value { int(value, to: &out) } else { na(to: &out) }
  }

  @inline(__always)
  static func na(to out: inout [UInt8]) {
    out.append(0x4E)
    out.append(0x41)
  }
}
