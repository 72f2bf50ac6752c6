import ReentryModel

/// The columns of a summary: a metric for a group over replications.
///
/// `summary.csv` of a run has exactly these; a sweep's `sweep.csv` and its
/// point files have the varied parameters first, then these; `summary.json`
/// uses the same names as the keys of its rows. Declared once here, for the
/// writers (`RunFiles`, `SweepPointFile`) and the readers (the report, the
/// terminal sweep table).
package enum SummaryColumn: String, CSVColumn {
  case metric, group, mean, sd
  case ciLow = "ci_low"
  case ciHigh = "ci_high"
  case n

  /// The cell of this column for `row`, as every summary file writes it (six decimals, "NA" for no value).
  package func cell(_ row: SummaryRow) -> String {
    let s = row.summary
    switch self {
    case .metric: return row.metric
    case .group: return row.group
    case .mean: return TextFormat.decimal(s.mean)
    case .sd: return TextFormat.decimal(s.sd)
    case .ciLow: return TextFormat.decimal(s.ciLow)
    case .ciHigh: return TextFormat.decimal(s.ciHigh)
    case .n: return String(s.n)
    }
  }
}

extension CSVLayout where Column == SummaryColumn {
  /// `summary.csv` of a run.
  package static var summary: Self { Self() }

  /// `sweep.csv` and the point files of a sweep: the varied parameters by path, then the summary columns.
  package static func sweep(varying paths: [String]) -> Self { Self(leading: paths) }
}
