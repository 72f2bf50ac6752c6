import Foundation
import ScenarioFormat
import SimKernel

/// A calibration's posterior as robustness reads it: the weighted particles
/// of one generation of `reentry calibrate`'s output directory.
///
/// `particles.csv` holds every generation; the posterior is the last one
/// `generations.csv` marks complete, else the last one (as `calibrate`
/// reports it). Only the columns that name a drawn world assumption of the
/// base scenario's catalog are read; the targets' columns are not.
package struct Posterior: Sendable {
  /// The files a calibration result holds that robustness reads.
  static let particlesFile = "particles.csv"
  static let generationsFile = "generations.csv"

  /// SHA-256 of `particles.csv`.
  let digest: String
  let generation: Int
  /// The calibrated parameters read, in catalog order.
  let paths: [String]
  /// Per particle of the generation: its `particle` number, its values (by `paths`) and its normalised weight.
  let particles: [Int]
  let values: [[Double]]
  let weights: [Double]

  /// The number of particles in the posterior generation.
  package var particleCount: Int { weights.count }

  /// Kish's effective sample size of the distinct worlds (copies' weights summed, then 1 / Σ W²): how
  /// many equally weighted worlds the draws really come from. Resampled copies of one particle are one
  /// world, so they are not counted apart.
  package var effectiveSampleSize: Double { distinctEffectiveSampleSize(Array(zip(values, weights))) }

  /// Below this effective sample size the worlds drawn are a handful of particles repeated, and
  /// their spread says little about the assumptions (a warning, not an error: a posterior can be
  /// narrow for good reasons).
  package static let thinSample = 10.0

  /// Reads the posterior at `location`, a calibration's output directory or its `particles.csv`.
  ///
  /// Throws `noInput` (66) for a missing file and `invalidData` (65) for a
  /// malformed one, naming the file, the field and what is allowed.
  package static func read(_ location: String, factors: [RobustnessFactor]) throws(InputError) -> Posterior {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory)
    let folder = exists && isDirectory.boolValue ? location : (location as NSString).deletingLastPathComponent
    let particlesPath =
      exists && isDirectory.boolValue ? (folder as NSString).appendingPathComponent(particlesFile) : location
    let generationsPath = (folder as NSString).appendingPathComponent(generationsFile)
    let particleBytes = try bytes(particlesPath)
    let generation = try posteriorGeneration(try table(generationsPath, bytes: try bytes(generationsPath)))
    let table = try table(particlesPath, bytes: particleBytes)
    let columns = (
      generation: try table.column("generation"), particle: try table.column("particle"),
      weight: try table.column("weight")
    )
    let used = factors.filter { table.header.contains($0.path) }
    guard !used.isEmpty else {
      throw InputError.invalid(
        particlesPath,
        "line 1: no column names a drawn world assumption of the base scenario's catalog; allowed: the parameter "
          + "columns `reentry calibrate` writes, e.g. \(factors.prefix(2).map(\.path).joined(separator: ", "))")
    }
    let usedColumns = try used.map { f throws(InputError) in try table.column(f.path) }
    var particles: [Int] = []
    var values: [[Double]] = []
    var weights: [Double] = []
    for record in table.records where record.fields[columns.generation] == String(generation) {
      let weight = try table.number(record, columns.weight)
      guard weight.isFinite, weight >= 0 else {
        throw InputError.invalid(
          particlesPath,
          "line \(record.line), column weight: \"\(record.fields[columns.weight])\" is not allowed; "
            + "allowed: a number ≥ 0")
      }
      var row: [Double] = []
      for (factor, column) in zip(used, usedColumns) {
        let x = try table.number(record, column)
        guard x >= factor.low, x <= factor.high, !factor.isInteger || x == x.rounded() else {
          throw InputError.invalid(
            particlesPath,
            "line \(record.line), column \(factor.path): \"\(record.fields[column])\" is not allowed; "
              + "allowed: \(factor.isInteger ? "a whole number" : "a number") in its plausible range "
              + "\(JSONWriter.formatNumber(factor.low))–\(JSONWriter.formatNumber(factor.high))")
        }
        row.append(x)
      }
      particles.append(try table.count(record, columns.particle))
      values.append(row)
      weights.append(weight)
    }
    let total = weights.reduce(0, +)
    guard total > 0 else {
      throw InputError.invalid(
        particlesPath,
        "column weight: generation \(generation) has no particle of positive weight; allowed: the "
          + "posterior generation of a calibration, whose weights sum to 1")
    }
    return Posterior(
      digest: SHA256.hex(particleBytes), generation: generation, paths: used.map(\.path), particles: particles,
      values: values, weights: weights.map { $0 / total })
  }

  private static func bytes(_ path: String) throws(InputError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(
        .noInput,
        "\(path): cannot read it; --worlds takes the output directory of `reentry calibrate` (holding "
          + "\(particlesFile) and \(generationsFile)) or its \(particlesFile)")
    }
    return Array(data)
  }

  private static func table(_ path: String, bytes: [UInt8]) throws(InputError) -> CSVTable {
    try CSVTable(String(decoding: bytes, as: UTF8.self), file: path)
  }

  /// The last generation marked complete, else the last one listed.
  private static func posteriorGeneration(_ table: CSVTable) throws(InputError) -> Int {
    let generation = try table.column("generation")
    let complete = try table.column("complete")
    var chosen: Int?
    for record in table.records {
      let g = try table.count(record, generation)
      switch record.fields[complete] {
      case "true": chosen = g
      case "false": if chosen == nil, record.line == table.records.last?.line { chosen = g }
      default:
        throw InputError.invalid(
          table.file,
          "line \(record.line), column complete: \"\(record.fields[complete])\" is not allowed; "
            + "allowed: true or false")
      }
    }
    guard let chosen else {
      throw InputError.invalid(table.file, "has no generation; allowed: the generations.csv `reentry calibrate` writes")
    }
    return chosen
  }

  private static let resampleLabel = StreamLabel("robustness-posterior")

  /// `count` particle indices drawn independently by weight, from `seed`:
  /// draw d takes the first index whose cumulative weight exceeds its
  /// uniform, so a particle of weight 0 is never drawn.
  static func resample(weights: [Double], count: Int, seed: UInt64) -> [Int] {
    var cumulative: [Double] = []
    var sum = 0.0
    for w in weights {
      sum += w
      cumulative.append(sum)
    }
    let last = weights.lastIndex { $0 > 0 } ?? 0
    return (0..<count).map { d in
      var stream = RandomStream(
        seed: seed, replication: 0, kind: resampleLabel, entity: UInt64(d), purpose: StreamLabel("particle"))
      let u = stream.nextDouble() * sum
      var low = 0
      var high = cumulative.count
      while low < high {
        let mid = (low + high) / 2
        if cumulative[mid] > u { high = mid } else { low = mid + 1 }
      }
      // u rounds up to the total only in the last bit: the last particle that has weight.
      return min(low, last)
    }
  }
}
