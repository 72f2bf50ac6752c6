/// The names of the metrics that code reads one by one, as the result files
/// spell them, so a renamed metric breaks the build or a test rather than a
/// table that quietly shows nothing.
///
/// The catalog (`Metric.all`) declares every metric; these are the ones the
/// experiments, the terminal tables and the report look up by name.
public enum MetricName {
  /// The headline: the share of releases with every needed basic condition in order.
  public static let releaseReady = "release_ready"
  /// The same among those who needed help with at least one condition.
  public static let releaseReadyAmongNeeding = "release_ready_among_needing"
  /// Every needed condition in order or handed over to a named partner with a start date.
  public static let releasePrepared = "release_prepared"
  public static let releasePreparedAmongNeeding = "release_prepared_among_needing"
  public static let releasesPerYear = "releases_per_year"
  public static let casemanagersFTE = "casemanagers_fte"
  public static let casemanagerHoursAvailable = "casemanager_hours_available"
  public static let casemanagerHoursWorked = "casemanager_hours_worked"

  /// Every constant above, for the test that each names a metric of the catalog.
  public static let all = [
    releaseReady, releaseReadyAmongNeeding, releasePrepared, releasePreparedAmongNeeding, releasesPerYear,
    casemanagersFTE, casemanagerHoursAvailable,
    casemanagerHoursWorked,
  ]
}

extension Metric {
  /// The position of metric `name` in `Metric.all`; a name the catalog lacks is a programming
  /// error, so it stops here rather than reading another metric's column.
  package static func index(_ name: String) -> Int {
    guard let i = all.firstIndex(where: { $0.name == name }) else {
      preconditionFailure("the metric catalog has no \(name)")
    }
    return i
  }
}
