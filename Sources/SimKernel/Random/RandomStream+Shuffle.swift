/// Shuffling with our own pinned algorithm, because the standard library's
/// `shuffle(using:)` may change between Swift versions.
extension RandomStream {
  /// Shuffles `array` in place by Fisher–Yates (Durstenfeld's version).
  ///
  /// For `i` from `count − 1` down to 1 it swaps element `i` with element
  /// `bounded(i + 1)`; that is `count − 1` bounded draws (none for fewer
  /// than two elements).
  @inlinable
  public mutating func shuffle<T>(_ array: inout [T]) {
    var i = array.count - 1
    while i > 0 {
      let j = Int(truncatingIfNeeded: bounded(UInt64(i + 1)))
      array.swapAt(i, j)
      i -= 1
    }
  }
}
