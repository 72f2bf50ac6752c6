import Foundation

/// Elementary effects per factor and their Morris statistics.
///
/// An elementary effect is the change of the output over the change of one
/// factor, both on the factor's own scale (so effects of factors with
/// different units compare): here the change in output when the factor
/// would move across its whole range. mu* (mean of |effect|) ranks
/// influence, mu (mean effect) gives its direction, and sigma (their
/// standard deviation) shows non-linearity or interaction with other
/// factors (Campolongo, Cariboni & Saltelli 2007).
package struct MorrisEffects: Sendable {
  struct Factor: Sendable {
    let index: Int
    let effects: [Double]
    /// The trajectory of each effect, for the bootstrap over trajectories.
    var trajectories: [Int] = []
    var muStar: Double { effects.isEmpty ? .nan : effects.reduce(0) { $0 + abs($1) } / Double(effects.count) }
    var mu: Double { effects.isEmpty ? .nan : effects.reduce(0, +) / Double(effects.count) }
    var sigma: Double {
      guard effects.count > 1 else { return .nan }
      let m = mu
      return (effects.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(effects.count - 1)).squareRoot()
    }
  }

  let factors: [Factor]
  /// Trajectories of the design (the bootstrap's units).
  var trajectoryCount = 0

  /// `outputs` holds one value per point of `design.allPoints`. `moved(t, j)` gives the
  /// factor's actual change on its own unit scale (it differs from Δ after integer rounding);
  /// a step that did not change its factor at all contributes no effect.
  init(design: MorrisDesign, outputs: [Double], moved: (_ trajectory: Int, _ step: Int) -> Double) {
    precondition(outputs.count == design.allPoints.count)
    var effects = [[Double]](repeating: [], count: design.factorCount)
    var trajectories = [[Int]](repeating: [], count: design.factorCount)
    var offset = 0
    for (t, steps) in design.steps.enumerated() {
      for (j, step) in steps.enumerated() {
        let dx = moved(t, j)
        let dy = outputs[offset + j + 1] - outputs[offset + j]
        if dx != 0, dy.isFinite {
          effects[step.factor].append(dy / dx)
          trajectories[step.factor].append(t)
        }
      }
      offset += steps.count + 1
    }
    factors = effects.indices.map { Factor(index: $0, effects: effects[$0], trajectories: trajectories[$0]) }
    trajectoryCount = design.steps.count
  }

  /// Without rounding: every step moves its factor by exactly the design's Δ.
  init(design: MorrisDesign, outputs: [Double]) {
    self.init(design: design, outputs: outputs) { t, j in design.steps[t][j].delta }
  }

  /// Factor indices from most to least influential (mu*, ties by index).
  var ranking: [Int] {
    factors.sorted { a, b in
      let x = a.muStar.isNaN ? -1 : a.muStar
      let y = b.muStar.isNaN ? -1 : b.muStar
      return x != y ? x > y : a.index < b.index
    }.map(\.index)
  }
}
