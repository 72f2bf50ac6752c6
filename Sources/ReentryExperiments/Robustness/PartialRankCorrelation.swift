/// Partial rank correlation coefficients (PRCC): how strongly each input
/// goes with an output once the other inputs are accounted for, on ranks,
/// so any monotone relation counts (Marino et al. 2008).
///
/// Definition: rank-transform every input and the output (ties get their
/// average rank); regress the ranks of input j and those of the output, by
/// least squares, on the ranks of all other inputs (with an intercept); the
/// PRCC of j is the correlation of the two residuals. Computed for all j at
/// once through the inverse of the rank covariance matrix P (an identity of
/// least squares: the correlation of those residuals is
/// −P[j][y] / √(P[j][j]·P[y][y])), one inversion instead of one regression
/// per input; `PartialRankCorrelationTests` checks it against the
/// regressions written out.
package enum PartialRankCorrelation {
  /// Ranks 1…n, ties at their average rank, in input order.
  static func ranks(_ x: [Double]) -> [Double] {
    let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : $0 < $1 }
    var ranks = [Double](repeating: 0, count: x.count)
    var i = 0
    while i < order.count {
      var j = i
      while j + 1 < order.count, x[order[j + 1]] == x[order[i]] { j += 1 }
      let average = Double(i + j + 2) / 2
      for k in i...j { ranks[order[k]] = average }
      i = j + 1
    }
    return ranks
  }

  /// The PRCC of every column of `inputs` (`inputs[row][column]`) with `output`;
  /// nil for a column that does not vary, and for all when there are too few
  /// rows (at least varying columns + 2 are needed) or the ranks are collinear.
  static func coefficients(inputs: [[Double]], output: [Double]) -> [Double?] {
    let n = output.count
    let k = inputs.first?.count ?? 0
    var result = [Double?](repeating: nil, count: k)
    guard n == inputs.count else { return result }
    let columns = (0..<k).map { j in ranks(inputs.map { $0[j] }) }
    let varying = (0..<k).filter { j in columns[j].contains { $0 != columns[j][0] } }
    let y = ranks(output)
    guard n >= varying.count + 2, y.contains(where: { $0 != y[0] }) else { return result }
    let variables = varying.map { columns[$0] } + [y]
    let m = variables.count
    let means = variables.map { $0.reduce(0, +) / Double(n) }
    var covariance = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
    for a in 0..<m {
      for b in a..<m {
        var sum = 0.0
        for i in 0..<n { sum += (variables[a][i] - means[a]) * (variables[b][i] - means[b]) }
        covariance[a][b] = sum / Double(n - 1)
        covariance[b][a] = covariance[a][b]
      }
    }
    guard let precision = inverse(covariance) else { return result }
    let last = m - 1
    for (position, j) in varying.enumerated() {
      let denominator = (precision[position][position] * precision[last][last]).squareRoot()
      guard denominator > 0, denominator.isFinite else { continue }
      result[j] = max(-1, min(1, -precision[position][last] / denominator))
    }
    return result
  }

  /// The inverse by Gauss–Jordan elimination with partial pivoting; nil if
  /// singular to working precision.
  static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
    let n = matrix.count
    var a = matrix
    var b = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    let scale = matrix.indices.map { abs(matrix[$0][$0]) }.max() ?? 0
    for column in 0..<n {
      var pivot = column
      for row in column..<n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
      guard abs(a[pivot][column]) > 1e-12 * max(scale, 1e-300) else { return nil }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      let p = a[column][column]
      for c in 0..<n {
        a[column][c] /= p
        b[column][c] /= p
      }
      for row in 0..<n where row != column {
        let factor = a[row][column]
        guard factor != 0 else { continue }
        for c in 0..<n {
          a[row][c] -= factor * a[column][c]
          b[row][c] -= factor * b[column][c]
        }
      }
    }
    return b
  }

  /// Spearman's rank correlation of two columns; nil when either does not vary.
  static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
    let a = ranks(x)
    let b = ranks(y)
    let n = Double(a.count)
    guard n > 1 else { return nil }
    let ma = a.reduce(0, +) / n
    let mb = b.reduce(0, +) / n
    var sab = 0.0
    var saa = 0.0
    var sbb = 0.0
    for i in a.indices {
      sab += (a[i] - ma) * (b[i] - mb)
      saa += (a[i] - ma) * (a[i] - ma)
      sbb += (b[i] - mb) * (b[i] - mb)
    }
    guard saa > 0, sbb > 0 else { return nil }
    return sab / (saa * sbb).squareRoot()
  }

  /// Rows below which no dependence is reported at all: a screened PRCC needs ten rows of
  /// residual freedom and ten columns to choose among.
  package static let minimumScreenedRows = 20

  /// The fewest rows for which coefficients exist with `columns` varying columns.
  package static func rowsNeeded(columns: Int) -> Int { min(columns + 2, minimumScreenedRows) }

  /// PRCC with a screening step for too few rows: when there are fewer rows than varying
  /// columns + 2 (but at least `minimumScreenedRows`), the PRCC is taken over the columns with
  /// the largest rank correlation with the output, as many as leave ten rows of residual
  /// freedom (n − 10); the others get nil. Returns the coefficients and how many columns they
  /// are partial over.
  static func screenedCoefficients(inputs: [[Double]], output: [Double]) -> (coefficients: [Double?], over: Int) {
    let k = inputs.first?.count ?? 0
    let full = coefficients(inputs: inputs, output: output)
    let varying = (0..<k).filter { j in inputs.contains { $0[j] != inputs[0][j] } }
    if full.contains(where: { $0 != nil }) || varying.isEmpty { return (full, varying.count) }
    guard output.count >= minimumScreenedRows else { return (full, 0) }
    let keep = output.count - 10
    let strength = varying.map { j in (j, abs(spearman(inputs.map { $0[j] }, output) ?? 0)) }
    let chosen = strength.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(keep).map(\.0).sorted()
    let partial = coefficients(inputs: inputs.map { row in chosen.map { row[$0] } }, output: output)
    var result = [Double?](repeating: nil, count: k)
    for (position, j) in chosen.enumerated() { result[j] = partial[position] }
    return (result, chosen.count)
  }
}
