import Testing

@testable import ReentryModel

/// Every metric declares what readers need to know about it in the catalog:
/// a label, which way is better, and whether it is a headline metric.
@Suite struct MetricCatalogTests {
  @Test func everyMetricHasAUniqueNameAndLabel() {
    #expect(Set(Metric.all.map(\.name)).count == Metric.all.count)
    #expect(Set(Metric.all.map(\.label)).count == Metric.all.count)
    for metric in Metric.all {
      #expect(!metric.label.isEmpty && metric.label != metric.name, "\(metric.name) has no label of its own")
      #expect(!metric.unit.isEmpty && !metric.description.isEmpty, "\(metric.name)")
      #expect(Metric.named(metric.name)?.name == metric.name)
    }
    #expect(Metric.named("no_such_metric") == nil)
  }

  /// Shares of things done are better higher, waits lower; utilisation (casemanagers' and
  /// partners') and releases per year describe the system and have no direction.
  @Test func everyMetricDeclaresADirection() {
    for metric in Metric.all {
      let expected: MetricDirection =
        switch metric.unit {
        case "days": .lowerIsBetter
        // Needing extra support after release (a lost social network) is a share to keep low.
        case "share" where metric.name == "extra_support_needed": .lowerIsBetter
        // Leaving the care waiting list without a place is a share to keep low.
        case "share" where metric.name == "care_waiting_left": .lowerIsBetter
        case "share" where !metric.name.hasSuffix("_utilisation"): .higherIsBetter
        // A conference nobody joined is neither good nor bad in itself: it describes the chain.
        case "per release" where metric.name != "case_conferences_without_partner": .higherIsBetter
        default: .none
        }
      #expect(metric.direction == expected, "\(metric.name)")
    }
    #expect(Metric.named("releases_per_year")?.direction == MetricDirection.none)
  }

  @Test func headlineMetricsAreReleaseReadinessTheConditionsAndContact() {
    #expect(
      Metric.headline == [
        "release_ready", "id_ok", "housing_ok", "income_ok", "debts_ok", "care_ok",
        "release_ready_among_needing", "id_ok_among_needing", "housing_ok_among_needing", "income_ok_among_needing",
        "debts_ok_among_needing", "care_ok_among_needing", "release_prepared", "release_prepared_among_needing",
        "municipal_contact",
      ])
    #expect(Metric.named("id_ok")?.label == "ID in order (all releases)")
    #expect(Metric.named("id_ok_among_needing")?.label == "ID in order (of those who needed it)")
  }
}
