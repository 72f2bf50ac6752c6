/// The Student t quantile for 95% confidence intervals, because with few
/// replications the normal 1.96 would make intervals too narrow.
public enum StudentT {
  /// The 0.975 quantile of Student's t with the given degrees of freedom,
  /// accurate to better than 1e-7.
  ///
  /// Degrees of freedom 1…30 come from a table (exact values rounded to
  /// double); above 30 the Cornish–Fisher expansion in 1/df with four
  /// correction terms is used (Abramowitz & Stegun 26.7.5), whose error is
  /// below 3e-8 at df 31 and shrinks with df. Returns NaN for df < 1.
  public static func quantile975(degreesOfFreedom df: Int) -> Double {
    guard df >= 1 else { return .nan }
    if df <= table.count { return table[df - 1] }
    let z = normalQuantile975
    let z2 = z * z
    let g1 = z * (z2 + 1) / 4
    let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
    let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
    let g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160
    let v = 1 / Double(df)
    return z + v * (g1 + v * (g2 + v * (g3 + v * g4)))
  }

  /// The 0.975 quantile of the standard normal, the limit for large df.
  public static let normalQuantile975 = 1.959963984540054

  /// t(0.975, df) for df = 1…30.
  private static let table: [Double] = [
    12.706204736174694, 4.302652729749462, 3.1824463052837078, 2.7764451051977934,
    2.5705818356363146, 2.4469118511449786, 2.364624251592784, 2.306004135204166,
    2.262157162798205, 2.228138851986274, 2.200985160091639, 2.1788128296672284,
    2.1603686564627913, 2.144786687917804, 2.131449545559776, 2.1199052992212546,
    2.1098155778333156, 2.1009220402410382, 2.0930240544083087, 2.085963447265864,
    2.0796138447276795, 2.0738730679040254, 2.0686576104190486, 2.0638985616280245,
    2.0595385527532972, 2.0555294386428735, 2.0518305164802846, 2.0484071417952454,
    2.045229642132703, 2.0422724563012378,
  ]
}
