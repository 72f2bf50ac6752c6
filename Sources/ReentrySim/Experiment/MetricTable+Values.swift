/// Builds a metric table from values already evaluated, so a sweep can drop
/// each replication's release records as soon as its metrics are known.
extension MetricTable {
  /// `values[replication][metric][group]`, in replication order.
  init(values: [[[Double?]]]) {
    self.values = values
  }
}
