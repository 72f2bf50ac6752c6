import SimKernel

/// Metric values per replication and their summary over replications.
public struct MetricTable: Sendable {
  /// `values[replication][metric][group]`; nil where the metric is undefined for the group.
  public let values: [[[Double?]]]

  public init(_ results: [ReplicationResult]) {
    values = results.map(Self.evaluate)
  }

  /// A table from values already evaluated, so a sweep can drop each
  /// replication's release records as soon as its metrics are known;
  /// `values[replication][metric][group]`, in replication order.
  package init(values: [[[Double?]]]) {
    self.values = values
  }

  /// Evaluates every metric for every group of one replication.
  package static func evaluate(_ result: ReplicationResult) -> [[Double?]] {
    let groups = Group.all.map { group in result.records.filter(group.contains) }
    return Metric.all.map { metric in
      groups.indices.map { g in metric.value(groups[g], result, g == 0) }
    }
  }

  /// One row per metric × group that has at least one value, in catalog order.
  public var rows: [SummaryRow] {
    var rows: [SummaryRow] = []
    for (m, metric) in Metric.all.enumerated() {
      for (g, group) in Group.all.enumerated() {
        let column = values.compactMap { $0[m][g] }
        guard !column.isEmpty else { continue }
        rows.append(SummaryRow(metric: metric.name, group: group.name, summary: Summary(column)))
      }
    }
    return rows
  }
}

/// A metric for a group, summarised over replications.
public struct SummaryRow: Sendable {
  public let metric: String
  public let group: String
  public let summary: Summary
}
