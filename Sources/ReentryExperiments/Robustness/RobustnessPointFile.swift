import Foundation
import ReentryModel
import ScenarioFormat

/// The file of one finished draw, `points/000017.csv`: exactly the rows
/// `robustness.csv` will hold for that draw, under the same header.
///
/// A row: the draw, its drawn values (one column per parameter path),
/// whether it was kept and which figures rejected it, then the scenario,
/// metric, group, the scenario's mean over the draw's replications and the
/// paired difference from the base (mean of variant − base over the
/// replications where both exist; NA for the base itself), the world's run
/// seed, and per replication r (0-based) its value `value_r<r>` and its
/// paired difference `difference_r<r>` (NA where absent), which split an
/// effect's spread into noise and assumptions. A rejected draw has base rows
/// only: its variants are not run, since no statistic uses them.
enum RobustnessPointFile {
  /// The metric × group cells reported per scenario: every metric for
  /// group all, and release_ready for every group (for whom it works).
  static let cells: [(metric: Int, group: Int)] = {
    let ready = Metric.index(MetricName.releaseReady)
    return Metric.all.indices.map { ($0, 0) } + Group.all.indices.dropFirst().map { (ready, $0) }
  }()

  static let trailingColumns = ["kept", "rejected_by", "scenario", "metric", "group", "value", "difference", "seed"]

  /// The column of replication `r`'s value, or of its paired difference.
  static func replicationColumn(_ r: Int, difference: Bool) -> String {
    (difference ? "difference_r" : "value_r") + String(r)
  }

  static func header(_ plan: RobustnessPlan) -> String {
    let perReplication = [false, true].flatMap { d in
      (0..<plan.replications).map { replicationColumn($0, difference: d) }
    }
    return (["draw"] + plan.factors.map(\.path) + trailingColumns + perReplication).joined(separator: ",")
  }

  /// A drawn value as in scenario files: 14, 0.1234.
  static func number(_ x: Double) -> String { JSONWriter.formatNumber(x) }

  /// The draw's file. `tables[s]` holds scenario s's metric values per replication, nil if not run.
  static func render(
    plan: RobustnessPlan, draw: Int, rejectedBy: [String], tables: [MetricTable?]
  ) -> [UInt8] {
    let lead =
      ([String(draw)] + plan.values[draw].map(number)
      + [rejectedBy.isEmpty ? "true" : "false", rejectedBy.joined(separator: ";")]).joined(separator: ",")
    var text = header(plan) + "\n"
    let base = tables[0]
    for (s, scenario) in plan.scenarios.enumerated() {
      guard let table = tables[s] else { continue }
      for (m, g) in cells {
        let values = table.values.compactMap { $0[m][g] }
        guard !values.isEmpty else { continue }
        var difference = "NA"
        var perReplication = [Double?](repeating: nil, count: table.values.count)
        if s > 0, let base {
          perReplication = zip(base.values, table.values).map { b, v in b[m][g].flatMap { x in v[m][g].map { $0 - x } }
          }
          let pairs = perReplication.compactMap { $0 }
          if !pairs.isEmpty { difference = TextFormat.decimal(pairs.reduce(0, +) / Double(pairs.count)) }
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let cells = (table.values.map { $0[m][g] } + perReplication).map { $0.map(TextFormat.decimal) ?? "NA" }
        text +=
          ([
            lead, TextFormat.csvField(scenario.name), Metric.all[m].name, Group.all[g].name, TextFormat.decimal(mean),
            difference, String(plan.worldSeed(draw)),
          ] + cells).joined(separator: ",") + "\n"
      }
    }
    return Array(text.utf8)
  }

  /// Whether `bytes` are a whole file of draw `index`: our header, at least
  /// one row, every row of this draw with all columns, a final newline.
  static func isComplete(_ bytes: [UInt8], plan: RobustnessPlan, draw index: Int) -> Bool {
    guard bytes.last == 10, let table = try? CSVTable(String(decoding: bytes, as: UTF8.self), file: "") else {
      return false
    }
    return table.header.joined(separator: ",") == header(plan) && !table.records.isEmpty
      && table.records.allSatisfy { $0.fields.first == String(index) }
  }
}
