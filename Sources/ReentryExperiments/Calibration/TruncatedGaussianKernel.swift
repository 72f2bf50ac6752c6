import SimKernel

/// The random-walk kernel of the sampler's moves: component-wise Gaussian, truncated to the prior's range.
///
/// Each component's standard deviation is `step` times the population's
/// weighted standard deviation of that component, so the walk takes the
/// scale of the current posterior approximation, parameter by parameter
/// (an informed parameter takes small steps, an uninformed one steps
/// across its range). Truncating instead of rejecting proposals outside the
/// prior keeps every evaluation useful; the Metropolis–Hastings ratio uses
/// the truncated density, normalised per starting point, so it stays exact.
struct TruncatedGaussianKernel: Sendable {
  let parameters: [CalibrationParameter]
  /// Kernel standard deviation per component.
  let scales: [Double]

  /// Redraws a component at most this often before clamping it (never reached unless a scale is huge).
  static let maximumTries = 1_000

  /// The kernel of a weighted population: `sd_c = step · √(weighted variance_c)`, never below a
  /// millionth of the range so a collapsed component can still move.
  init(parameters: [CalibrationParameter], population: [[Double]], weights: [Double], step: Double) {
    self.parameters = parameters
    let total = weights.reduce(0, +)
    scales = parameters.indices.map { c in
      var mean = 0.0
      for (x, w) in zip(population, weights) { mean += w / total * x[c] }
      var variance = 0.0
      for (x, w) in zip(population, weights) { variance += w / total * (x[c] - mean) * (x[c] - mean) }
      let floor = (parameters[c].upper - parameters[c].low) * 1e-6
      return max(floor, step * variance.squareRoot())
    }
  }

  /// A perturbation of `parent`, every component inside its range.
  func perturb(_ parent: [Double], stream: inout RandomStream) -> [Double] {
    parameters.indices.map { c in
      let p = parameters[c]
      for _ in 0..<Self.maximumTries {
        let x = stream.normal(mean: parent[c], sd: scales[c])
        if x >= p.low, x < p.upper { return x }
      }
      return min(p.upper.nextDown, max(p.low, parent[c]))
    }
  }

  /// log K(x | parent) up to a constant shared by every parent and proposal (−½ log 2π per component).
  func logDensity(_ x: [Double], parent: [Double]) -> Double {
    var total = 0.0
    for c in parameters.indices {
      let s = scales[c]
      let z = (x[c] - parent[c]) / s
      let mass =
        NormalDistribution.cdf((parameters[c].upper - parent[c]) / s)
        - NormalDistribution.cdf((parameters[c].low - parent[c]) / s)
      total += -0.5 * z * z - KernelMath.log(s) - KernelMath.log(max(mass, 1e-300))
    }
    return total
  }
}

/// The standard normal distribution function, from the kernel's own `exp` so it is the same on every platform.
enum NormalDistribution {
  /// Φ(z) through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).
  static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

  static func erfc(_ x: Double) -> Double {
    let z = abs(x)
    let t = 1 / (1 + 0.5 * z)
    var poly = 0.17087277
    for c in [
      -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368, -1.26551223,
    ] {
      poly = poly * t + c
    }
    let r = t * KernelMath.exp(-z * z + poly)
    return x >= 0 ? r : 2 - r
  }
}
