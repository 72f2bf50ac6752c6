/// A piecewise-uniform distribution read straight from binned data
/// (e.g. a published table of durations), so empirical inputs need no
/// parametric fit.
///
/// Bin `i` covers `[edges[i], edges[i + 1])` and carries `weights[i]`;
/// within a bin the density is flat.
public struct HistogramDistribution: Sendable {
  /// The bin boundaries, strictly increasing.
  public let edges: [Double]

  @usableFromInline
  internal let bins: CategoricalDistribution

  /// The probability mass below each edge (0 at the first, 1 at the last).
  private let cumulative: [Double]

  /// Builds the distribution from bin edges and bin weights.
  ///
  /// - Throws: ``DistributionError`` unless `edges` are finite, strictly
  ///   increasing and number `weights.count + 1`, and the weights are valid
  ///   for ``CategoricalDistribution``.
  public init(edges: [Double], weights: [Double]) throws {
    guard edges.count == weights.count + 1 else {
      throw DistributionError(
        "histogram has \(edges.count) edges for \(weights.count) weights; need weights.count + 1")
    }
    for (index, edge) in edges.enumerated() {
      guard edge.isFinite else {
        throw DistributionError("histogram edge at index \(index) is \(edge); edges must be finite")
      }
      if index > 0 && !(edges[index - 1] < edge) {
        throw DistributionError(
          "histogram edge at index \(index) is \(edge), not above \(edges[index - 1]); "
            + "edges must be strictly increasing")
      }
    }
    self.edges = edges
    bins = try CategoricalDistribution(weights: weights)
    var running = 0.0
    var cumulative = [0.0]
    for p in bins.probabilities.dropLast() {
      running += p
      cumulative.append(running)
    }
    cumulative.append(1)
    self.cumulative = cumulative
  }

  /// Draws a value: a bin by ``CategoricalDistribution/sample(_:)``, then a
  /// uniform point in that bin by ``RandomStream/uniform(_:_:)``.
  @inlinable
  public func sample(_ stream: inout RandomStream) -> Double {
    let bin = bins.sample(&stream)
    return stream.uniform(edges[bin], edges[bin + 1])
  }

  /// The exact mean: each bin's probability times its midpoint, summed in
  /// bin order.
  public var mean: Double {
    var total = 0.0
    for (bin, p) in bins.probabilities.enumerated() {
      total += p * (edges[bin] + edges[bin + 1]) / 2
    }
    return total
  }

  /// The probability of a value at or below `x` (linear within a bin).
  public func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= edges[0] { return 0 }
    if x >= edges[edges.count - 1] { return 1 }
    // Binary search for the bin with edges[bin] <= x < edges[bin + 1].
    var low = 0
    var high = edges.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if edges[middle] <= x { low = middle } else { high = middle }
    }
    let fraction = (x - edges[low]) / (edges[low + 1] - edges[low])
    return cumulative[low] + bins.probabilities[low] * fraction
  }
}
