import SimKernel

/// The two kinds of generation: draws from the prior, then reweighting, resampling and moves.
extension ABCSampler {
  /// Generation 0: rounds of `particles` draws from the prior until `particles` worlds the model can run
  /// (a proposal that breaks a cross-field rule is infinitely far), with equal weights.
  func priorGeneration(
    jobs: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?, evaluate: @escaping Evaluate
  ) async throws -> ABCGeneration {
    var population: [ABCParticle] = []
    var evaluated = 0
    var round = 0
    while population.count < particles, round < maximumRounds {
      let indices = Array(round * particles..<(round + 1) * particles)
      let thetas = indices.map { i in
        var stream = stream(generation: 0, proposal: i, draw: .theta)
        return parameters.map { stream.uniform($0.low, $0.upper) }
      }
      let evaluations = try await evaluateRound(
        generation: 0, indices: indices, thetas: thetas, jobs: jobs, progress: progress, evaluate: evaluate)
      evaluated += indices.count
      for (k, evaluation) in evaluations.enumerated() where evaluation.distance.isFinite && population.count < particles
      {
        population.append(
          ABCParticle(born: 0, proposal: indices[k], theta: thetas[k], weight: 0, evaluation: evaluation))
      }
      round += 1
    }
    for i in population.indices { population[i].weight = 1 / Double(population.count) }
    return ABCGeneration(
      index: 0, tolerance: .infinity, evaluations: evaluated, alive: population.count, resampled: false, moves: 0,
      acceptedMoves: 0, complete: population.count == particles, particles: population)
  }

  /// Generation `t` ≥ 1 from `previous`: a smaller tolerance, resampling if too few are alive, then the moves.
  func movedGeneration(
    _ t: Int, from previous: ABCGeneration, jobs: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?,
    evaluate: @escaping Evaluate
  ) async throws -> ABCGeneration {
    let tolerance = tolerance(after: previous)
    var population = previous.particles
    for i in population.indices where !(population[i].evaluation.distance <= tolerance) { population[i].weight = 0 }
    let total = population.reduce(0.0) { $0 + $1.weight }
    for i in population.indices { population[i].weight /= total }
    let alive = population.filter { $0.weight > 0 }.count
    let resampled = Double(alive) < resampleBelow * Double(population.count)
    if resampled { population = resample(population, generation: t) }
    let move = ABCMove(
      kernel: TruncatedGaussianKernel(
        parameters: parameters, population: population.map(\.theta), weights: population.map(\.weight), step: step))
    var proposed = 0
    var accepted = 0
    for m in 0..<moves {
      let movers = population.indices.filter { population[$0].weight > 0 }
      let indices = movers.map { m * particles + $0 }
      let thetas = zip(movers, indices).map { slot, i in
        var stream = stream(generation: t, proposal: i, draw: .theta)
        return move.kernel.perturb(population[slot].theta, stream: &stream)
      }
      let evaluations = try await evaluateRound(
        generation: t, indices: indices, thetas: thetas, jobs: jobs, progress: progress, evaluate: evaluate)
      for (k, slot) in movers.enumerated() {
        var stream = stream(generation: t, proposal: indices[k], draw: .acceptance)
        let current = population[slot]
        guard
          move.accepts(
            from: current.theta, to: thetas[k], distance: evaluations[k].distance, tolerance: tolerance,
            u: stream.nextDouble())
        else { continue }
        population[slot] = ABCParticle(
          born: t, proposal: indices[k], theta: thetas[k], weight: current.weight, evaluation: evaluations[k])
        accepted += 1
      }
      proposed += movers.count
    }
    return ABCGeneration(
      index: t, tolerance: tolerance, evaluations: proposed, alive: alive, resampled: resampled, moves: proposed,
      acceptedMoves: accepted, complete: true, particles: population)
  }

  /// `population` resampled systematically by weight into as many slots, with equal weights.
  func resample(_ population: [ABCParticle], generation t: Int) -> [ABCParticle] {
    var stream = RandomStream(
      seed: seed, replication: UInt64(t), kind: Self.resampleLabel, entity: 0, purpose: .init(raw: 0))
    let picks = SystematicResampling.indices(
      weights: population.map(\.weight), count: population.count, uniform: stream.nextDouble())
    return picks.map { i in
      var particle = population[i]
      particle.weight = 1 / Double(population.count)
      return particle
    }
  }
}
