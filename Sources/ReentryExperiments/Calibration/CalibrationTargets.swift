import ReentryModel
import SimKernel

/// The figures calibration fits and checks, and the distance of a world to the fitted ones.
///
/// Only calibration targets enter the distance; held-out patterns are
/// measured alongside for the posterior predictive check and never weigh
/// on a particle; inputs restate parameters and are left out. Each target
/// misses by `d_k = max(0, a_k − s_k, s_k − b_k) / √(σ_k²/R + h_k²)`, with
/// s_k the mean over the R replications, [a_k, b_k] its accepted range,
/// σ_k the replication SD in the base world (the Monte Carlo noise) and
/// h_k a tenth of the range (the source's own vagueness), so a world is not
/// rejected for noise alone. The distance is the root mean square of the
/// d_k (a Euclidean norm scaled by the number of targets), never a maximum.
package struct CalibrationTargets: Sendable {
  /// A target with its noise: the replication SD in the base world and the resulting scale.
  package struct Target: Sendable {
    let figure: ValidationFigure
    /// Replication SD of the figure in the base world.
    package let noise: Double
  }

  package let targets: [Target]
  let heldOut: [ValidationFigure]
  /// Replications per evaluation (R in the scale).
  let replications: Int

  /// The targets and held-out patterns that have a range, with the noise of each target measured on `pilot`.
  init(pilot: [ReplicationResult], parameters: ModelParameters, replications: Int) {
    let context = ValidationContext(parameters: parameters)
    targets = ValidationFigure.all.filter { $0.role == .calibrationTarget && $0.range != nil }.map { figure in
      let sd = Summary(pilot.compactMap { figure.measure($0, context) }.filter(\.isFinite)).sd
      return Target(figure: figure, noise: sd.isFinite ? sd : 0)
    }
    heldOut = ValidationFigure.all.filter { $0.role == .heldOut && $0.range != nil }
    self.replications = replications
  }

  init(targets: [Target], heldOut: [ValidationFigure], replications: Int) {
    self.targets = targets
    self.heldOut = heldOut
    self.replications = replications
  }

  /// The columns an evaluation keeps: each target's mean, then per held-out pattern whether it holds
  /// on the mean (1 or 0) and the share of replications in which it holds.
  var valueColumns: [String] {
    targets.map(\.figure.id) + heldOut.map { "\($0.id):holds" } + heldOut.map { "\($0.id):share" }
  }

  /// The scale `√(σ²/R + h²)` of target `k` in a world whose accepted range is `range`.
  func scale(_ k: Int, range: ClosedRange<Double>) -> Double {
    let width = range.upperBound - range.lowerBound
    let vagueness = width.isFinite ? width / 10 : 0
    let noise = targets[k].noise
    let scale = (noise * noise / Double(max(1, replications)) + vagueness * vagueness).squareRoot()
    return scale > 0 ? scale : 1e-12
  }

  /// The distance and kept values of a world's replications.
  func evaluate(_ results: [ReplicationResult], parameters: ModelParameters) -> ABCEvaluation {
    let context = ValidationContext(parameters: parameters)
    var squares = 0.0
    var values: [Double] = []
    for (k, target) in targets.enumerated() {
      let row = ValidationRow(target.figure, results: results, context: context)
      values.append(row.summary.mean)
      guard let range = row.range, row.summary.n > 0 else {
        squares = .infinity
        continue
      }
      let s = row.summary.mean
      let miss = max(0, range.lowerBound - s, s - range.upperBound) / scale(k, range: range)
      squares += miss * miss
    }
    var shares: [Double] = []
    for figure in heldOut {
      let row = ValidationRow(figure, results: results, context: context)
      values.append(row.within == true ? 1 : 0)
      let measured = results.compactMap { figure.measure($0, context) }.filter(\.isFinite)
      let holding = measured.filter { value in row.range.map { $0.contains(value) } ?? false }.count
      shares.append(measured.isEmpty ? .nan : Double(holding) / Double(measured.count))
    }
    let distance = targets.isEmpty ? 0 : (squares / Double(targets.count)).squareRoot()
    return ABCEvaluation(distance: distance, values: values + shares)
  }
}
