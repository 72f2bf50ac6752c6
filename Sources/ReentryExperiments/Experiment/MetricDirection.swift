import ReentryModel

/// Which way a metric improves, so `compare` can count the replications in
/// which a variant does better.
///
/// Shares of things done (conditions in order, contact, deadlines met) and
/// case conferences are better higher; waits are better lower. Utilisation
/// and releases per year describe the system rather than a good outcome, so
/// they have no direction, and neither has a metric this table does not know.
enum MetricDirection: Sendable, Equatable {
  case higherIsBetter, lowerIsBetter, none

  static func of(_ metric: String) -> MetricDirection {
    switch metric {
    case "release_ready", "municipal_contact", "case_conferences": return .higherIsBetter
    case "probation_wait_days", "care_wait_days", "days_to_income", "days_without_housing": return .lowerIsBetter
    case "casemanager_utilisation", "releases_per_year": return .none
    default:
      if metric.hasSuffix("_ok") || metric.hasSuffix("_on_time") { return .higherIsBetter }
      if metric.hasSuffix("_days") { return .lowerIsBetter }
      return .none
    }
  }

  /// Whether `variant` is strictly better than `base`; nil without a direction.
  func better(_ variant: Double, than base: Double) -> Bool? {
    switch self {
    case .higherIsBetter: return variant > base
    case .lowerIsBetter: return variant < base
    case .none: return nil
    }
  }
}
