import ReentryModel
import ScenarioFormat

/// What a calibration runs and its identity: what `calibration.json` records.
///
/// Settings, priors, targets with their measured noise and the base
/// world's resolved parameters: everything an evaluation depends on, so
/// `--resume` compares one digest and refuses a directory started otherwise.
package struct CalibrationPlan: Sendable {
  package static let maximumParticles = 100_000
  package static let maximumGenerations = 100
  /// Moves per generation: their proposals share the generation's index range with the prior's rounds.
  package static let maximumMoves = 10

  package let name: String
  package let particles: Int
  package let generations: Int
  package let replications: Int
  package let seed: UInt64
  /// Replications of the base world that measured each target's noise.
  package let pilotReplications: Int
  /// The share of the alive particles each generation's tolerance keeps.
  package let keep: Double
  /// Metropolis–Hastings steps per alive particle and generation.
  package let moves: Int
  package let parameters: [CalibrationParameter]
  package let targets: CalibrationTargets
  /// The base scenario's resolved parameters (its `effectiveJSON`).
  let base: JSONValue

  package init(
    name: String, particles: Int, generations: Int, replications: Int, seed: UInt64, pilotReplications: Int,
    parameters: [CalibrationParameter], targets: CalibrationTargets, base: JSONValue, keep: Double = 0.5,
    moves: Int = 1
  ) {
    self.name = name
    self.particles = particles
    self.generations = generations
    self.replications = replications
    self.seed = seed
    self.pilotReplications = pilotReplications
    self.keep = keep
    self.moves = moves
    self.parameters = parameters
    self.targets = targets
    self.base = base
  }

  /// The sampler this plan runs.
  package var sampler: ABCSampler {
    var sampler = ABCSampler(parameters: parameters, particles: particles, generations: generations, seed: seed)
    sampler.keep = keep
    sampler.moves = moves
    return sampler
  }

  /// Evaluations a generation may hold: one index range per generation (the prior's rounds, or the moves).
  var stride: Int { particles * max(sampler.maximumRounds, moves) }

  /// The point (evaluation file) of proposal `i` of generation `t`.
  func point(generation t: Int, proposal i: Int) -> Int { t * stride + i }

  /// The run seed of an evaluation: its own, so worlds differ in their noise as well as their assumptions.
  func evaluationSeed(generation t: Int, proposal i: Int) -> Int {
    var stream = sampler.stream(generation: t, proposal: i)
    return Int(stream.nextUInt64() >> 11)
  }

  var json: JSONValue {
    .object([
      ("name", .string(name)),
      ("version", .string(ReentryVersion.current)),
      ("particles", .number(Double(particles))),
      ("generations", .number(Double(generations))),
      ("replications", .number(Double(replications))),
      ("seed", .number(Double(seed))),
      ("keep", .number(keep)),
      ("resampleBelow", .number(sampler.resampleBelow)),
      ("moves", .number(Double(moves))),
      ("step", .number(sampler.step)),
      ("stopAcceptance", .number(sampler.stopAcceptance)),
      ("maximumRounds", .number(Double(sampler.maximumRounds))),
      ("pilotReplications", .number(Double(pilotReplications))),
      (
        "parameters",
        .array(
          parameters.map {
            .object([
              ("path", .string($0.path)), ("low", .number($0.low)), ("high", .number($0.high)),
              ("integer", .bool($0.isInteger)),
            ])
          })
      ),
      (
        "targets",
        .array(targets.targets.indices.map(targetJSON))
      ),
      ("heldOut", .array(targets.heldOut.map { .string($0.id) })),
      ("base", base),
    ])
  }

  package var fileBytes: [UInt8] { Array(JSONWriter.write(json, pretty: true).utf8) }

  /// Target `k` as recorded: its noise, and the centre and scale of the source's measurement that its
  /// distance uses (so a directory started under another reading of the targets is never resumed).
  func targetJSON(_ k: Int) -> JSONValue {
    let target = targets.targets[k]
    var fields: [(String, JSONValue)] = [("id", .string(target.figure.id)), ("noise", .number(target.noise))]
    if let range = target.figure.range, let centre = targets.centre(k, range: range) {
      fields += [("centre", .number(centre)), ("vagueness", .number(CalibrationTargets.vagueness(range)))]
    }
    return .object(fields)
  }
}

extension CalibrationPlan {
  package init?(fileBytes bytes: [UInt8]) {
    func int(_ json: JSONValue, _ key: String) -> Int? {
      if case .number(let x)? = json.value(forKey: key) { return Int(x) }
      return nil
    }
    guard let json = try? JSONParser.parse(bytes), case .string(let name)? = json.value(forKey: "name"),
      let particles = int(json, "particles"), let generations = int(json, "generations"),
      let replications = int(json, "replications"), let seed = int(json, "seed"),
      let pilot = int(json, "pilotReplications"), case .number(let keep)? = json.value(forKey: "keep"),
      let moves = int(json, "moves"),
      case .array(let parameterList)? = json.value(forKey: "parameters"),
      case .array(let targetList)? = json.value(forKey: "targets"),
      case .array(let heldOutList)? = json.value(forKey: "heldOut"), let base = json.value(forKey: "base")
    else { return nil }
    var parameters: [CalibrationParameter] = []
    for entry in parameterList {
      guard case .string(let path)? = entry.value(forKey: "path"), case .number(let low)? = entry.value(forKey: "low"),
        case .number(let high)? = entry.value(forKey: "high"), case .bool(let integer)? = entry.value(forKey: "integer")
      else { return nil }
      parameters.append(CalibrationParameter(path: path, low: low, high: high, isInteger: integer))
    }
    var targets: [CalibrationTargets.Target] = []
    for entry in targetList {
      guard case .string(let id)? = entry.value(forKey: "id"), case .number(let noise)? = entry.value(forKey: "noise"),
        let figure = ValidationFigure.all.first(where: { $0.id == id })
      else { return nil }
      targets.append(CalibrationTargets.Target(figure: figure, noise: noise))
    }
    var heldOut: [ValidationFigure] = []
    for entry in heldOutList {
      guard case .string(let id) = entry, let figure = ValidationFigure.all.first(where: { $0.id == id }) else {
        return nil
      }
      heldOut.append(figure)
    }
    self.init(
      name: name, particles: particles, generations: generations, replications: replications, seed: UInt64(seed),
      pilotReplications: pilot, parameters: parameters,
      targets: CalibrationTargets(targets: targets, heldOut: heldOut, replications: replications), base: base,
      keep: keep, moves: moves)
    guard fileBytes == bytes else { return nil }
  }
}

extension CalibrationPlan {
  /// The plan for `base`: its world assumptions as priors and its targets with the noise measured on `pilot`.
  package init(
    name: String, particles: Int, generations: Int, replications: Int, seed: UInt64, pilot: [ReplicationResult],
    base: ResolvedScenario, keep: Double = 0.5, moves: Int = 1
  ) {
    self.init(
      name: name, particles: particles, generations: generations, replications: replications, seed: seed,
      pilotReplications: pilot.count, parameters: CalibrationParameter.all(in: base.schema),
      targets: CalibrationTargets(pilot: pilot, parameters: ModelParameters(base), replications: replications),
      base: base.effectiveJSON, keep: keep, moves: moves)
  }
}
