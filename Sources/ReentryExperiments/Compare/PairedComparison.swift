import ReentryModel
import SimKernel

/// Paired differences between a base and its variants, replication by replication.
///
/// Base and variants run with the same seed, so replication r of each sees
/// the same detainees (common random numbers). Differencing within a
/// replication cancels that shared noise, which is why the interval of the
/// paired difference is far narrower than one from two independent samples.
/// Only replications where both values exist are paired; base and variant
/// means are taken over those same replications, so `diff.mean` equals
/// `variantMean − baseMean` up to rounding.
package struct PairedComparison: Sendable {
  let base: MetricTable
  let variants: [MetricTable]

  package init(base: MetricTable, variants: [MetricTable]) {
    self.base = base
    self.variants = variants
  }

  /// The pairs (replication, base value, variant value) for one metric and group.
  static func pairs(_ base: MetricTable, _ variant: MetricTable, metric m: Int, group g: Int)
    -> [(replication: Int, base: Double, variant: Double)]
  {
    var pairs: [(replication: Int, base: Double, variant: Double)] = []
    for r in 0..<min(base.values.count, variant.values.count) {
      guard let b = base.values[r][m][g], let v = variant.values[r][m][g] else { continue }
      pairs.append((r, b, v))
    }
    return pairs
  }

  /// One row per metric × group × variant with at least one pair, in catalog order.
  package var rows: [ComparisonRow] {
    var rows: [ComparisonRow] = []
    for (m, metric) in Metric.all.enumerated() {
      let direction = metric.direction
      for (g, group) in Group.all.enumerated() {
        for (v, variant) in variants.enumerated() {
          let pairs = Self.pairs(base, variant, metric: m, group: g)
          guard !pairs.isEmpty else { continue }
          let better = pairs.compactMap { direction.better($0.variant, than: $0.base) }
          rows.append(
            ComparisonRow(
              metric: metric.name, group: group.name, variant: v,
              baseMean: Summary(pairs.map(\.base)).mean, variantMean: Summary(pairs.map(\.variant)).mean,
              difference: Summary(pairs.map { $0.variant - $0.base }),
              shareBetter: better.isEmpty ? nil : Double(better.filter { $0 }.count) / Double(better.count)))
        }
      }
    }
    return rows
  }
}

/// A metric for a group: base and variant means and their paired difference.
package struct ComparisonRow: Sendable {
  package let metric: String
  package let group: String
  /// Index of the variant among the compared variants.
  package let variant: Int
  package let baseMean: Double
  let variantMean: Double
  /// Summary of variant − base over the paired replications (n = number of pairs).
  package let difference: Summary
  /// Share of paired replications in which the variant does strictly better; nil without a direction.
  let shareBetter: Double?
}
