/// The columns of `paths.csv`: per variant, each separable path's contribution to a metric for
/// a group, with its paired 95% interval (see `PathSplit`).
package enum PathColumn: String, CSVColumn {
  case variant, path, metric, group, mean
  case ciLow = "ci_low"
  case ciHigh = "ci_high"
  case n
}

extension CSVLayout where Column == PathColumn {
  /// `paths.csv`.
  package static var paths: Self { Self() }
}
