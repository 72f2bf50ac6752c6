/// The columns of `cost.csv`: per variant, each staff-cost measure with its
/// mean and 95% interval over the paired replications (see `StaffCost`).
package enum CostColumn: String, CSVColumn {
  case variant, measure, mean
  case ciLow = "ci_low"
  case ciHigh = "ci_high"
  case n
}

extension CSVLayout where Column == CostColumn {
  /// `cost.csv`.
  package static var cost: Self { Self() }
}
