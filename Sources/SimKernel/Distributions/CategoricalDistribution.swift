/// Draws a category index from fixed weights in constant time, so that
/// large categorical choices stay cheap in the hot path.
///
/// Built with Vose's variant of Walker's alias method. Construction visits
/// the weights in array order, so the table, and therefore every sample,
/// is fully determined by the weights. Categories with weight zero are
/// never returned.
public struct CategoricalDistribution: Sendable {
  /// One column of the alias table: keep the column's own index when the
  /// uniform is below `threshold`, otherwise return `alias`.
  @usableFromInline
  internal struct Column: Sendable {
    @usableFromInline internal var threshold: Double
    @usableFromInline internal var alias: Int
  }

  @usableFromInline
  internal let columns: [Column]

  /// The normalised weights (each weight divided by their sum).
  public let probabilities: [Double]

  /// Builds the alias table.
  ///
  /// - Throws: ``DistributionError`` if `weights` is empty, contains a
  ///   negative, NaN or infinite weight, or sums to zero (or overflows).
  public init(weights: [Double]) throws {
    guard !weights.isEmpty else {
      throw DistributionError("categorical weights must not be empty")
    }
    var total = 0.0
    for (index, weight) in weights.enumerated() {
      guard weight.isFinite, weight >= 0 else {
        throw DistributionError(
          "categorical weight at index \(index) is \(weight); weights must be finite and >= 0")
      }
      total += weight
    }
    guard total > 0, total.isFinite else {
      throw DistributionError(
        "categorical weights sum to \(total); need a positive, finite sum")
    }
    probabilities = weights.map { $0 / total }
    columns = Self.aliasTable(probabilities)
  }

  /// Returns a category index in `0..<probabilities.count`.
  ///
  /// Uses one ``RandomStream/bounded(_:)`` draw to pick a column, then one
  /// ``RandomStream/nextDouble()`` to choose between the column and its
  /// alias: two draws, plus the rare rejection redraw inside `bounded`.
  @inlinable
  public func sample(_ stream: inout RandomStream) -> Int {
    let index = Int(truncatingIfNeeded: stream.bounded(UInt64(columns.count)))
    let u = stream.nextDouble()
    let column = columns[index]
    return u < column.threshold ? index : column.alias
  }

  /// Vose's construction: pair each under-full column with an over-full
  /// one, processing both work lists as stacks in index order.
  private static func aliasTable(_ probabilities: [Double]) -> [Column] {
    let count = probabilities.count
    var scaled = probabilities.map { $0 * Double(count) }
    var columns = (0..<count).map { Column(threshold: 1, alias: $0) }
    var small: [Int] = []
    var large: [Int] = []
    for index in (0..<count).reversed() {
      if scaled[index] < 1 { small.append(index) } else { large.append(index) }
    }
    while !small.isEmpty && !large.isEmpty {
      let less = small.removeLast()
      let more = large.removeLast()
      columns[less] = Column(threshold: scaled[less], alias: more)
      scaled[more] = (scaled[more] + scaled[less]) - 1
      if scaled[more] < 1 { small.append(more) } else { large.append(more) }
    }
    // Whatever is left is full up to rounding and keeps threshold 1 — except
    // that a zero-weight category must never be returned, whatever rounding did.
    let fallback = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
    for index in 0..<count where probabilities[index] == 0 {
      if columns[index].threshold > 0 || probabilities[columns[index].alias] == 0 {
        columns[index] = Column(threshold: 0, alias: fallback)
      }
    }
    return columns
  }
}
