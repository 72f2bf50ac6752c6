import SimKernel

/// Morris's one-at-a-time trajectories on a grid of `levels` values in the unit cube.
///
/// Each trajectory starts at a random grid point and moves every factor
/// once, in a random order, by Δ = levels / (2 (levels − 1)): up from the
/// lower half of the grid, down from the upper half, so every grid value is
/// equally likely and every step stays inside the cube (Morris 1991). The
/// draws come from our own stream keyed by the seed, so the same seed gives
/// the same design on every machine and Swift version.
struct MorrisDesign: Sendable {
  /// Which factor moved between two consecutive points, and by how much (signed, unit scale).
  struct Step: Sendable, Equatable {
    let factor: Int
    let delta: Double
  }

  let factorCount: Int
  let levels: Int
  /// `points[t]` holds the factorCount + 1 points of trajectory t, coordinates in [0, 1].
  let points: [[[Double]]]
  /// `steps[t][j]` leads from `points[t][j]` to `points[t][j + 1]`.
  let steps: [[Step]]

  /// The step size in the unit cube.
  var delta: Double { Double(levels) / (2 * Double(levels - 1)) }

  /// `levels` must be even and at least 2 (an odd grid makes some values unreachable).
  init(factorCount: Int, trajectories: Int, levels: Int, seed: UInt64) {
    precondition(factorCount >= 1 && trajectories >= 1 && levels >= 2 && levels % 2 == 0)
    self.factorCount = factorCount
    self.levels = levels
    let half = levels / 2
    var points: [[[Double]]] = []
    var steps: [[Step]] = []
    for t in 0..<trajectories {
      var s = RandomStream(
        seed: seed, replication: 0, kind: StreamLabel("morris"), entity: UInt64(t), purpose: StreamLabel("trajectory"))
      var level = (0..<factorCount).map { _ in Int(s.bounded(UInt64(levels))) }
      var order = Array(0..<factorCount)
      s.shuffle(&order)
      func coordinates() -> [Double] { level.map { Double($0) / Double(levels - 1) } }
      var trajectory = [coordinates()]
      var moves: [Step] = []
      for factor in order {
        let up = level[factor] < half
        level[factor] += up ? half : -half
        trajectory.append(coordinates())
        let step = Double(half) / Double(levels - 1)
        moves.append(Step(factor: factor, delta: up ? step : -step))
      }
      points.append(trajectory)
      steps.append(moves)
    }
    self.points = points
    self.steps = steps
  }

  /// Every point of every trajectory, trajectory by trajectory: the evaluation order.
  var allPoints: [[Double]] { points.flatMap { $0 } }
}
