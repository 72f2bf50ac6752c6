/// Systematic resampling: `count` draws by weight from one uniform, the least noisy of the standard schemes.
///
/// Draw k takes the particle whose cumulative weight interval holds
/// (u + k) / count, u uniform on [0, 1) (Kitagawa 1996; Douc, Cappé &
/// Moulines 2005 compare the schemes). A particle of weight w is copied
/// ⌊count · w⌋ or ⌈count · w⌉ times and one of weight 0 never.
enum SystematicResampling {
  /// The indices drawn from `weights` (not necessarily normalised, at least one positive), in increasing order.
  static func indices(weights: [Double], count: Int, uniform u: Double) -> [Int] {
    let total = weights.reduce(0, +)
    guard total > 0, count > 0 else { return [] }
    let last = weights.lastIndex { $0 > 0 } ?? 0
    var picks: [Int] = []
    picks.reserveCapacity(count)
    var i = 0
    var cumulative = weights[0] / total
    for k in 0..<count {
      let point = (u + Double(k)) / Double(count)
      while cumulative <= point, i < last {
        i += 1
        cumulative += weights[i] / total
      }
      picks.append(i)
    }
    return picks
  }
}
