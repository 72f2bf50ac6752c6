import SimKernel

/// Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al. 2009),
/// with an adaptive tolerance (Del Moral, Doucet & Jasra 2012).
///
/// Generation 0 draws from the uniform prior and accepts every proposal the
/// model can run. Generation t sets ε_t to the `quantile` of generation
/// t − 1's distances, proposes by drawing a parent by weight and perturbing
/// it with the truncated Gaussian kernel, and accepts a proposal when its
/// distance is at most ε_t; its weight is π(θ) / Σ_j w_j K(θ | θ_j),
/// normalised (the uniform prior is constant inside the range). Once ε_t
/// is 0 (half the population at distance 0, possible only when every
/// target is one-sided) generation t proposes from the prior with equal
/// weights, exact rejection ABC, and is the last.
///
/// Determinism: proposal i of generation t draws from its own stream keyed
/// by (seed, t, i); proposals are evaluated in rounds of `particles`
/// (whatever `jobs` is) and the first `particles` accepted in proposal
/// order form the population. So the result depends on neither `jobs` nor
/// the order evaluations finish, and an evaluation already on disk
/// (`--resume`) is simply read back by its index.
package struct ABCSampler: Sendable {
  package let parameters: [CalibrationParameter]
  package let particles: Int
  package let generations: Int
  package let seed: UInt64
  /// The share of the previous generation's distances below the next tolerance.
  package var quantile = 0.5
  /// Rounds of `particles` proposals a generation may use: acceptance below 1 / rounds stops the calibration.
  package var maximumRounds = 50

  /// Runs (or reads back) one proposal; nil when another shard evaluates it and has not yet.
  package typealias Evaluate =
    @Sendable (_ generation: Int, _ proposal: Int, _ theta: [Double]) async throws
    -> ABCEvaluation?

  /// A round lacks evaluations that other shards run: the sampler cannot go on until they are on disk.
  package struct Waiting: Error, Equatable {
    package let generation: Int
    /// Proposals of the round still missing.
    package let missing: Int
  }

  package init(parameters: [CalibrationParameter], particles: Int, generations: Int, seed: UInt64) {
    self.parameters = parameters
    self.particles = particles
    self.generations = generations
    self.seed = seed
  }

  static let proposalLabel = StreamLabel("calibration-proposal")

  /// The stream of proposal `i` of generation `t`.
  func stream(generation t: Int, proposal i: Int) -> RandomStream {
    RandomStream(
      seed: seed, replication: UInt64(t), kind: Self.proposalLabel, entity: UInt64(i), purpose: .init(raw: 0))
  }

  /// The tolerance of the generation after `previous`: the `quantile` of its distances.
  func tolerance(after previous: ABCGeneration) -> Double {
    let sorted = previous.particles.map(\.evaluation.distance).sorted()
    guard !sorted.isEmpty else { return .infinity }
    let position = Int((quantile * Double(sorted.count - 1)).rounded(.down))
    return sorted[position]
  }

  /// Proposal `i` of generation `t`: from the prior in generation 0, else a perturbed parent.
  func proposal(generation t: Int, index i: Int, previous: ABCGeneration?, kernel: TruncatedGaussianKernel?)
    -> [Double]
  {
    var stream = stream(generation: t, proposal: i)
    guard let previous, let kernel else { return parameters.map { stream.uniform($0.low, $0.upper) } }
    let u = stream.nextDouble()
    var cumulative = 0.0
    var parent = previous.particles[previous.particles.count - 1]
    for particle in previous.particles {
      cumulative += particle.weight
      if u < cumulative {
        parent = particle
        break
      }
    }
    return kernel.perturb(parent.theta, stream: &stream)
  }

  /// Runs every generation; `evaluate` runs (or reads back) one proposal. Stops early when a generation
  /// cannot fill its population within the round limit (it is returned, marked incomplete). Throws
  /// `Waiting` after a round whose every available proposal was evaluated but some were not available.
  package func run(
    jobs: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, evaluate: @escaping Evaluate
  ) async throws -> [ABCGeneration] {
    var result: [ABCGeneration] = []
    for t in 0..<generations {
      let previous = result.last
      let kernel = previous.map {
        TruncatedGaussianKernel(
          parameters: parameters, population: $0.particles.map(\.theta), weights: $0.particles.map(\.weight))
      }
      let tolerance = previous.map(tolerance(after:)) ?? .infinity
      // A zero tolerance means at least half the last population lies inside every (one-sided) target: rejection
      // from the prior is then exact, accepts often, and keeps equal weights (the kernel's would only degenerate).
      let fromPrior = tolerance == 0
      var accepted: [ABCParticle] = []
      var evaluated = 0
      var within = 0
      var round = 0
      while accepted.count < particles, round < maximumRounds {
        let start = round * particles
        let thetas = (0..<particles).map {
          proposal(generation: t, index: start + $0, previous: fromPrior ? nil : previous, kernel: kernel)
        }
        let evaluations = try await OrderedWork(count: particles, jobs: jobs).results(progress: progress) { i in
          try await evaluate(t, start + i, thetas[i])
        }
        let missing = evaluations.filter { $0 == nil }.count
        guard missing == 0 else { throw Waiting(generation: t, missing: missing) }
        evaluated += particles
        for (i, evaluation) in evaluations.compactMap({ $0 }).enumerated() {
          guard evaluation.distance.isFinite, evaluation.distance <= tolerance else { continue }
          within += 1
          guard accepted.count < particles else { continue }
          accepted.append(ABCParticle(proposal: start + i, theta: thetas[i], weight: 0, evaluation: evaluation))
        }
        round += 1
      }
      let weights = self.weights(accepted.map(\.theta), previous: fromPrior ? nil : previous, kernel: kernel)
      for i in accepted.indices { accepted[i].weight = weights[i] }
      let generation = ABCGeneration(
        index: t, tolerance: tolerance, evaluations: evaluated, withinTolerance: within,
        complete: accepted.count == particles,
        particles: accepted)
      result.append(generation)
      // Nothing is left to shrink after a generation at zero tolerance.
      guard generation.complete, !fromPrior else { break }
    }
    return result
  }

  /// Normalised importance weights: equal in generation 0, else 1 / Σ_j w_j K(θ | θ_j), summed in log space.
  func weights(_ thetas: [[Double]], previous: ABCGeneration?, kernel: TruncatedGaussianKernel?) -> [Double] {
    guard !thetas.isEmpty else { return [] }
    guard let previous, let kernel else { return Array(repeating: 1 / Double(thetas.count), count: thetas.count) }
    let logInverse = thetas.map { theta -> Double in
      let terms = previous.particles.map { KernelMath.log($0.weight) + kernel.logDensity(theta, parent: $0.theta) }
      let top = terms.max() ?? 0
      let sum = terms.reduce(0.0) { $0 + KernelMath.exp($1 - top) }
      return -(top + KernelMath.log(sum))
    }
    let top = logInverse.max() ?? 0
    let raw = logInverse.map { KernelMath.exp($0 - top) }
    let total = raw.reduce(0, +)
    return raw.map { $0 / total }
  }
}
