extension Metric {
  /// Ready, or prepared and handed over: seed 003 §6.3 counts leaving "met de basisvoorwaarden
  /// op orde of met passende begeleiding", so beside `release_ready` these count a condition
  /// whose work a named partner took over with a start date (see `ReleaseRecord.arranged`).
  /// A short stay can rarely finish a condition, but it can hand one over.
  static let prepared: [Metric] =
    [
      Metric(
        name: MetricName.releasePrepared, unit: "share", label: "Release-prepared", direction: .higherIsBetter,
        headline: true,
        description:
          "Share of all releases with every needed basic condition in order or arranged (handed over to a "
          + "named partner with a start date; nothing needed counts as prepared)"
      ) { r, _, _ in
        share(r) { $0.releasePrepared }
      },
      Metric(
        name: MetricName.releasePreparedAmongNeeding, unit: "share",
        label: "Release-prepared (of those who needed help)", direction: .higherIsBetter, headline: true,
        description:
          "Of releases that needed at least one basic condition, the share with every needed condition in "
          + "order or arranged"
      ) { r, _, _ in
        share(r) { $0.needsAtRelease.isEmpty ? nil : $0.releasePrepared }
      },
    ]
    + BasicCondition.allCases.map { condition in
      Metric(
        name: "\(condition.name)_arranged_among_needing", unit: "share",
        label: "\(label(condition)) in order or arranged (of those who needed it)", direction: .higherIsBetter,
        description:
          "Of releases that needed \(condition.name), the share with \(condition.name) in order or handed over "
          + "to a named partner with a start date"
      ) { r, _, _ in
        share(r) { $0.needsAtRelease.contains(condition) ? $0.arranged.contains(condition) : nil }
      }
    }
}
