import Foundation
import ReentryModel
import ScenarioFormat

/// The file of one finished point, `points/000017.csv`: exactly the rows
/// `sweep.csv` will hold for that point, under the same header.
///
/// `sweep.csv` is the concatenation of the point files' rows in point
/// order, so it can be assembled without holding the sweep in memory, and
/// a shard's point files merge into the very same bytes.
package enum SweepPointFile {
  /// The file name of point `index` inside a sweep directory.
  package static func name(_ index: Int) -> String { SweepPlan.pointFile(index) }

  /// The varied parameters by path, then the summary columns.
  static func layout(_ plan: SweepPlan) -> CSVLayout<SummaryColumn> {
    .sweep(varying: plan.dimensions.map(\.path))
  }

  static func header(_ plan: SweepPlan) -> String { layout(plan).header }

  /// A parameter value in a CSV cell: numbers as in scenario files, booleans as true/false, strings bare.
  package static func cell(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return TextFormat.csvField(text)
    default: return TextFormat.csvField(JSONWriter.write(value, pretty: false))
    }
  }

  /// The parameter cells that start every row of point `index`.
  static func cells(_ plan: SweepPlan, _ index: Int) -> [String] {
    plan.assignments(ofPoint: index).map { cell($0.value) }
  }

  /// Those cells as the start of a line.
  static func prefix(_ plan: SweepPlan, _ index: Int) -> String { cells(plan, index).joined(separator: ",") }

  /// The point's file: header, then one row per metric × group with a value, in catalog order.
  static func render(_ table: MetricTable, plan: SweepPlan, point: Int) -> [UInt8] {
    let layout = layout(plan)
    let cells = cells(plan, point)
    var text = layout.header + "\n"
    for row in table.rows { text += layout.line(leading: cells) { $0.cell(row) } + "\n" }
    return Array(text.utf8)
  }

  /// Whether `bytes` are a whole point file of this plan's point `index`:
  /// our header, every row for this point's values with all columns, and a final newline.
  static func isComplete(_ bytes: [UInt8], plan: SweepPlan, point index: Int) -> Bool {
    guard bytes.last == 10 else { return false }
    let lines = String(decoding: bytes.dropLast(), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    guard lines.first.map(String.init) == header(plan) else { return false }
    let start = prefix(plan, index) + ","
    return lines.dropFirst().allSatisfy { line in
      line.hasPrefix(start)
        && line.dropFirst(start.count).split(separator: ",", omittingEmptySubsequences: false).count
          == SummaryColumn.allCases.count
    }
  }

}
