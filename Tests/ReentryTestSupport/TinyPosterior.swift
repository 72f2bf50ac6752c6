import Foundation

/// A hand-written calibration result: `particles.csv` and `generations.csv` as `reentry calibrate` writes them.
///
/// Generation 0 holds decoy particles (every value at `rows[0]`, equal
/// weights) so a reader that took the wrong generation would be seen;
/// generation 1, the posterior, holds `rows` with `weights`. Each row also
/// carries a target column, as the real file does, that the reader must skip.
package enum TinyPosterior {
  /// Writes the two files into a new folder of `dir` and returns the folder's path.
  package static func write(
    _ dir: URL, paths: [String], rows: [[Double]], weights: [Double], complete: Bool = true
  ) -> String {
    let folder = dir.appendingPathComponent("calibration-\(UUID().uuidString)")
    func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
    var particles =
      (["generation", "particle", "proposal", "weight", "distance"] + paths + ["caseload_mean"])
      .joined(separator: ",") + "\n"
    for (g, population) in [(0, rows.map { _ in rows[0] }), (1, rows)] {
      for (k, row) in population.enumerated() {
        let weight = g == 0 ? 1 / Double(rows.count) : weights[k]
        particles +=
          ([String(g), String(k), String(k), number(weight), "0.5"] + row.map(number) + ["21.5"])
          .joined(separator: ",") + "\n"
      }
    }
    writeFile(folder, "particles.csv", particles)
    writeFile(
      folder, "generations.csv",
      "generation,tolerance,evaluations,accepted,acceptance_rate,effective_sample_size,complete\n"
        + "0,inf,\(rows.count),\(rows.count),1,\(rows.count),true\n"
        + "1,1,\(rows.count),\(rows.count),1,\(rows.count),\(complete)\n")
    return folder.path
  }
}
