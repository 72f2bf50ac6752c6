/// Which way a metric improves, declared with the metric in the catalog so
/// that `compare` can count the replications in which a variant does better
/// and every reader of results agrees on what "better" means.
///
/// Shares of things done and case conferences are better higher; waits are
/// better lower. Utilisation and releases per year describe the system
/// rather than a good outcome, so they have no direction.
public enum MetricDirection: Sendable, Equatable {
  case higherIsBetter, lowerIsBetter, none

  /// Whether `variant` is strictly better than `base`; nil without a direction.
  package func better(_ variant: Double, than base: Double) -> Bool? {
    switch self {
    case .higherIsBetter: return variant > base
    case .lowerIsBetter: return variant < base
    case .none: return nil
    }
  }
}
