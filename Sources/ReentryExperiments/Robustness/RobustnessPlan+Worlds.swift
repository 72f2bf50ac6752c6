import ScenarioFormat
import SimKernel

extension RobustnessPlan {
  /// Worlds drawn from a calibration's posterior rather than from the plausible ranges alone.
  ///
  /// Each draw takes the calibrated assumptions of one particle, resampled
  /// by weight from the seed (`Posterior.resample`); every other drawn
  /// assumption, the intervention assumptions among them, keeps its Latin
  /// hypercube value.
  package struct Worlds: Sendable, Equatable {
    /// SHA-256 of the posterior's `particles.csv`: `design.json` names the very file the worlds came from.
    let digest: String
    /// The calibration generation whose particles are the posterior.
    let generation: Int
    /// The drawn parameters each world takes from its particle, in catalog order.
    let paths: [String]
    /// Per draw, the `particle` number (within the generation) it was resampled to.
    let particles: [Int]

    var json: JSONValue {
      .object([
        ("source", .string("posterior")), ("particlesDigest", .string(digest)),
        ("generation", .number(Double(generation))), ("paths", .array(paths.map { .string($0) })),
        ("particles", .array(particles.map { .number(Double($0)) })),
      ])
    }

    init(digest: String, generation: Int, paths: [String], particles: [Int]) {
      self.digest = digest
      self.generation = generation
      self.paths = paths
      self.particles = particles
    }

    init?(json: JSONValue) {
      guard json.value(forKey: "source") == .string("posterior"),
        case .string(let digest)? = json.value(forKey: "particlesDigest"),
        case .number(let generation)? = json.value(forKey: "generation"),
        case .array(let paths)? = json.value(forKey: "paths"),
        case .array(let particles)? = json.value(forKey: "particles")
      else { return nil }
      self.init(
        digest: digest, generation: Int(generation),
        paths: paths.compactMap { if case .string(let p) = $0 { p } else { nil } },
        particles: particles.compactMap { if case .number(let x) = $0 { Int(x) } else { nil } })
    }
  }

  private static let worldLabel = StreamLabel("robustness-world")

  /// The run seed of draw `d`, shared by its base and variants (common random
  /// numbers inside a world) and different between worlds, so a world's
  /// replications and another world's are independent: what lets an effect's
  /// spread be split into noise and assumptions. 53 bits, a scenario's `run.seed`.
  func worldSeed(_ d: Int) -> UInt64 {
    var stream = RandomStream(
      seed: seed, replication: 0, kind: Self.worldLabel, entity: UInt64(d), purpose: StreamLabel("seed"))
    return stream.nextUInt64() >> 11
  }
}
