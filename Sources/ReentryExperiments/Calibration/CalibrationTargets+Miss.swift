/// How far a world's mean lies from one calibration target, the target read as a measurement with an error.
///
/// The seeds state these figures as bands in words ("in most cases, not
/// always", "hardly", "fewer than half"), not as sharp values. Judged as
/// hard boxes, most prior worlds met every target: their distance was 0,
/// the adaptive tolerance fell to 0 after one generation and the posterior
/// was the prior. So each accepted range [a_k, b_k] is read as the source's
/// measurement uncertainty, a 95% interval around its central figure c_k
/// (the seed's own where it gives one, else the midpoint): h_k = (b_k − a_k) / 4
/// is its standard deviation, and
///
///     d_k = |s_k − c_k| / √(σ_k²/R + h_k²)
///
/// with s_k the mean over the R replications and σ_k the replication SD in
/// the base world (the Monte Carlo noise). A world at the centre misses by
/// 0 and one at the edge of the range by about 2 (without noise); every
/// world has a positive, continuous distance, so the tolerance keeps
/// shrinking. This is ABC with a measurement-error kernel: accepting within
/// a tolerance is exact inference under a model error of that size
/// (Wilkinson 2013, "Approximate Bayesian computation (ABC) gives exact
/// results under the assumption of model error"). A one-sided range (an
/// infinite bound) has no centre: inside it a world misses by 0, outside by
/// its distance to the bound over the noise σ_k/√R.
extension CalibrationTargets {
  /// The share of the range one standard deviation of the source's measurement covers: ±2 SD is the range.
  static let vaguenessShare = 0.25

  /// h_k: the standard deviation of the source's measurement, a quarter of `range`; 0 for a one-sided range.
  static func vagueness(_ range: ClosedRange<Double>) -> Double {
    let width = range.upperBound - range.lowerBound
    return width.isFinite ? width * vaguenessShare : 0
  }

  /// c_k: the source's central figure in `range` (moved with the range when it scales with the inflow),
  /// else the range's midpoint; nil for a one-sided range.
  func centre(_ k: Int, range: ClosedRange<Double>) -> Double? {
    let width = range.upperBound - range.lowerBound
    guard width.isFinite else { return nil }
    let figure = targets[k].figure
    guard let centre = figure.centre, let source = figure.range, source.upperBound > source.lowerBound else {
      return range.lowerBound + width / 2
    }
    return range.lowerBound + (centre - source.lowerBound) / (source.upperBound - source.lowerBound) * width
  }

  /// The scale `√(σ²/R + h²)` of target `k` in a world whose accepted range is `range`.
  func scale(_ k: Int, range: ClosedRange<Double>) -> Double {
    let vagueness = Self.vagueness(range)
    let noise = targets[k].noise
    let scale = (noise * noise / Double(max(1, replications)) + vagueness * vagueness).squareRoot()
    return scale > 0 ? scale : 1e-12
  }

  /// d_k of target `k` for a world whose mean is `s` and whose accepted range is `range`.
  func miss(_ k: Int, mean s: Double, range: ClosedRange<Double>) -> Double {
    let gap = centre(k, range: range).map { abs(s - $0) } ?? max(0, range.lowerBound - s, s - range.upperBound)
    return gap / scale(k, range: range)
  }
}
