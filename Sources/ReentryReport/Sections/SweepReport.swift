import ReentryModel

/// The report of a sweep: how release readiness moves with the varied
/// parameter, each headline metric against it with its interval band, the
/// parameters and the provenance.
///
/// The first varied parameter is the x axis. In a grid with more varied
/// parameters, each combination of the others is a line of its own; in a
/// zip sweep they all move together, so the axis, the headline and the
/// point labels name every one of them.
///
/// Everything that depends on all points (the lines, whether x is numeric,
/// each category's place) is worked out once, in `init`, so the report's
/// work grows linearly with the points: a sweep of 10,000 points is drawn
/// from one pass over them, not one pass per point.
struct SweepReport: Sendable {
  let result: SweepResult
  /// Whether every x value is a number (else the axis is categorical, in point order).
  let numericX: Bool
  /// The points grouped into lines, each with a name ("" for the only line).
  let lines: [(name: String, points: [SweepResult.Point])]
  /// A categorical x value's place on the axis.
  private let categoryIndex: [String: Int]
  /// Where the page's charts are placed and logged.
  let context: RenderContext

  init(result: SweepResult, context: RenderContext = RenderContext()) {
    self.result = result
    self.context = context
    let categories = result.values(ofDimension: 0)
    numericX = categories.allSatisfy { Double($0) != nil }
    categoryIndex = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    lines = Self.lines(result, context.strings)
  }

  /// The parameters the x axis stands for: the first varied one, or in a zip
  /// sweep every varied one, since they move together and the axis is theirs.
  var xPaths: [String] {
    guard !result.paths.isEmpty else { return ["point"] }
    return result.mode == "zip" ? result.paths : [result.paths[0]]
  }
  var xLabel: String {
    xPaths.map { ReportLabels.parameter($0, context.strings) }.joined(separator: " \(context.strings.and) ")
  }
  var xTitle: String {
    ReportLabels.capitalised(
      xPaths.map { path in
        let unit = ParameterCatalog.schema.spec(path)?.unit ?? ""
        return ReportLabels.parameter(path, context.strings)
          + (unit.isEmpty ? "" : " (\(context.strings.unitName(unit)))")
      }.joined(separator: " / "))
  }

  func unit(_ metric: String) -> DisplayUnit {
    DisplayUnit(Metric.all.first { $0.name == metric }?.unit ?? "", context.strings)
  }

  /// The points grouped into lines: in a grid of several parameters, one per
  /// combination of the others, in the order the points first take them.
  private static func lines(_ result: SweepResult, _ t: Strings) -> [(name: String, points: [SweepResult.Point])] {
    guard result.mode == "grid" && result.paths.count > 1 else { return [("", result.points)] }
    var out: [(name: String, points: [SweepResult.Point])] = []
    var index: [String: Int] = [:]
    for point in result.points {
      let name = zip(result.paths.dropFirst(), point.cells.dropFirst())
        .map { "\(ReportLabels.parameter($0, t)) = \(ReportLabels.value($1, t))" }.joined(separator: ", ")
      if let i = index[name] {
        out[i].points.append(point)
      } else {
        index[name] = out.count
        out.append((name, [point]))
      }
    }
    return out
  }

  func xText(_ point: SweepResult.Point) -> String {
    result.mode == "zip" && point.cells.count > 1
      ? point.cells.map { ReportLabels.value($0, context.strings) }.joined(separator: " / ")
      : ReportLabels.value(point.cells[0], context.strings)
  }

  /// Where a point is, for a sentence: "caseload norm 15", or in a zip sweep
  /// every parameter with its value, "caseload norm 15 and shared system true".
  func place(_ point: SweepResult.Point) -> String {
    zip(xPaths, point.cells).map {
      "\(ReportLabels.parameter($0, context.strings)) \(ReportLabels.value($1, context.strings))"
    }
    .joined(separator: " \(context.strings.and) ")
  }

  /// The end of a line after "to": the value alone when one parameter is named, else every parameter again.
  func placeAgain(_ point: SweepResult.Point) -> String {
    xPaths.count > 1 ? place(point) : ReportLabels.value(point.cells[0], context.strings)
  }

  func x(_ point: SweepResult.Point) -> Double {
    numericX ? Double(point.cells[0])! : Double(categoryIndex[point.cells[0]] ?? 0)
  }

  var page: ReportPage {
    let t = context.strings
    return ReportPage(
      title: t.sweepTitle(xLabel, result.name),
      kind: t.sweepKind(
        result.points.count, result.mode, result.provenance.replications, result.provenance.seed, result.baseName),
      description: t.sweepDescription,
      answer: answer,
      sections: [
        .init(id: "metrics", heading: t.sweepMetricsHeading(xLabel), content: charts),
        .init(id: "groups", heading: t.sweepGroupsHeading, content: groups),
        .init(id: "parameters", heading: t.parametersHeading, content: parameters),
        .init(
          id: "provenance", heading: t.provenanceHeading, content: ProvenanceSection.html(result.provenance, context)),
      ])
  }

  var answer: String {
    let t = context.strings
    let lead = AnswerText.lead
    let u = unit(lead)
    var items = ""
    for line in lines {
      let points = line.points.filter { $0.estimate(lead)?.mean.isFinite == true }
      guard let first = points.first, let last = points.last, let a = first.estimate(lead), let b = last.estimate(lead)
      else { continue }
      let label = ReportLabels.metric(lead, context.strings)
      let metric = line.name.isEmpty ? label : t.withLine(line.name) + ReportLabels.inSentence(label)
      // One point has no "from … to …": a line that starts and ends at the same point reads as a change.
      let single = points.count == 1
      let sentence =
        single
        ? t.sweepIsAt(metric, u.value(a.mean), place(first))
        : t.sweepGoes(metric, u.value(a.mean), place(first), u.value(b.mean), placeAgain(last))
      var text =
        !single && a.hasInterval && b.hasInterval
        ? " (\(t.intervalsBoth(u.interval(a), u.interval(b))))." : " (\(u.intervalPhrase(a)))."
      if let top = points.max(by: { $0.estimate(lead)!.mean < $1.estimate(lead)!.mean }),
        top.cells != first.cells && top.cells != last.cells, let e = top.estimate(lead)
      {
        text += t.highestAt(placeAgain(top), u.value(e.mean), u.interval(e))
      }
      items += HTML.tag(
        "li",
        [
          ("class", "finding"), ("data-metric", lead), ("data-group", "all"),
          ("data-line", line.name), ("data-first-x", first.cells[0]), ("data-last-x", last.cells[0]),
        ]
          + AnswerText.attributes(a, prefix: "first-") + AnswerText.attributes(b, prefix: "last-"),
        HTML.text("span", [("class", "lead")], sentence) + HTML.escape(text))
    }
    return HTML.tag("ul", [("class", "headlines")], items) + HTML.text("p", AnswerText.meaning(context.strings))
      + HTML.text(
        "p", [("class", "caveat")],
        AnswerText.caveat(
          replications: result.provenance.replications, seed: result.provenance.seed, paired: false, context.strings))
  }

  var charts: String {
    let t = context.strings
    var out = "<div class=\"charts\">"
    for (i, metric) in Metric.headline.enumerated() {
      let u = unit(metric)
      let series = lines.map { line in
        BandLineChart.Series(
          name: line.name.isEmpty ? ReportLabels.metric(metric, context.strings) : line.name,
          points: line.points.compactMap { p in
            p.estimate(metric).map(u.bounded).map {
              .init(x: x(p), xText: xText(p), mean: $0.mean, low: $0.low, high: $0.high, n: $0.n)
            }
          })
      }
      guard series.contains(where: { !$0.points.isEmpty }) else { continue }
      var chart = BandLineChart(
        id: "sweep-\(i + 1)", title: t.sweepChartTitle(ReportLabels.metric(metric, context.strings), xLabel),
        series: series,
        xTitle: xTitle, yTitle: u.axisTitle, yFactor: u.factor, yDecimals: u.decimals,
        band: t.bandOverReplications,
        subject: t.sweepChartSubject(ReportLabels.inSentence(ReportLabels.metric(metric, context.strings))))
      if !numericX { chart.categories = result.values(ofDimension: 0).map { ReportLabels.value($0, context.strings) } }
      out += context.place(chart.figure(context))
    }
    return out + "</div>"
  }

  var groups: String {
    let t = context.strings
    let lead = AnswerText.lead
    let u = unit(lead)
    var rows: [[String]] = []
    for point in result.points {
      for record in point.records where record.metric == lead {
        rows.append([
          point.cells.map { ReportLabels.value($0, context.strings) }.joined(separator: ", "),
          ReportLabels.group(record.group, context.strings),
          u.value(record.estimate.mean),
          u.interval(record.estimate), String(record.estimate.n),
        ])
      }
    }
    return HTML.tag(
      "details",
      HTML.text("summary", t.sweepGroupsSummary)
        + DataTable(
          caption: t.sweepGroupsCaption,
          header: [result.paths.joined(separator: ", "), t.group, t.mean, t.interval95, t.n],
          rows: rows, numericFrom: 2
        ).html)
  }

  var parameters: String {
    let varied = result.paths.indices.map { d in
      (
        path: result.paths[d],
        values: result.values(ofDimension: d).map { ReportLabels.value($0, context.strings) }.joined(separator: ", ")
      )
    }
    return HTML.text("p", [("class", "note")], ParameterSection.intro(context.strings))
      + ParameterSection.html(result.parameters, name: context.strings.thisSweep, varied: varied, context.strings)
  }
}
