import ReentryModel
import SimKernel

/// Renders a sensitivity analysis: `sensitivity.csv`, `evaluations.csv`, `noise.csv` and `manifest.json`.
///
/// Like a run's files they are rendered to bytes first, so the manifest
/// hashes exactly what is written, and numbers never depend on the locale.
package struct SensitivityFiles {
  let analysis: SensitivityAnalysis
  let outputs: SensitivityAnalysis.Outputs
  let effects: MorrisEffects
  let noise: MorrisNoiseFloor
  let replications: Int
  /// "scenario" or "small" (the reduced world of `--small`).
  let world: String

  package init(
    analysis: SensitivityAnalysis, outputs: SensitivityAnalysis.Outputs, replications: Int, world: String
  ) {
    self.analysis = analysis
    self.outputs = outputs
    effects = analysis.effects(outputs.design)
    noise = analysis.noiseFloor(outputs)
    self.replications = replications
    self.world = world
  }

  static let header =
    "rank,parameter,source,base,low,high,mu_star,mu,sigma,effects,mu_star_low,mu_star_high,rank_low,rank_high,"
    + "above_noise"

  /// 95% bootstrap intervals over the trajectories, keyed by the scenario's seed.
  var bootstrap: MorrisBootstrap { MorrisBootstrap(effects, seed: UInt64(analysis.scenario.int("run.seed"))) }

  /// One row per factor, most influential first; effects are in release_ready (0…1) per whole range,
  /// with 95% bootstrap intervals on mu* and on the rank, and whether that mu* interval lies
  /// above the noise floor (`false`: not distinguishable from noise).
  func csv() -> String {
    var text = Self.header + "\n"
    let intervals = bootstrap.intervals
    for (rank, index) in effects.ranking.enumerated() {
      let f = analysis.factors[index]
      let e = effects.factors[index]
      let b = intervals[index]
      text +=
        [
          String(rank + 1), f.path, TextFormat.csvField(f.source), TextFormat.decimal(f.base),
          TextFormat.decimal(f.low), TextFormat.decimal(f.high), TextFormat.decimal(e.muStar),
          TextFormat.decimal(e.mu), TextFormat.decimal(e.sigma), String(e.effects.count),
          TextFormat.decimal(b.muStarLow), TextFormat.decimal(b.muStarHigh), String(b.rankLow), String(b.rankHigh),
          String(noise.distinguishes(b)),
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  /// Every design point: which factor moved to which value, and the output there.
  func evaluationsCSV() -> String {
    var text = "trajectory,point,moved,value,release_ready\n"
    var offset = 0
    let design = analysis.design
    for (t, points) in design.points.enumerated() {
      for j in points.indices {
        var moved = "start"
        var value = "NA"
        if j > 0 {
          let factor = design.steps[t][j - 1].factor
          moved = analysis.factors[factor].path
          value = TextFormat.decimal(analysis.factors[factor].value(at: points[j][factor]))
        }
        text += "\(t),\(j),\(moved),\(value),\(TextFormat.decimal(outputs.design[offset + j]))\n"
      }
      offset += points.count
    }
    return text
  }

  /// Every repeated start point: its output with the design's replications, with other ones,
  /// and the noise elementary effect between them (whose mean is the floor).
  func noiseCSV() -> String {
    var text = "trajectory,repeat,release_ready,release_ready_repeat,noise_effect\n"
    let stride = analysis.factors.count + 1
    for (t, again) in outputs.repeats.enumerated() {
      let y = outputs.design[t * stride]
      for (k, z) in again.enumerated() {
        let effect = y.isFinite && z.isFinite ? abs(z - y) / analysis.design.delta : .nan
        text += "\(t),\(k + 1),\(TextFormat.decimal(y)),\(TextFormat.decimal(z)),\(TextFormat.decimal(effect))\n"
      }
    }
    return text
  }

  /// The factors whose mu* interval lies above the noise floor, most influential first.
  var aboveNoise: [Int] {
    let intervals = bootstrap.intervals
    return effects.ranking.filter { noise.distinguishes(intervals[$0]) }
  }

  /// How many factors "depends most on" may name at most.
  package static let leadCount = 3

  /// Whether a factor is named as what the answer depends on most: above the noise floor and certainly
  /// among the `leadCount` most influential (its rank interval ends within them), so that a tie for
  /// third place is not shown as a ranking. The terminal and the report both ask this.
  package static func isLead(aboveNoise: Bool, rankHigh: Int) -> Bool {
    aboveNoise && rankHigh <= leadCount
  }

  /// The factors named as what the answer depends on most, most influential first.
  var leads: [Int] {
    let intervals = bootstrap.intervals
    return aboveNoise.filter { Self.isLead(aboveNoise: true, rankHigh: intervals[$0].rankHigh) }
  }

  package func render() -> (files: [(name: String, bytes: [UInt8])], digest: String) {
    let files = [
      ("sensitivity.csv", Array(csv().utf8)), ("evaluations.csv", Array(evaluationsCSV().utf8)),
      ("noise.csv", Array(noiseCSV().utf8)),
    ]
    let scenario = analysis.scenario
    let digest = Manifest.digest(of: scenario)
    let manifest = ResultManifest(
      fields: [
        ("kind", .string("sensitivity")), ("scenario", .string(scenario.name)),
        ("seed", .number(Double(scenario.int("run.seed")))), ("replications", .number(Double(replications))),
        ("trajectories", .number(Double(analysis.design.points.count))),
        ("levels", .number(Double(analysis.design.levels))), ("factors", .number(Double(analysis.factors.count))),
        ("noiseRepeats", .number(Double(analysis.noiseRepeats))),
        ("noiseFloor", noise.floor.isFinite ? .number(noise.floor) : .null),
        ("aboveNoise", .number(Double(aboveNoise.count))), ("world", .string(world)),
        ("metric", .string(MetricName.releaseReady)), ("group", .string("all")),
        ("scenarioDigest", .string(digest)),
      ],
      inputs: [("scenario", digest)],
      files: files.map { ($0.0, SHA256.hex($0.1)) })
    return (files + [("manifest.json", Array(manifest.json.utf8))], manifest.digest)
  }

  /// The ranking for a terminal: every factor with its range, mu*, mu and sigma in percentage points,
  /// "noise" where its mu* interval does not lie above the noise floor, and the leads that do.
  package func text(title: String) -> String {
    let width = max(9, analysis.factors.map(\.path.count).max() ?? 0)
    func points(_ x: Double, signed: Bool = true) -> String {
      x.isFinite ? String(format: signed ? "%+.2f" : "%.2f", x * 100) : "NA"
    }
    var text = title + "\n"
    text +=
      "rank  " + "parameter".padding(toLength: width, withPad: " ", startingAt: 0)
      + "  " + "range".padding(toLength: 24, withPad: " ", startingAt: 0)
      + "      mu*  mu* 95% interval       mu    sigma  rank 95%  vs noise\n"
    let intervals = bootstrap.intervals
    for (rank, index) in effects.ranking.enumerated() {
      let f = analysis.factors[index]
      let e = effects.factors[index]
      let b = intervals[index]
      let muInterval = "\(points(b.muStarLow, signed: false))–\(points(b.muStarHigh, signed: false))"
      let range = "\(Self.number(f.low))…\(Self.number(f.high))"
      text +=
        String(rank + 1).padding(toLength: 6, withPad: " ", startingAt: 0)
        + f.path.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
        + range.padding(toLength: 24, withPad: " ", startingAt: 0)
        + points(e.muStar, signed: false).leftPadded(9) + muInterval.leftPadded(16) + points(e.mu).leftPadded(9)
        + points(e.sigma, signed: false).leftPadded(9) + "\(b.rankLow)–\(b.rankHigh)".leftPadded(10)
        + (noise.distinguishes(b) ? "above" : "noise").leftPadded(10) + "\n"
    }
    text += "mu*, mu, sigma: change in release_ready (percentage points) when the parameter moves across its range\n"
    text += "95% intervals: bootstrap over the trajectories (\(bootstrap.resamples) resamples); overlapping rank "
    text += "intervals are not ordered by the design\n"
    text += "noise floor: mu* \(points(noise.floor, signed: false)) pp, the mean |elementary effect| between a "
    text += "trajectory's start point and the same point with other replications (\(noise.effects.count) repeats); "
    text += "\"noise\": the mu* interval does not lie above it, so the parameter is not distinguishable from noise\n"
    let names = leads.map { analysis.factors[$0].path }
    let above = "\(aboveNoise.count) of \(analysis.factors.count) parameters above the noise floor"
    if aboveNoise.isEmpty {
      text += "no parameter is distinguishable from noise: more trajectories or replications are needed\n"
    } else if names.isEmpty {
      text += "depends most on: none is certainly among the \(Self.leadCount) most influential (rank intervals "
      text += "overlap; \(above))\n"
    } else {
      text += "depends most on: \(names.joined(separator: ", ")) (\(above); rank intervals within the top "
      text += "\(Self.leadCount))\n"
    }
    return text
  }

  /// A range end without trailing zeros: 0.25, 7, 13500.
  static func number(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%g", x)
  }
}
