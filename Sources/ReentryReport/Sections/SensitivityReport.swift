import ReentryExperiments

/// The report of a sensitivity analysis, answer first: the assumptions the
/// answer depends on most, named only when their influence lies above the
/// noise floor, then every assumption by influence, marked where it is not
/// distinguishable from noise, and the provenance.
struct SensitivityReport: Sendable {
  let result: SensitivityResult
  var context = RenderContext()

  var page: ReportPage {
    let s = context.sensitivity
    let p = result.provenance
    return ReportPage(
      title: s.title(result.scenario),
      kind: s.kind(result.factors.count, result.trajectories, result.levels, p.replications, p.seed),
      description: s.description,
      answer: answer,
      sections: [
        .init(id: "ranking", heading: s.rankingHeading, content: ranking),
        .init(
          id: "provenance", heading: context.strings.provenanceHeading, content: ProvenanceSection.html(p, context)),
      ])
  }

  /// μ* in percentage points with two decimals, in the report's language.
  func points(_ x: Double) -> String { DisplayUnit.fixed(x * 100, 2, context.strings) }

  /// The leads above the noise floor (or that there are none), the floor, and the reduced world's caveat.
  var answer: String {
    let s = context.sensitivity
    let t = context.strings
    let above = result.aboveNoise
    var sentence = s.noneAboveNoise(result.factors.count)
    let names = result.factors.filter { SensitivityFiles.isLead(aboveNoise: $0.aboveNoise, rankHigh: $0.rankHigh) }
      .map(\.path)
    if !names.isEmpty {
      let list =
        names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " \(t.and) " + names.last!
      sentence = s.dependsMost(list, above.count, result.factors.count)
    } else if !above.isEmpty {
      sentence = s.noCertainLeads(SensitivityFiles.leadCount, above.count, result.factors.count)
    }
    var out = HTML.text("p", [("class", "finding")], sentence)
    out += HTML.text("p", [("class", "note")], s.floor(points(result.noiseFloor)))
    if result.small { out += HTML.text("p", [("class", "note")], s.smallWorld) }
    return out
  }

  /// Every assumption, most influential first, with its interval and how it stands against the floor.
  var ranking: String {
    let s = context.sensitivity
    let t = context.strings
    let rows = result.factors.map { f in
      [
        String(f.rank), f.path,
        DisplayUnit.range(number(f.low), number(f.high), negative: f.low < 0, t), points(f.muStar),
        DisplayUnit.range(points(f.muStarLow), points(f.muStarHigh), negative: false, t), "\(f.rankLow)–\(f.rankHigh)",
        f.aboveNoise ? s.aboveNoise : s.notDistinguishable,
      ]
    }
    return HTML.text("p", [("class", "note")], s.rankingNote)
      + DataTable(caption: s.rankingCaption, header: s.rankingHeaders, rows: rows, numericFrom: 3, numericThrough: 5)
      .html
  }

  /// A range end with as few decimals as it needs (at most four): 0.25, 7, 13,500.
  func number(_ x: Double) -> String {
    let decimals = (0...4).first { d in
      let scale = (0..<d).reduce(1.0) { value, _ in value * 10 }
      return abs((x * scale).rounded() - x * scale) < 1e-9
    }
    return DisplayUnit.fixed(x, decimals ?? 4, context.strings)
  }
}
