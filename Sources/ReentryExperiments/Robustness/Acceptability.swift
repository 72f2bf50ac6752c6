/// A cost-effectiveness acceptability curve (Fenwick, Claxton & Sculpher 2001):
/// the probability that each option is the best buy at a value λ of one more
/// person leaving release-ready, in paid casework hours.
///
/// In world i option v's net benefit is NB = λ·(extra release-ready people
/// a year) − (extra casework hours paid a year), the baseline's 0; the best
/// buy is the option with the highest NB (a tie shares the world). At λ = 0
/// the cheapest option wins; as λ grows, the one that adds most people.
package enum Acceptability {
  /// The values of λ (paid hours per extra release-ready person) the curve is given at.
  package static let values: [Double] = [
    0, 25, 50, 100, 150, 200, 300, 400, 500, 750, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000,
  ]

  /// `gains[i][v]`: option v's (extra people, extra hours) in world i, the baseline included as (0, 0).
  /// Returns `shares[l][v]`: the share of worlds in which v is the best buy at `values[l]`.
  package static func curve(_ gains: [[(people: Double, hours: Double)]], values: [Double] = values) -> [[Double]] {
    let options = gains.first?.count ?? 0
    return values.map { lambda in
      var shares = [Double](repeating: 0, count: options)
      guard !gains.isEmpty else { return shares }
      for world in gains {
        let benefit = world.map { lambda * $0.people - $0.hours }
        let best = benefit.max()!
        let winners = benefit.indices.filter { benefit[$0] == best }
        for v in winners { shares[v] += 1 / Double(winners.count) }
      }
      return shares.map { $0 / Double(gains.count) }
    }
  }
}
