import Testing

@testable import ReentryModel

/// Every metric name that code looks up by constant is a metric of the catalog.
@Suite struct MetricNameTests {
  @Test(arguments: MetricName.all)
  func theConstantNamesACatalogMetric(_ name: String) {
    #expect(Metric.named(name) != nil, "\(name)")
    #expect(Metric.all[Metric.index(name)].name == name)
  }
}
