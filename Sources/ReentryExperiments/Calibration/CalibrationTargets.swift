import ReentryModel
import SimKernel

/// The figures calibration fits and checks, and the distance of a world to the fitted ones.
///
/// Only calibration targets enter the distance; held-out patterns are
/// measured alongside for the posterior predictive check and never weigh
/// on a particle; inputs restate parameters and are left out. Each target
/// misses by `d_k = |s_k − c_k| / √(σ_k²/R + h_k²)` (see `miss`): the
/// accepted range is read as the source's measurement uncertainty around
/// its central figure c_k, not as a box. The distance is the root mean
/// square of the d_k (a Euclidean norm scaled by the number of targets),
/// never a maximum.
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

  /// The distance and kept values of a world's replications.
  func evaluate(_ results: [ReplicationResult], parameters: ModelParameters) -> ABCEvaluation {
    let context = ValidationContext(parameters: parameters)
    var misses: [Double] = []
    var values: [Double] = []
    for (k, target) in targets.enumerated() {
      let row = ValidationRow(target.figure, results: results, context: context)
      values.append(row.summary.mean)
      guard let range = row.range, row.summary.n > 0 else {
        misses.append(.infinity)
        continue
      }
      misses.append(miss(k, mean: row.summary.mean, range: range))
    }
    var shares: [Double] = []
    for figure in heldOut {
      let row = ValidationRow(figure, results: results, context: context)
      values.append(row.within == true ? 1 : 0)
      let measured = results.compactMap { figure.measure($0, context) }.filter(\.isFinite)
      let holding = measured.filter { value in row.range.map { $0.contains(value) } ?? false }.count
      shares.append(measured.isEmpty ? .nan : Double(holding) / Double(measured.count))
    }
    return ABCEvaluation(distance: distance(misses: misses), values: values + shares)
  }

  /// The root mean square of the targets' misses: 0 without targets, infinite when a target could not be measured.
  func distance(misses: [Double]) -> Double {
    guard !misses.isEmpty else { return 0 }
    return (misses.reduce(0.0) { $0 + $1 * $1 } / Double(misses.count)).squareRoot()
  }
}
