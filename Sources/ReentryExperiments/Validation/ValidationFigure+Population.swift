import ReentryModel

extension ValidationFigure {
  /// Every figure of the table, in print order.
  static let all: [ValidationFigure] =
    population + needs + casework + afterRelease + readiness + patterns + seedPatterns

  /// Volumes and lengths of stay (seeds 001, 002, 003).
  static let population: [ValidationFigure] = [
    ValidationFigure(
      id: "yearly_releases", source: "seed 002:9; seed 003:328", sourceValue: "about 25,000 to 30,000 a year",
      unit: .count, range: 25_000...30_000, tolerance: "25,000–30,000", role: .input,
      scalesWithInflow: true
    ) { r, _ in ValidationMeasure.yearlyReleases(r) },
    ValidationFigure(
      id: "stays_under_3_months", source: "seed 003:1067", sourceValue: "nearly three quarters",
      unit: .share, range: 0.65...0.75, tolerance: "65%–75%", role: .input
    ) { r, _ in ValidationMeasure.share(r) { $0.stayDays < 91 } },
    ValidationFigure(
      id: "stays_under_2_months", source: "seed 001:47", sourceValue: "most",
      unit: .share, range: 0.5...1, tolerance: "more than 50%", role: .input
    ) { r, _ in ValidationMeasure.share(r) { $0.stayDays < 61 } },
  ]

  /// Needs at entry (seed 001:587-594, undated, about 2012).
  static let needs: [ValidationFigure] = [
    need("no_id", "seed 001:589", 0.20, .id),
    need("no_housing", "seed 001:588", 0.20, .housing),
    need("no_income", "seed 001:590", 0.40, .income),
    need("debts", "seed 001:592", 0.70, .debts),
    need("care_contact", "seed 001:593", 0.31, .care),
  ]

  /// A need at entry: the source's "ca. X%", judged within 2 percentage points.
  private static func need(_ name: String, _ source: String, _ value: Double, _ condition: BasicCondition)
    -> ValidationFigure
  {
    let percent = Int((value * 100).rounded())
    return ValidationFigure(
      id: "need_\(name)_at_entry", source: source, sourceValue: "about \(percent)%", unit: .share,
      range: (value - 0.02)...(value + 0.02), tolerance: "\(percent - 2)%–\(percent + 2)%", role: .input
    ) { r, _ in ValidationMeasure.share(r) { $0.needsAtEntry.contains(condition) } }
  }
}
