import ReentryModel
import SimKernel

/// What a variant costs in staff for what it gains, paired replication by replication.
///
/// The advisor's question is "how many more people leave ready, and at what
/// cost in staff": each variant's extra casemanagers (FTE), extra casework
/// hours a year (available, i.e. paid for, and actually worked), extra
/// release-ready people a year, and the extra hours per additional
/// release-ready person. Differences are paired, with their t-interval, like
/// `compare.csv`. The hours per person are a ratio of two mean differences;
/// their interval comes from the delta method and is given only when the
/// gain's own interval excludes zero, because a ratio whose denominator may
/// be zero has no meaningful interval (NA otherwise).
package struct StaffCost: Sendable {
  /// One measure of one variant's cost.
  package struct Row: Sendable {
    package let variant: Int
    package let measure: Measure
    package let mean: Double
    package let ciLow: Double
    package let ciHigh: Double
    package let n: Int
  }

  /// The measures, in output order; the raw value is the name in `cost.csv`.
  package enum Measure: String, CaseIterable, Sendable {
    case extraCasemanagersFTE = "extra_casemanagers_fte"
    case extraHoursAvailablePerYear = "extra_casework_hours_available_per_year"
    case extraHoursWorkedPerYear = "extra_casework_hours_worked_per_year"
    case extraReleaseReadyPerYear = "extra_release_ready_per_year"
    /// The staff cost of one more release-ready person: hours paid for.
    case availableHoursPerExtraReleaseReady = "casework_hours_available_per_extra_release_ready"
    case workedHoursPerExtraReleaseReady = "casework_hours_worked_per_extra_release_ready"
  }

  package let rows: [Row]

  package init(base: MetricTable, variants: [MetricTable]) {
    let fte = Metric.index(MetricName.casemanagersFTE)
    let available = Metric.index(MetricName.casemanagerHoursAvailable)
    let hours = Metric.index(MetricName.casemanagerHoursWorked)
    let ready = Metric.index(MetricName.releaseReady)
    let releases = Metric.index(MetricName.releasesPerYear)
    /// Release-ready people a year in one replication: the share times the releases.
    func readyPerYear(_ table: MetricTable, _ r: Int) -> Double? {
      guard let share = table.values[r][ready][0], let count = table.values[r][releases][0] else { return nil }
      return share * count
    }
    var rows: [Row] = []
    for (v, variant) in variants.enumerated() {
      var dFTE: [Double] = []
      var dAvailable: [Double] = []
      var dHours: [Double] = []
      var dReady: [Double] = []
      for r in 0..<min(base.values.count, variant.values.count) {
        guard let f0 = base.values[r][fte][0], let f1 = variant.values[r][fte][0],
          let a0 = base.values[r][available][0], let a1 = variant.values[r][available][0],
          let h0 = base.values[r][hours][0], let h1 = variant.values[r][hours][0],
          let y0 = readyPerYear(base, r), let y1 = readyPerYear(variant, r)
        else { continue }
        dFTE.append(f1 - f0)
        dAvailable.append(a1 - a0)
        dHours.append(h1 - h0)
        dReady.append(y1 - y0)
      }
      for (measure, values) in [
        (Measure.extraCasemanagersFTE, dFTE), (.extraHoursAvailablePerYear, dAvailable),
        (.extraHoursWorkedPerYear, dHours), (.extraReleaseReadyPerYear, dReady),
      ] {
        let s = Summary(values)
        rows.append(Row(variant: v, measure: measure, mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh, n: s.n))
      }
      rows.append(Self.ratio(.availableHoursPerExtraReleaseReady, variant: v, dAvailable, dReady))
      rows.append(Self.ratio(.workedHoursPerExtraReleaseReady, variant: v, dHours, dReady))
    }
    self.rows = rows
  }

  /// Extra hours per extra release-ready person: mean(Δhours) / mean(Δready), with a
  /// delta-method interval when the gain is clearly non-zero.
  static func ratio(_ measure: Measure, variant v: Int, _ a: [Double], _ b: [Double]) -> Row {
    let sa = Summary(a)
    let sb = Summary(b)
    let n = sa.n
    guard n > 0, sb.mean > 0 else {
      return Row(variant: v, measure: measure, mean: .nan, ciLow: .nan, ciHigh: .nan, n: n)
    }
    let r = sa.mean / sb.mean
    guard n > 1, sb.ciLow > 0 else {
      return Row(variant: v, measure: measure, mean: r, ciLow: .nan, ciHigh: .nan, n: n)
    }
    var covariance = 0.0
    for i in 0..<n { covariance += (a[i] - sa.mean) * (b[i] - sb.mean) }
    covariance /= Double(n - 1)
    let variance = (sa.sd * sa.sd - 2 * r * covariance + r * r * sb.sd * sb.sd) / (Double(n) * sb.mean * sb.mean)
    let half = StudentT.quantile975(degreesOfFreedom: n - 1) * max(0, variance).squareRoot()
    return Row(variant: v, measure: measure, mean: r, ciLow: r - half, ciHigh: r + half, n: n)
  }
}
