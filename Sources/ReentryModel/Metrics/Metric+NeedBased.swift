extension Metric {
  /// Shares among those who needed help, beside the shares of all releases.
  ///
  /// `id_ok` counts "not needed" as in order, so it answers "how many leave
  /// with an ID" (92% in the baseline) but not "how many of those who lacked
  /// one got one" (about 60%). A condition is needed when it was missing at
  /// entry or lost during detention (`needsAtRelease`), and these metrics
  /// divide by exactly those releases, so a reader quoting help received
  /// quotes these.
  static let needBased: [Metric] =
    [
      Metric(
        name: "release_ready_among_needing", unit: "share", label: "Release-ready (of those who needed help)",
        direction: .higherIsBetter, headline: true,
        description:
          "Of releases that needed at least one basic condition (at entry or lost in detention), the share "
          + "with every needed condition in order"
      ) { r, _, _ in
        share(r) { $0.needsAtRelease.isEmpty ? nil : $0.releaseReady }
      }
    ]
    + BasicCondition.allCases.map { condition in
      Metric(
        name: "\(condition.name)_ok_among_needing", unit: "share",
        label: "\(label(condition)) in order (of those who needed it)", direction: .higherIsBetter, headline: true,
        description:
          "Of releases that needed \(condition.name) (missing at entry or lost in detention), the share "
          + "with \(condition.name) in order at release"
      ) { r, _, _ in
        share(r) { $0.needsAtRelease.contains(condition) ? $0.inOrder.contains(condition) : nil }
      }
    }
}
