import ReentryModel
import SimKernel

/// What a variant costs in staff for what it gains, paired replication by replication.
///
/// The advisor's question is "how many more people leave ready, and at what
/// cost in staff": each variant's extra casemanagers (FTE), extra casework
/// hours a year (available and worked), the paid hours behind them (one FTE
/// is `casemanagers.paidHoursPerWeek` paid hours, of which `hoursPerWeek` is
/// casework), extra partner hours where the model counts them, the cost of an
/// information system the variant introduces (staff-hour equivalents, an
/// assumption), extra release-ready and release-prepared people a year, and
/// the extra paid hours per additional person. Differences are paired, with
/// their t-interval, like `compare.csv`. The hours per person are a ratio of
/// two mean differences; their interval comes from the delta method and is
/// given only when the gain's own interval excludes zero, because a ratio
/// whose denominator may be zero has no meaningful interval (NA otherwise).
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
    /// Paid hours of the extra casemanagers: casework hours scaled to the full FTE.
    case extraPaidHoursPerYear = "extra_paid_hours_per_year"
    /// Partner staff hours (municipal aftercare coordinators, probation officers), when counted.
    case extraPartnerHoursPerYear = "extra_partner_hours_per_year"
    /// One-off cost of introducing an information system, in staff-hour equivalents.
    case systemIntroductionHours = "system_introduction_hours"
    /// Yearly running cost of an information system, in staff-hour equivalents.
    case systemHoursPerYear = "system_hours_per_year"
    case extraReleaseReadyPerYear = "extra_release_ready_per_year"
    case extraReleasePreparedPerYear = "extra_release_prepared_per_year"
    /// The staff cost of one more release-ready person: casework hours paid for.
    case availableHoursPerExtraReleaseReady = "casework_hours_available_per_extra_release_ready"
    case workedHoursPerExtraReleaseReady = "casework_hours_worked_per_extra_release_ready"
    /// The same in paid hours: what an extra release-ready person costs in salaries.
    case paidHoursPerExtraReleaseReady = "paid_hours_per_extra_release_ready"
    /// Paid, partner and yearly system hours together per extra release-ready person.
    case allHoursPerExtraReleaseReady = "paid_partner_system_hours_per_extra_release_ready"
    case paidHoursPerExtraReleasePrepared = "paid_hours_per_extra_release_prepared"
  }

  /// The metric the partners' hours worked a year are in (group all: aftercare coordinators and
  /// probation officers); a table without it leaves partner hours out rather than counting zero.
  package static let partnerHoursMetric = "partner_hours_worked"

  package let rows: [Row]

  /// `parameters`: the base's, then each variant's, for the paid hours per FTE and the system
  /// cost; without them (an older caller) paid hours and system cost are left out.
  package init(base: MetricTable, variants: [MetricTable], parameters: [ModelParameters] = []) {
    let fte = Metric.index(MetricName.casemanagersFTE)
    let available = Metric.index(MetricName.casemanagerHoursAvailable)
    let hours = Metric.index(MetricName.casemanagerHoursWorked)
    let ready = Metric.index(MetricName.releaseReady)
    let prepared = Metric.index(MetricName.releasePrepared)
    let releases = Metric.index(MetricName.releasesPerYear)
    let partner = Metric.all.firstIndex { $0.name == Self.partnerHoursMetric }
    /// People a year in one replication with the given share: the share times the releases.
    func perYear(_ table: MetricTable, _ r: Int, _ metric: Int) -> Double? {
      guard let share = table.values[r][metric][0], let count = table.values[r][releases][0] else { return nil }
      return share * count
    }
    let paidFactor = parameters.map(Self.paidPerCaseworkHour)
    let system = parameters.map(Self.systemCost)
    var rows: [Row] = []
    for (v, variant) in variants.enumerated() {
      var d: [Measure: [Double]] = [:]
      for r in 0..<min(base.values.count, variant.values.count) {
        guard let f0 = base.values[r][fte][0], let f1 = variant.values[r][fte][0],
          let a0 = base.values[r][available][0], let a1 = variant.values[r][available][0],
          let h0 = base.values[r][hours][0], let h1 = variant.values[r][hours][0],
          let y0 = perYear(base, r, ready), let y1 = perYear(variant, r, ready)
        else { continue }
        d[.extraCasemanagersFTE, default: []].append(f1 - f0)
        d[.extraHoursAvailablePerYear, default: []].append(a1 - a0)
        d[.extraHoursWorkedPerYear, default: []].append(h1 - h0)
        d[.extraReleaseReadyPerYear, default: []].append(y1 - y0)
        if let p0 = perYear(base, r, prepared), let p1 = perYear(variant, r, prepared) {
          d[.extraReleasePreparedPerYear, default: []].append(p1 - p0)
        }
        var all = 0.0
        if paidFactor.count == variants.count + 1 {
          let paid = a1 * paidFactor[v + 1] - a0 * paidFactor[0]
          d[.extraPaidHoursPerYear, default: []].append(paid)
          let introduction = system[v + 1].introduction - system[0].introduction
          let yearly = system[v + 1].yearly - system[0].yearly
          d[.systemIntroductionHours, default: []].append(introduction)
          d[.systemHoursPerYear, default: []].append(yearly)
          all += paid + yearly
        }
        if let partner, let q0 = base.values[r][partner][0], let q1 = variant.values[r][partner][0] {
          d[.extraPartnerHoursPerYear, default: []].append(q1 - q0)
          all += q1 - q0
        }
        if paidFactor.count == variants.count + 1 { d[.allHoursPerExtraReleaseReady, default: []].append(all) }
      }
      for measure in [
        Measure.extraCasemanagersFTE, .extraHoursAvailablePerYear, .extraHoursWorkedPerYear, .extraPaidHoursPerYear,
        .extraPartnerHoursPerYear, .systemIntroductionHours, .systemHoursPerYear, .extraReleaseReadyPerYear,
        .extraReleasePreparedPerYear,
      ] {
        guard let values = d[measure] else { continue }
        let s = Summary(values)
        rows.append(Row(variant: v, measure: measure, mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh, n: s.n))
      }
      let gain = d[.extraReleaseReadyPerYear] ?? []
      rows.append(
        Self.ratio(.availableHoursPerExtraReleaseReady, variant: v, d[.extraHoursAvailablePerYear] ?? [], gain))
      rows.append(Self.ratio(.workedHoursPerExtraReleaseReady, variant: v, d[.extraHoursWorkedPerYear] ?? [], gain))
      if let paid = d[.extraPaidHoursPerYear] {
        rows.append(Self.ratio(.paidHoursPerExtraReleaseReady, variant: v, paid, gain))
        rows.append(Self.ratio(.allHoursPerExtraReleaseReady, variant: v, d[.allHoursPerExtraReleaseReady] ?? [], gain))
        if let gained = d[.extraReleasePreparedPerYear], gained.count == paid.count {
          rows.append(Self.ratio(.paidHoursPerExtraReleasePrepared, variant: v, paid, gained))
        }
      }
    }
    self.rows = rows
  }

  /// Paid hours per casework hour: one FTE's paid week over its casework week.
  static func paidPerCaseworkHour(_ p: ModelParameters) -> Double {
    p.casemanagers.hoursPerWeek > 0 ? p.casemanagers.paidHoursPerWeek / p.casemanagers.hoursPerWeek : 0
  }

  /// The information system a scenario runs: its introduction (one-off) and yearly hours.
  static func systemCost(_ p: ModelParameters) -> (introduction: Double, yearly: Double) {
    let info = p.information
    return info.sharedSystem ? (info.sharedSystemIntroductionHours, info.sharedSystemYearlyHours) : (0, 0)
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
