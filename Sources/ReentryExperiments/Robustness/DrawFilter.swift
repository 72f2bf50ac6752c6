import ReentryModel

/// Whether a draw's base reproduces the sources: every judged figure and
/// seed pattern of `validate-model` within its tolerance (pattern-oriented
/// modelling; rejection in the manner of approximate Bayesian computation).
///
/// The figures are judged as `validate-model` judges them, on the mean over
/// the draw's replications, so a draw passes here exactly when
/// `validate-model` on its base scenario would say "yes" to every figure.
/// Reference figures (no range) are never judged.
enum DrawFilter {
  /// The ids of the figures the base misses, in `ValidationFigure.all` order; empty: keep the draw.
  static func rejections(base results: [ReplicationResult], parameters: ModelParameters) -> [String] {
    ValidationReport(results: results, parameters: parameters).rows.filter { $0.within == false }.map(\.figure.id)
  }
}
