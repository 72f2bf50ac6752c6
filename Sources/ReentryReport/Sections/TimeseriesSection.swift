import ReentryModel
import ScenarioFormat

/// The "Over time" section of a run: population, casemanagers, caseloads,
/// backlog, waiting lists and places in use, as the mean over replications
/// per day with a band from the lowest to the highest replication.
enum TimeseriesSection {
  /// Charts and the series each shows, in page order; a series not listed gets a chart of its own.
  static let charts: [(title: String, series: [String], unit: String)] = [
    ("Detainees in prison", ["population"], "detainees"),
    ("Caseload per casemanager", ["mean_caseload", "max_caseload"], "detainees per casemanager"),
    ("Casework backlog", ["backlog_hours"], "hours of casework due"),
    ("Waiting lists after release", ["probation_waiting", "care_waiting"], "people waiting"),
    ("Casemanagers", ["casemanagers"], "casemanagers"),
    ("Probation and care places in use", ["probation_supervising", "care_placed"], "people"),
  ]

  static func html(_ series: Timeseries, parameters: JSONValue, context: RenderContext) -> String {
    let t = context.strings
    // The titles and units of the charts above, in the report's language.
    let charts = zip(Self.charts, zip(t.timeseriesTitles, t.timeseriesUnits)).map {
      (title: $1.0, series: $0.series, unit: $1.1)
    }
    var plan = charts.filter { chart in chart.series.contains { series.points($0) != nil } }
    for s in series.series where !charts.contains(where: { $0.series.contains(s.name) }) {
      let label = ReportLabels.series(s.name, context.strings)
      plan.append((label.label, [s.name], label.unit))
    }
    let window = measuredWindow(parameters, context.strings)
    var out = HTML.text("p", [("class", "note")], t.timeseriesNote)
    out += "<div class=\"charts\">"
    for (i, chart) in plan.enumerated() {
      let lines = chart.series.compactMap { name in
        series.points(name).map { points in
          BandLineChart.Series(
            name: ReportLabels.series(name, context.strings).label,
            points: points.map {
              BandLineChart.Point(
                x: Double($0.day), xText: String($0.day), mean: $0.mean, low: $0.min, high: $0.max, n: $0.n)
            })
        }
      }
      var figure = BandLineChart(
        id: "timeseries-\(i + 1)", title: chart.title, series: lines, xTitle: t.simulatedDay,
        yTitle: ReportLabels.capitalised(chart.unit), yFactor: 1, yDecimals: 1,
        band: t.bandLowestHighest, subject: ReportLabels.inSentence(chart.title))
      figure.window = window
      figure.xEndsAtData = true
      out += context.place(figure.figure(context))
    }
    return out + "</div>"
  }

  /// The measured window in simulated days, from the run's parameters.
  static func measuredWindow(_ parameters: JSONValue, _ t: Strings) -> (from: Double, to: Double, label: String)? {
    guard case .number(let warmup)? = ParameterDifferences.value("run.warmupDays", in: parameters),
      case .number(let measured)? = ParameterDifferences.value("run.measuredDays", in: parameters)
    else { return nil }
    return (warmup, warmup + measured, t.measuredWindow)
  }
}
