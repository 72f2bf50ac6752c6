import SimKernel

/// The expected value of partial perfect information (EVPPI) by regression,
/// without a GAM: what knowing one assumption would be worth to a choice.
///
/// Strong, Oakley & Brennan (2014), *Med Decis Making* 34:311. With
/// `outcomes[i][v]` the net benefit of option v in world i and φ_i the
/// assumption's value there, fit g_v(φ) ≈ E[NB_v | φ] for each option by a
/// smoother, then EVPPI(φ) = mean_i max_v g_v(φ_i) − max_v mean_i g_v(φ_i).
/// The smoother here is a polynomial of degree 0 to 3 in φ's ranks (so the
/// spread of φ's range does not matter), the degree chosen per option by
/// leave-one-out cross-validation (PRESS, exact for least squares through
/// the hat matrix): a parameter the outcome ignores gets the constant fit and
/// an EVPPI of exactly 0 in most cases, a small positive one otherwise. That
/// small positive bias is measured as a noise floor: the largest EVPPI of
/// columns of random numbers (19 per assumption tested, so that with m
/// assumptions that do not matter, one clears it by chance with probability
/// 1/20: a family-wise 5% level). Every EVPPI lies between 0 and the EVPI,
/// mean_i max_v NB_{v,i} − max_v mean_i NB_{v,i}.
package enum ValueOfInformation {
  /// The expected value of perfect information: knowing everything, per world.
  package static func perfect(_ outcomes: [[Double]]) -> Double {
    guard let options = outcomes.first?.count, options > 0 else { return 0 }
    let n = Double(outcomes.count)
    let bestKnown = outcomes.map { $0.max()! }.reduce(0, +) / n
    return max(0, bestKnown - (0..<options).map { v in outcomes.map { $0[v] }.reduce(0, +) / n }.max()!)
  }

  /// What knowing `parameter` (one value per world) is worth, and the share of worlds in
  /// which knowing it changes the choice from the option best on average.
  package static func partial(_ outcomes: [[Double]], parameter: [Double]) -> (value: Double, changes: Double) {
    guard let options = outcomes.first?.count, options > 0, outcomes.count == parameter.count else { return (0, 0) }
    let n = outcomes.count
    let x = PartialRankCorrelation.ranks(parameter).map { 2 * ($0 - 0.5) / Double(n) - 1 }
    let fits = (0..<options).map { v in fitted(outcomes.map { $0[v] }, x: x) }
    let means = fits.map { $0.reduce(0, +) / Double(n) }
    let chosen = means.indices.max { means[$0] < means[$1] || (means[$0] == means[$1] && $0 > $1) }!
    var total = 0.0
    var changed = 0
    for i in 0..<n {
      let best = (0..<options).max { fits[$0][i] < fits[$1][i] || (fits[$0][i] == fits[$1][i] && $0 > $1) }!
      total += fits[best][i]
      if fits[best][i] > fits[chosen][i] { changed += 1 }
    }
    return (max(0, total / Double(n) - means[chosen]), Double(changed) / Double(n))
  }

  /// The noise floor: the largest EVPPI of `columns` columns of uniform random numbers.
  package static func noiseFloor(_ outcomes: [[Double]], seed: UInt64, columns: Int = 20) -> Double {
    (0..<columns).map { c in
      var stream = RandomStream(
        seed: seed, replication: 0, kind: StreamLabel("evppi"), entity: UInt64(c), purpose: StreamLabel("noise"))
      return partial(outcomes, parameter: outcomes.map { _ in stream.nextDouble() }).value
    }.max() ?? 0
  }

  /// Least-squares fitted values of `y` on a polynomial in `x` (in −1…1), its degree 0…3
  /// the one with the smallest leave-one-out error; ties go to the lower degree.
  static func fitted(_ y: [Double], x: [Double]) -> [Double] {
    let n = y.count
    var best: (press: Double, fit: [Double])? = nil
    for degree in 0...3 where n >= degree + 3 {
      guard let (fit, leverage) = polynomial(y, x: x, degree: degree) else { continue }
      var press = 0.0
      for i in 0..<n {
        let e = (y[i] - fit[i]) / max(1e-12, 1 - leverage[i])
        press += e * e
      }
      // A higher degree must earn its place: better by more than rounding.
      if best == nil || press < best!.press * (1 - 1e-9) { best = (press, fit) }
    }
    return best?.fit ?? Array(repeating: y.reduce(0, +) / Double(max(1, n)), count: n)
  }

  /// The fit of degree `degree` and each point's leverage (the hat matrix's diagonal); nil if singular.
  static func polynomial(_ y: [Double], x: [Double], degree: Int) -> (fit: [Double], leverage: [Double])? {
    let k = degree + 1
    let rows = x.map { xi in (0..<k).map { p in (0..<p).reduce(1.0) { a, _ in a * xi } } }
    var gram = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var moment = [Double](repeating: 0, count: k)
    for (row, yi) in zip(rows, y) {
      for a in 0..<k {
        moment[a] += row[a] * yi
        for b in 0..<k { gram[a][b] += row[a] * row[b] }
      }
    }
    guard let inverse = invert(gram) else { return nil }
    let beta = (0..<k).map { a in (0..<k).reduce(0.0) { $0 + inverse[a][$1] * moment[$1] } }
    let fit = rows.map { row in (0..<k).reduce(0.0) { $0 + row[$1] * beta[$1] } }
    let leverage = rows.map { row in
      (0..<k).reduce(0.0) { s, a in s + row[a] * (0..<k).reduce(0.0) { $0 + inverse[a][$1] * row[$1] } }
    }
    return (fit, leverage)
  }

  /// The inverse of a small symmetric matrix by Gauss–Jordan elimination with pivoting; nil if singular.
  static func invert(_ m: [[Double]]) -> [[Double]]? {
    let k = m.count
    var a = m.enumerated().map { i, row in row + (0..<k).map { $0 == i ? 1.0 : 0.0 } }
    let scale = m.indices.map { abs(m[$0][$0]) }.max() ?? 0
    for column in 0..<k {
      let pivot = (column..<k).max { abs(a[$0][column]) < abs(a[$1][column]) }!
      guard abs(a[pivot][column]) > 1e-12 * max(1, scale) else { return nil }
      a.swapAt(column, pivot)
      let p = a[column][column]
      a[column] = a[column].map { $0 / p }
      for r in 0..<k where r != column {
        let f = a[r][column]
        if f != 0 { a[r] = zip(a[r], a[column]).map { $0 - f * $1 } }
      }
    }
    return a.map { Array($0[k...]) }
  }
}
