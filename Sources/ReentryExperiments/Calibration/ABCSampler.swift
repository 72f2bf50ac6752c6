import SimKernel

/// Approximate Bayesian computation by adaptive sequential Monte Carlo with Metropolis–Hastings moves
/// (Del Moral, Doucet & Jasra 2012, "An adaptive sequential Monte Carlo method for approximate Bayesian
/// computation", Stat Comput 22:1009–1020).
///
/// The population has `particles` slots throughout. Generation 0 draws
/// from the uniform prior and keeps the first `particles` worlds the model
/// can run, with equal weights. Generation t ≥ 1
///
/// 1. sets the tolerance ε_t to the distance below which a share `keep` of
///    the alive particles lies, and gives weight w ∝ w_{t−1} · 1{d ≤ ε_t}:
///    weights are equal over the particles alive, so the effective sample
///    size 1 / Σ w² is their number and falls by the factor `keep`;
/// 2. resamples the population (systematic, from one seeded uniform) when
///    fewer than `resampleBelow` of the slots are alive;
/// 3. moves every alive particle by `moves` Metropolis–Hastings steps that
///    leave the ABC posterior at ε_t invariant (`ABCMove`): a truncated
///    Gaussian random walk whose SD per parameter is `step` times the
///    population's, accepted when the proposal's distance is within ε_t (and
///    by the kernel's Hastings ratio near a bound).
///
/// It stops after `generations`, after a generation at tolerance 0 (nothing
/// is left to shrink; possible only when every target is one-sided), or
/// when the moves' acceptance falls below `stopAcceptance`: a smaller
/// tolerance would then leave copies that no longer move.
///
/// Why not the importance weights π(θ) / Σ_j w_j K(θ | θ_j) of Beaumont et
/// al. (2009) and Toni et al. (2009), which the first version used: over the
/// 124 world assumptions of the national model, most of which barely touch
/// the targets, a kernel density of 50 particles varies over orders of
/// magnitude from one proposal to the next and one particle carried nearly
/// all the weight (an effective sample of 1.2 of 50). Here no density
/// enters a weight; the moves only need a ratio of one proposal's kernel,
/// so the effective sample does not collapse with the dimension.
///
/// Determinism: proposal i of generation t (generation 0: round r, slot s,
/// i = r · particles + s; later: move m of slot s, i = m · particles + s)
/// draws from its own streams keyed by (seed, t, i); the resampling uniform
/// from one keyed by (seed, t). Proposals are evaluated in rounds and read
/// in slot order, so the result depends on neither `jobs` nor the order
/// evaluations finish, and an evaluation already on disk (`--resume`) is
/// simply read back by its index.
package struct ABCSampler: Sendable {
  package let parameters: [CalibrationParameter]
  package let particles: Int
  package let generations: Int
  package let seed: UInt64
  /// The share of the alive particles each generation's tolerance keeps (α of Del Moral et al.).
  package var keep = 0.5
  /// Resample when fewer than this share of the slots are alive (N_T = N / 2 of Del Moral et al.).
  package var resampleBelow = 0.5
  /// Metropolis–Hastings steps per alive particle and generation.
  package var moves = 1
  /// The random walk's SD per parameter, in units of the population's SD of that parameter.
  package var step = 1.0
  /// Stop once the moves of a generation accept fewer than this share.
  package var stopAcceptance = 0.02
  /// Rounds of `particles` prior draws generation 0 may use: a model that refuses nearly every world stops it.
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

  /// What a proposal's streams are for: each draws from its own, so one use never shifts another.
  enum Draw: UInt64 {
    /// The run seed of the proposal's evaluation.
    case seed = 0
    /// The proposal's parameter values.
    case theta = 1
    /// The uniform of its Metropolis–Hastings acceptance.
    case acceptance = 2
  }

  package init(parameters: [CalibrationParameter], particles: Int, generations: Int, seed: UInt64) {
    self.parameters = parameters
    self.particles = particles
    self.generations = generations
    self.seed = seed
  }

  static let proposalLabel = StreamLabel("calibration-proposal")
  static let resampleLabel = StreamLabel("calibration-resample")

  /// The stream of proposal `i` of generation `t` for `draw`.
  func stream(generation t: Int, proposal i: Int, draw: Draw = .seed) -> RandomStream {
    RandomStream(
      seed: seed, replication: UInt64(t), kind: Self.proposalLabel, entity: UInt64(i),
      purpose: .init(raw: draw.rawValue))
  }

  /// The tolerance of the generation after `previous`: the smallest distance within which a share `keep`
  /// of its alive particles lies (ties keep more).
  func tolerance(after previous: ABCGeneration) -> Double {
    let sorted = previous.particles.filter { $0.weight > 0 }.map(\.evaluation.distance).sorted()
    guard !sorted.isEmpty else { return .infinity }
    // The small margin keeps a product such as 0.7 · 10 from rounding up to 8.
    let kept = Int((keep * Double(sorted.count) - 1e-9).rounded(.up))
    return sorted[min(sorted.count, max(1, kept)) - 1]
  }

  /// Runs every generation; `evaluate` runs (or reads back) one proposal. Stops early when generation 0
  /// cannot fill its population within the round limit (it is returned, marked incomplete). Throws
  /// `Waiting` after a round whose every available proposal was evaluated but some were not available.
  package func run(
    jobs: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, evaluate: @escaping Evaluate
  ) async throws -> [ABCGeneration] {
    var population = try await priorGeneration(jobs: jobs, progress: progress, evaluate: evaluate)
    var result = [population]
    guard population.complete else { return result }
    for t in 1..<max(1, generations) {
      population = try await movedGeneration(t, from: population, jobs: jobs, progress: progress, evaluate: evaluate)
      result.append(population)
      // Nothing is left to shrink at tolerance 0; below the acceptance floor the moves only copy particles.
      guard population.tolerance > 0, !(population.moveAcceptance < stopAcceptance) else { break }
    }
    return result
  }

  /// Evaluates the proposals `indices` of generation `t` at `thetas`, in index order.
  func evaluateRound(
    generation t: Int, indices: [Int], thetas: [[Double]], jobs: Int,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?, evaluate: @escaping Evaluate
  ) async throws -> [ABCEvaluation] {
    let evaluations = try await OrderedWork(count: indices.count, jobs: jobs).results(progress: progress) { k in
      try await evaluate(t, indices[k], thetas[k])
    }
    let missing = evaluations.filter { $0 == nil }.count
    guard missing == 0 else { throw Waiting(generation: t, missing: missing) }
    return evaluations.compactMap { $0 }
  }
}
