extension Strings {
  /// The robustness report and the compare report's pointer to it, in English.
  static let englishRobustness = RobustnessStrings(
    title: { "How robust is the answer? \($0) compared with \($1) across plausible assumptions" },
    kind: { variants, base, draws, kept, replications, seed in
      "Robustness analysis · \(variants) variant\(variants == 1 ? "" : "s") against base \(base) · \(draws) "
        + "drawn worlds, \(kept) kept · \(replications) paired replication\(replications == 1 ? "" : "s") per world · "
        + "seed \(seed)"
    },
    description: {
      "Each drawn world is one set of values for the \($0) assumptions that have a plausible range, drawn with a "
        + "Latin hypercube; in every world the base and each variant ran with the same seed (common random numbers), "
        + "so an effect is the variant's paired difference from the base in that world."
    },
    distributionHeading: { "\($0): effect in every plausible world" },
    costHeading: "Cost beside effect", rankHeading: "Which variant is best?",
    keptHeading: "Kept and rejected worlds",
    everyMetricHeading: "Every metric", drawnHeading: "Drawn assumptions and their ranges",
    findingLead: { variant, share, kept, filtered in
      "\(variant) raises release-readiness in \(share) of the \(kept) plausible world\(kept == 1 ? "" : "s") "
        + (filtered ? "that reproduce\(kept == 1 ? "s" : "") the sources" : "drawn (not tested against the sources)")
    },
    findingLeadUndirected: { variant, kept, filtered in
      "\(variant), over the \(kept) plausible world\(kept == 1 ? "" : "s") "
        + (filtered ? "that reproduce\(kept == 1 ? "s" : "") the sources" : "drawn (not tested against the sources)")
    },
    findingEffect: { median, unit, low, high in ": median \(median) \(unit), 90% range \(low) to \(high)" },
    bestIn: { " Best of the \($1) variants in \($0) of these worlds." },
    noKept: { "\($0): no drawn world was kept, so there is no answer." },
    keptSummary: { kept, draws, filtered in
      filtered
        ? "\(kept) of \(draws) drawn worlds were kept: those whose base reproduces every judged figure and pattern "
          + "of the sources (reentry validate-model)."
        : "All \(draws) drawn worlds were kept: the filter was off (--filter none), so these worlds were not tested "
          + "against the sources."
    },
    rejectedBy: { " The others were rejected most often by: \($0)." },
    figureDraws: { "\($0) (\($1) draw\($1 == 1 ? "" : "s"))" },
    caveat: { factors, replications in
      "Each range is over plausible worlds, not a confidence interval: it shows how far the effect moves when the "
        + "\(factors) assumptions vary within their plausible ranges (reentry describe lists each range and why). "
        + "Within a world the effect is the mean of \(replications) paired replication\(replications == 1 ? "" : "s"), "
        + "so it also carries simulation noise. Every world in the ranges counts as equally likely, which is itself "
        + "an assumption."
    },
    rangeTitle: { "\($0), all releases: each variant − \($1) across plausible worlds" },
    rangeSubject: { "variant − \($0) in \($1)" },
    rangeNote: {
      "Dot: median effect over the kept worlds; thick bar: middle 50% of them; thin line: 90% range (n = \($0) "
        + "worlds). Right of zero: higher than the base."
    },
    rangeDescription: { "Range chart of the effect \($0) in \($1) over plausible worlds. " },
    median: "Median", range50: "50% range", range90: "90% range", worlds: "Worlds",
    assumption: "Assumption",
    variant: "Variant",
    costNote:
      "Medians over the kept worlds of the paired extra casemanagers (FTE), casework hours available a year and "
      + "release-ready people a year; hours per additional release-ready person are the ratio of the mean extra "
      + "hours to the mean extra release-ready people (given only when the mean gain is positive).",
    costCaption: "Effect on release-ready and staff cost per variant",
    costHeaders: [
      "Variant", "Median effect", "Raises it in", "Extra FTE", "Extra hours a year", "Extra ready a year",
      "Hours per extra ready person",
    ],
    rankNote: {
      "The share of kept worlds in which each variant has the largest effect on \($0) (a tie shares the world), "
        + "most often best first."
    },
    rankOneVariant: "With one variant there is nothing to rank.",
    rankCaption: "Probability of being the best variant",
    rankHeaders: ["Variant", "Best in", "Raises it in", "Median effect", "90% range"],
    betterIn: "Better in", bestInHeader: "Best in",
    everyMetricNote:
      "All releases. Effects are paired differences variant − base per world; \"better in\" is the share of kept "
      + "worlds in which the variant does better, \"best in\" the share in which it does best of all variants.",
    everyMetricOf: { "\($0): every metric" },
    keptIntro: { filtered in
      filtered
        ? "A drawn world is kept only if its base passes every judged figure and pattern of reentry validate-model. "
          + "A world can miss several figures, so the counts can add up to more than the rejected worlds."
        : "The filter was off (--filter none): every drawn world was kept, none was tested against the sources."
    },
    keptCaption: "Figures of the sources that rejected drawn worlds",
    keptHeaders: ["Figure", "Worlds rejected", "Source", "What the source says"],
    noneRejected: "No figure rejected a drawn world.",
    drawnIntro: {
      "Every world draws these \($0) assumptions from their plausible range (integers take each whole value "
        + "equally often; numbers are rounded to at least 4 significant digits, more where needed to stay in their "
        + "stratum). Base values are those of the base scenario."
    },
    drawnCaption: "Drawn assumptions",
    drawnHeaders: ["Parameter", "Low", "High", "Base value", "Unit", "Why this range"],
    levers: { "\($0) sets \($1) itself and keeps its own value in every world." },
    provenanceLabels: [
      "robustness": "Robustness analysis", "robustnessDigest": "Robustness digest (SHA-256 of design.json)",
      "draws": "Drawn worlds", "filter": "Filter", "factors": "Drawn assumptions",
    ],
    compareRobustness: { name, kept, draws, filtered, shares in
      " The robustness analysis \(name) asks the same question in \(kept) of \(draws) plausible worlds "
        + (filtered
          ? (kept == 1 ? "(the one that reproduces the sources)" : "(those that reproduce the sources)")
          : "(not tested against the sources)")
        + "; release-readiness rises with \(shares) of \(kept == 1 ? "it" : "them")."
    },
    compareRobustnessLink: "Its report",
    compareNoRobustness:
      " No robustness analysis of these scenarios was found beside this result, so nothing here says how the answer "
      + "holds when the assumptions change: the intervals are simulation noise only (reentry robustness BASE "
      + "VARIANT... --draws N asks that).")
}
