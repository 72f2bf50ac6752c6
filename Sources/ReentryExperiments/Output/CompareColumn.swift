/// The columns of `compare.csv`: a metric for a group, base and variant means
/// over the paired replications and their paired difference.
///
/// `compare.json` uses the same names as the keys of its rows. Declared once
/// here, for the writer (`CompareFiles`) and the report's reader; the report
/// treats `share_better` as optional, so comparisons written before it load too.
package enum CompareColumn: String, CSVColumn {
  case metric, group, variant
  case baseMean = "base_mean"
  case variantMean = "variant_mean"
  case diffMean = "diff_mean"
  case diffCILow = "diff_ci_low"
  case diffCIHigh = "diff_ci_high"
  case n
  case shareBetter = "share_better"
}

extension CSVLayout where Column == CompareColumn {
  /// `compare.csv`.
  package static var compare: Self { Self() }
}
