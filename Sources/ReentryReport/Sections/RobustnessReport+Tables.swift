import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The tables of the robustness report: cost beside effect, the probability
/// of being best, the figures that rejected worlds, every metric and the
/// drawn assumptions.
extension RobustnessReport {
  private func signed(_ x: Double, _ u: DisplayUnit) -> String {
    DisplayUnit.signed(x * u.factor, u.decimals, context.strings)
  }

  private func range(_ r: (low: Double, high: Double), _ u: DisplayUnit) -> String {
    "\(signed(r.low, u)) \(context.strings.rangeTo) \(signed(r.high, u))"
  }

  private static func optionalPercent(_ p: Double?, _ t: Strings) -> String { p.map { percent($0, t) } ?? "—" }

  /// Per variant the effect on the lead metric and the staff cost, side by side.
  var cost: String {
    let r = context.robustness
    let u = unit(Self.lead)
    guard result.kept > 0 else { return nothingKept }
    let rows = result.variants.map { v -> [String] in
      let e = v.effect(Self.lead)
      let c = v.staffCost
      return [
        v.name, e.map { signed($0.median, u) + " " + u.differenceUnit } ?? "—",
        Self.optionalPercent(e?.probabilityImprovement, context.strings),
        c.map { DisplayUnit.signed($0.extraFTE, 1, context.strings) } ?? "—",
        c.map { DisplayUnit.signed($0.extraHoursPerYear, 0, context.strings) } ?? "—",
        c.map { DisplayUnit.signed($0.extraReleaseReadyPerYear, 1, context.strings) } ?? "—",
        c?.hoursPerExtraReleaseReady.map { DisplayUnit.fixed($0, 0, context.strings) } ?? "—",
      ]
    }
    return HTML.text("p", [("class", "note")], r.costNote)
      + DataTable(caption: r.costCaption, header: r.costHeaders, rows: rows).html
  }

  /// The probability of each variant being the best for the lead metric, most often best first.
  var rank: String {
    let r = context.robustness
    let u = unit(Self.lead)
    guard result.variants.count > 1 else { return HTML.text("p", [("class", "note")], r.rankOneVariant) }
    guard result.kept > 0 else { return nothingKept }
    let ordered = result.variants.enumerated().sorted { a, b in
      let (x, y) = (
        a.element.effect(Self.lead)?.probabilityBest ?? -1, b.element.effect(Self.lead)?.probabilityBest ?? -1
      )
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
    let rows = ordered.map { v -> [String] in
      let e = v.effect(Self.lead)
      return [
        v.name, e?.probabilityBest.map { share($0, e?.bestInterval) } ?? "—",
        e?.probabilityImprovement.map { share($0, e?.improvementInterval) } ?? "—",
        e.map { signed($0.median, u) } ?? "—", e.map { range($0.range90, u) } ?? "—",
      ]
    }
    return HTML.text(
      "p", [("class", "note")], r.rankNote(ReportLabels.inSentence(ReportLabels.metric(Self.lead, context.strings))))
      + (pairSentence.map { HTML.text("p", [("class", "pair")], $0) } ?? "")
      + DataTable(caption: r.rankCaption, header: r.rankHeaders, rows: rows).html
  }

  /// How many worlds were kept, and every figure that rejected one with its source.
  var keptSection: String {
    let r = context.robustness
    var out = HTML.text("p", r.keptSummary(result.kept, result.draws, result.filtered))
    guard result.filtered else { return out }
    out += HTML.text("p", [("class", "note")], r.keptIntro(result.filtered))
    guard !result.rejections.isEmpty else { return out + HTML.text("p", r.noneRejected) }
    let rows = result.rejections.map { entry -> [String] in
      let source = ValidationFigure.source(of: entry.figure)
      return [entry.figure, String(entry.draws), source?.source ?? "", source?.says ?? ""]
    }
    return out
      + DataTable(caption: r.keptCaption, header: r.keptHeaders, rows: rows, numericFrom: 1, numericThrough: 1).html
  }

  /// Every metric of every variant over the kept worlds, in a disclosure per variant.
  var everyMetric: String {
    let r = context.robustness
    let t = context.strings
    var out = HTML.text("p", [("class", "note")], r.everyMetricNote)
    for variant in result.variants {
      let rows = variant.effects.map { e -> [String] in
        let u = unit(e.metric)
        return [
          ReportLabels.metric(e.metric, context.strings), signed(e.median, u) + (u.isShare ? "" : u.suffix),
          range(e.range50, u),
          range(e.range90, u), Self.optionalPercent(e.probabilityImprovement, context.strings),
          Self.optionalPercent(e.probabilityBest, context.strings), String(e.draws),
        ]
      }
      out += HTML.tag(
        "details",
        HTML.text("summary", r.everyMetricOf(variant.name))
          + DataTable(
            caption: t.comparedWith(variant.name, result.base),
            header: [t.metric, r.median, r.range50, r.range90, r.betterIn, r.bestInHeader, r.worlds], rows: rows
          ).html)
    }
    return out
  }

  /// The drawn assumptions with their ranges and the base's value, the variants' levers,
  /// then each scenario's parameters as the compare report shows them.
  var parameters: String {
    let r = context.robustness
    let t = context.strings
    let base = result.scenarios.first?.parameters ?? .object([])
    let rows = result.factors.map { f -> [String] in
      let spec = ParameterCatalog.schema.spec(f.path)
      return [
        f.path, JSONWriter.formatNumber(f.low), JSONWriter.formatNumber(f.high),
        ParameterDifferences.text(ParameterDifferences.value(f.path, in: base), context.strings), spec?.unit ?? "",
        spec?.plausibility?.reason ?? "",
      ]
    }
    var out = HTML.text("p", [("class", "note")], r.drawnIntro(result.factors.count))
    for variant in result.variants where !variant.levers.isEmpty {
      out += HTML.text("p", r.levers(variant.name, variant.levers.joined(separator: ", ")))
    }
    out += HTML.tag(
      "details",
      HTML.text("summary", r.drawnCaption)
        + DataTable(caption: r.drawnCaption, header: r.drawnHeaders, rows: rows, numericFrom: 1, numericThrough: 3)
        .html)
    out += HTML.text("h3", t.parametersHeading)
    out += HTML.text("p", [("class", "note")], ParameterSection.intro(context.strings))
    for (i, scenario) in result.scenarios.enumerated() {
      out += HTML.text("h3", scenario.name + (i == 0 ? t.baseSuffix : ""))
      out += ParameterSection.html(scenario.parameters, name: scenario.name, context.strings)
    }
    return out
  }
}
