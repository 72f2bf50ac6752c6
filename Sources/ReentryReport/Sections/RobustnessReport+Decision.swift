import ReentryExperiments

/// The robustness report's statements about the choice between the variants:
/// whether the leading two can be ranked, what the choice hangs on (EVPPI)
/// and the best buy per value of an extra release-ready person.
extension RobustnessReport {
  /// "A and B cannot be ranked: …" or "A ranks above B: …"; nil without two ranked variants.
  var pairSentence: String? {
    guard let pair = result.leadingPair else { return nil }
    let u = unit(Self.lead)
    let signed = { (x: Double) in DisplayUnit.signed(x * u.factor, u.decimals, context.strings) }
    return context.decision.pair(
      pair.first, pair.second, pair.canBeRanked, signed(pair.medianDifference), u.differenceUnit,
      signed(pair.range90.low), signed(pair.range90.high), share(pair.probabilityFirstBetter, pair.interval))
  }

  /// The assumption worth most to the choice, for the answer; nil when none clears the noise floor.
  var choiceLead: String? {
    guard let choice = result.choice, let top = choice.leads.first else { return nil }
    let u = unit(Self.lead)
    let sentence = context.decision.choiceLead(
      top.parameter, points(top.evppi), u.differenceUnit, Self.percent(top.changesChoice, context.strings))
    return String(sentence.drop { $0 == " " })
  }

  /// A value in percentage points with two decimals (an EVPPI is small).
  func points(_ x: Double) -> String { DisplayUnit.fixed(x * 100, 2, context.strings) }

  /// The EVPPI of every assumption above the noise floor, or why there is none.
  var choiceSection: String {
    let d = context.decision
    guard let choice = result.choice else { return HTML.text("p", [("class", "no-dependence")], d.choiceUnavailable) }
    let u = unit(Self.lead)
    var out = HTML.text(
      "p", [("class", "note")],
      d.choiceNote(choice.options, choice.draws, points(choice.evpi), points(choice.noiseFloor), u.differenceUnit))
    guard !choice.leads.isEmpty else { return out + HTML.text("p", [("class", "no-dependence")], d.choiceNone) }
    let rows = choice.leads.map {
      [$0.parameter, points($0.evppi) + " " + u.differenceUnit, Self.percent($0.changesChoice, context.strings)]
    }
    out += DataTable(caption: d.choiceCaption, header: d.choiceHeaders, rows: rows).html
    return out
  }

  /// The acceptability curve as a table (values down, options across) and which option is most often best.
  var acceptabilitySection: String {
    let d = context.decision
    let t = context.strings
    guard let curve = result.acceptability, !curve.options.isEmpty else { return nothingKept }
    let rows = curve.values.indices.map { l in
      [DisplayUnit.fixed(curve.values[l], 0, t)] + curve.options.map { Self.percent($0.shares[l], t) }
    }
    // Runs of values over which the same option is most often the best buy.
    var runs: [(option: String, from: Double, to: Double?)] = []
    for l in curve.values.indices {
      let best = curve.options.indices.max { curve.options[$0].shares[l] < curve.options[$1].shares[l] }!
      let name = curve.options[best].name
      if let last = runs.last, last.option == name {
        runs[runs.count - 1].to = curve.values[l]
      } else {
        runs.append((name, curve.values[l], curve.values[l]))
      }
    }
    let ranges = runs.enumerated().map { i, run in
      d.bestBuyRange(
        run.option, DisplayUnit.fixed(run.from, 0, t),
        i == runs.count - 1 ? nil : run.to.map { DisplayUnit.fixed($0, 0, t) })
    }
    return HTML.text("p", [("class", "note")], d.acceptabilityNote(curve.draws))
      + HTML.text("p", [("class", "best-buy")], d.bestBuy(ranges.joined(separator: "; ")))
      + DataTable(
        caption: d.acceptabilityCaption, header: [d.valueHeader] + curve.options.map(\.name), rows: rows
      ).html
  }
}
