import ReentryExperiments

/// The robustness report's split of each effect's spread: how much of it is
/// the assumptions (differences between worlds) and how much simulation noise
/// (differences between replications of one world).
extension RobustnessReport {
  /// The table of both parts per variant, on the lead metric, or why it cannot be split.
  var spreadSection: String {
    let d = context.decision
    let t = context.strings
    let u = unit(Self.lead)
    let rows = result.variants.compactMap { v -> [String]? in
      guard let spread = v.effect(Self.lead)?.spread else { return nil }
      let sd = { (x: Double) in DisplayUnit.fixed(x * u.factor, 2, t) + " " + u.differenceUnit }
      return [
        v.name, sd(spread.assumptionSD), sd(spread.noiseSD), spread.assumptionShare.map { Self.percent($0, t) } ?? "–",
      ]
    }
    guard !rows.isEmpty else { return HTML.text("p", [("class", "no-dependence")], d.spreadNone) }
    return HTML.text(
      "p", [("class", "note")], d.spreadNote(result.kept, result.provenance.replications, u.differenceUnit))
      + DataTable(caption: d.spreadCaption, header: d.spreadHeaders, rows: rows).html
  }
}
