import ReentryExperiments
import ReentryModel
import ReentryReport

/// The short table a terminal user sees after a run: headline metrics for every group.
enum HeadlineTable {
  /// Width of the metric-name column: the longest headline name and a space.
  static let nameWidth = (Metric.headline.map(\.count).max() ?? 20) + 1

  static func text(_ table: MetricTable, title: String) -> String {
    let rows = table.rows
    let groups = Group.all.map(\.name)
    var text = title + "\n"
    text += "metric".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
    for g in groups { text += g.replacingOccurrences(of: "municipality=", with: "mun=").leftPadded(13) }
    text += "\n"
    for metric in Metric.headline {
      text += metric.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      for g in groups {
        let cell =
          rows.first { $0.metric == metric && $0.group == g }
          .map { CompareTable.percent($0.summary.mean) } ?? "NA"
        text += cell.leftPadded(13)
      }
      text += "\n"
    }
    if let r = rows.first(where: { $0.metric == MetricName.releaseReady && $0.group == "all" }), r.summary.n > 1 {
      text +=
        "release_ready (all): \(CompareTable.percent(r.summary.mean)), 95% interval "
        + "\(CompareTable.percentInterval(r.summary.ciLow, r.summary.ciHigh))\n"
    }
    return text
  }
}
