import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport

/// The short table a terminal user sees after a sweep: `release_ready` for
/// everyone at each point, with its 95% interval.
enum SweepTable {
  /// Points shown at most; the rest are in sweep.csv.
  static let limit = 40

  static func text(_ directory: SweepDirectory, plan: SweepPlan) -> String {
    var text = "release_ready (all), 95% interval, by point:\n"
    for point in 0..<min(plan.pointCount, limit) {
      let parameters = plan.assignments(ofPoint: point)
        .map { "\($0.path)=\(SweepPointFile.cell($0.value))" }.joined(separator: " ")
      let name = SweepPointFile.name(point)
      guard let data = FileManager.default.contents(atPath: directory.file(name)),
        let table = try? CSVTable(String(decoding: data, as: UTF8.self), file: name),
        let columns = try? table.columns(SummaryColumn.self),
        let row = table.records.first(where: {
          columns.text($0, .metric) == MetricName.releaseReady && columns.text($0, .group) == "all"
        })
      else { continue }
      let (mean, low, high) = (
        Double(columns.text(row, .mean)) ?? .nan, Double(columns.text(row, .ciLow)) ?? .nan,
        Double(columns.text(row, .ciHigh)) ?? .nan
      )
      text += "  \(parameters): \(CompareTable.percent(mean)) (\(CompareTable.percentInterval(low, high)))\n"
    }
    if plan.pointCount > limit { text += "  … \(plan.pointCount - limit) more points in sweep.csv\n" }
    return text
  }
}
