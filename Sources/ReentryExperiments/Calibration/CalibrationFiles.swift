import Foundation
import ScenarioFormat
import SimKernel

/// The files of a finished calibration, written from its generations, and its manifest.
///
/// `particles.csv` holds every generation's population (weights normalised
/// per generation, 0 for a particle outside its tolerance; parameter values
/// as the model ran them; `point` names the evaluation the particle carries),
/// `generations.csv` the diagnostics, `posterior-check.csv` the posterior
/// predictive check of the held-out patterns and `noise.csv` the Monte
/// Carlo noise of each target in the base world that scales the distance.
package enum CalibrationFiles {
  package static let generations = "generations.csv"
  package static let posteriorCheck = "posterior-check.csv"
  package static let noise = "noise.csv"

  /// The population the posterior is read from: the last generation that filled, else the last one.
  package static func posterior(_ generations: [ABCGeneration]) -> ABCGeneration? {
    generations.last(where: \.complete) ?? generations.last
  }

  static func number(_ x: Double) -> String { CalibrationPlan.number(x) }

  static func particles(_ plan: CalibrationPlan, _ generations: [ABCGeneration]) -> String {
    var text =
      (["generation", "particle", "point", "weight", "distance"] + plan.parameters.map(\.path)
      + plan.targets.valueColumns).joined(separator: ",") + "\n"
    for generation in generations {
      for (k, particle) in generation.particles.enumerated() {
        let values = zip(plan.parameters, particle.theta).map { number($0.modelValue($1)) }
        text +=
          ([
            String(generation.index), String(k),
            String(plan.point(generation: particle.born, proposal: particle.proposal)),
            number(particle.weight),
            number(particle.evaluation.distance),
          ] + values + particle.evaluation.values.map(number))
          .joined(separator: ",") + "\n"
      }
    }
    return text
  }

  /// Per generation: the tolerance, the evaluations it cost, the particles alive within the tolerance (and
  /// their share of the slots) before resampling, whether it resampled, the moves' acceptance, the effective
  /// sample size and the distinct worlds the population holds after the moves.
  static func diagnostics(_ generations: [ABCGeneration]) -> String {
    var text =
      "generation,tolerance,evaluations,alive,alive_fraction,resampled,moves,move_acceptance,effective_sample_size,"
      + "distinct,complete\n"
    for g in generations {
      text +=
        [
          String(g.index), number(g.tolerance), String(g.evaluations), String(g.alive),
          TextFormat.decimal(g.aliveFraction), g.resampled ? "true" : "false", String(g.moves),
          g.moves > 0 ? TextFormat.decimal(g.moveAcceptance) : "NA", TextFormat.decimal(g.effectiveSampleSize),
          String(g.distinct), g.complete ? "true" : "false",
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  /// Per held-out pattern: the weighted share of posterior particles in which it holds on the mean
  /// (n = effective sample size of the distinct worlds: a copy made by resampling adds no evidence) and of
  /// their replications (n = that · R), each with its Wilson 95% interval.
  static func check(_ plan: CalibrationPlan, _ posterior: ABCGeneration?) -> String {
    var text =
      "figure,source,tolerance,particle_share,particle_low,particle_high,replication_share,replication_low,"
      + "replication_high,effective_n\n"
    let heldOut = plan.targets.heldOut
    let first = plan.targets.targets.count
    let ess = posterior?.distinctEffectiveSampleSize ?? 0
    for (h, figure) in heldOut.enumerated() {
      var holds = 0.0
      var share = 0.0
      for particle in posterior?.particles ?? [] {
        holds += particle.weight * particle.evaluation.values[first + h]
        let replicationShare = particle.evaluation.values[first + heldOut.count + h]
        share += particle.weight * (replicationShare.isFinite ? replicationShare : 0)
      }
      let particles = WilsonInterval(successes: holds * ess, trials: ess)
      let trials = ess * Double(plan.replications)
      let replications = WilsonInterval(successes: share * trials, trials: trials)
      text +=
        [
          figure.id, TextFormat.csvField(figure.source), TextFormat.csvField(figure.tolerance),
          TextFormat.decimal(holds),
          TextFormat.decimal(particles.low), TextFormat.decimal(particles.high), TextFormat.decimal(share),
          TextFormat.decimal(replications.low), TextFormat.decimal(replications.high), TextFormat.decimal(ess),
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  static func noiseTable(_ plan: CalibrationPlan) -> String {
    var text = "figure,source,noise_sd,pilot_replications,replications_per_evaluation\n"
    for target in plan.targets.targets {
      text +=
        [
          target.figure.id, TextFormat.csvField(target.figure.source), number(target.noise),
          String(plan.pilotReplications), String(plan.replications),
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  /// Writes every file and the manifest, removes the unfinished marker and returns the digest.
  package static func finish(
    _ directory: PointDirectory<CalibrationPlan>, plan: CalibrationPlan, generations: [ABCGeneration]
  ) throws -> String {
    let contents: [(String, String)] = [
      (CalibrationPlan.tableFile, particles(plan, generations)),
      (Self.generations, diagnostics(generations)),
      (posteriorCheck, check(plan, posterior(generations))),
      (noise, noiseTable(plan)),
    ]
    var files = [(CalibrationPlan.planFile, plan.digest)]
    for (name, text) in contents {
      let bytes = Array(text.utf8)
      try AtomicFile.write(bytes, to: directory.file(name))
      files.append((name, SHA256.hex(bytes)))
    }
    let fields: [(String, JSONValue)] =
      [
        ("kind", .string(CalibrationPlan.kind)), (CalibrationPlan.kind, .string(plan.name)),
        ("calibrationDigest", .string(plan.digest)),
      ] + plan.manifestFields
    let manifest = ResultManifest(fields: fields, inputs: [(CalibrationPlan.kind, plan.digest)], files: files)
    try AtomicFile.write(Array(manifest.json.utf8), to: directory.file("manifest.json"))
    directory.markFinished()
    return manifest.digest
  }
}

extension CalibrationFiles {
  /// A tolerance for the terminal: "none" for generation 0's infinite one.
  package static func describe(_ tolerance: Double) -> String {
    tolerance.isFinite ? String(format: "%.3f", tolerance) : "none"
  }
}
