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
      guard let data = FileManager.default.contents(atPath: directory.file(SweepPointFile.name(point))) else {
        continue
      }
      let line = String(decoding: data, as: UTF8.self).split(separator: "\n")
        .first { $0.contains(",release_ready,all,") }
      let fields = line.map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(5).map(String.init) }
      guard let fields, fields.count == 5 else { continue }
      let (mean, low, high) = (Double(fields[0]) ?? .nan, Double(fields[2]) ?? .nan, Double(fields[3]) ?? .nan)
      text += "  \(parameters): \(TextFormat.percent(mean)) (\(TextFormat.percent(low))–\(TextFormat.percent(high)))\n"
    }
    if plan.pointCount > limit { text += "  … \(plan.pointCount - limit) more points in sweep.csv\n" }
    return text
  }
}
