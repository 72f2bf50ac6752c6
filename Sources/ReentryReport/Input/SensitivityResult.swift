import ReentryExperiments
import ScenarioFormat

/// The output directory of `reentry sensitivity`, read back for a report.
///
/// The ranking comes from `sensitivity.csv`; the noise floor and the design
/// from `manifest.json`. A result written before the noise floor existed has
/// no `above_noise` column and is refused: without a floor the report could
/// not tell an influence from noise.
struct SensitivityResult: Sendable {
  /// One assumption's row: its range, μ* with its 95% interval, and whether that interval lies above the floor.
  struct Factor: Sendable {
    let rank: Int
    let path: String
    let low: Double
    let high: Double
    let muStar: Double
    let muStarLow: Double
    let muStarHigh: Double
    let rankLow: Int
    let rankHigh: Int
    let aboveNoise: Bool
  }

  let scenario: String
  /// Most influential first, as the file lists them.
  let factors: [Factor]
  /// The μ* noise alone gives, in release_ready (0…1) per whole range.
  let noiseFloor: Double
  let trajectories: Int
  let levels: Int
  /// Whether the reduced world of `--small` was evaluated.
  let small: Bool
  let provenance: Provenance

  init(_ directory: ResultDirectory, manifest: JSONValue) throws(InputError) {
    let why = "a sensitivity directory holds sensitivity.csv and manifest.json"
    let table = try directory.csv("sensitivity.csv", needed: why)
    guard table.header.contains("above_noise") else {
      throw InputError.invalid(
        directory.file("sensitivity.csv"),
        "line 1: no column \"above_noise\" (written before the noise floor); run reentry sensitivity again")
    }
    let c = try ["rank", "parameter", "low", "high", "mu_star", "mu_star_low", "mu_star_high", "rank_low", "rank_high"]
      .map { name throws(InputError) in try table.column(name) }
    let noise = try table.column("above_noise")
    var factors: [Factor] = []
    for r in table.records {
      guard ["true", "false"].contains(r.fields[noise]) else {
        throw InputError.invalid(
          directory.file("sensitivity.csv"),
          "line \(r.line), column above_noise: \"\(r.fields[noise])\" is not allowed; allowed: true or false")
      }
      factors.append(
        Factor(
          rank: try table.count(r, c[0]), path: r.fields[c[1]], low: try table.number(r, c[2]),
          high: try table.number(r, c[3]), muStar: try table.number(r, c[4]), muStarLow: try table.number(r, c[5]),
          muStarHigh: try table.number(r, c[6]), rankLow: try table.count(r, c[7]), rankHigh: try table.count(r, c[8]),
          aboveNoise: r.fields[noise] == "true"))
    }
    guard !factors.isEmpty else { throw InputError.invalid(directory.file("sensitivity.csv"), "has no rows") }
    self.factors = factors
    let file = directory.file("manifest.json")
    func number(_ key: String) throws(InputError) -> Double {
      guard case .number(let x)? = manifest.value(forKey: key) else {
        throw InputError.invalid(file, "needs the number \"\(key)\" of a sensitivity analysis")
      }
      return x
    }
    noiseFloor = try number("noiseFloor")
    trajectories = Int(try number("trajectories"))
    levels = Int(try number("levels"))
    small = manifest.value(forKey: "world") == .string("small")
    scenario = Provenance.text(manifest.value(forKey: "scenario") ?? "scenario")
    provenance = try Provenance(
      manifest: manifest, runInfo: try directory.optionalJSON("run-info.json"), file: file)
  }

  /// The assumptions whose μ* interval lies above the noise floor, most influential first.
  var aboveNoise: [Factor] { factors.filter(\.aboveNoise) }
}
