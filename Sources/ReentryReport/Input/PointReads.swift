import Foundation

/// Counts the sweep points a report reads, so a test can check that the
/// work of a report grows with the number of points and not faster.
///
/// A sweep report of 10,000 points once re-read every point for each point
/// it drew, and took hours; a count of reads shows such a rescan at any size,
/// where a timing would need the large sweep and a quiet machine.
final class PointReads: @unchecked Sendable {
  private let lock = NSLock()
  private var total = 0

  /// The points read so far.
  var count: Int { lock.withLock { total } }

  func add(_ points: Int) {
    lock.withLock { total += points }
  }
}
