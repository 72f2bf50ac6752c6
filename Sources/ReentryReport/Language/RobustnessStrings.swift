/// The words of the robustness report, and of the compare report's pointer
/// to a robustness result, in one language.
///
/// Kept apart from `Strings` so the robustness report is one block at the
/// end of each language's file; like `Strings`, sentences are closures over
/// their numbers, which each language places in the same order.
struct RobustnessStrings: Sendable {
  // Page frame.
  let title: @Sendable (_ names: String, _ base: String) -> String
  let kind:
    @Sendable (_ variants: Int, _ base: String, _ draws: Int, _ kept: Int, _ replications: Int, _ seed: String) ->
      String
  let description: @Sendable (_ factors: Int) -> String
  let distributionHeading: @Sendable (_ metric: String) -> String
  let costHeading: String
  let rankHeading: String
  let keptHeading: String
  let everyMetricHeading: String
  let drawnHeading: String

  // The answer.
  /// "caseload-20 raises release-readiness in 97% of the 57 plausible worlds that reproduce the sources".
  let findingLead: @Sendable (_ variant: String, _ share: String, _ kept: Int, _ filtered: Bool) -> String
  /// A metric without a better direction: "caseload-20 changes … in the 57 plausible worlds …".
  let findingLeadUndirected: @Sendable (_ variant: String, _ kept: Int, _ filtered: Bool) -> String
  /// ": median +1.5 percentage points, 90% range +0.4 to +4.1".
  let findingEffect: @Sendable (_ median: String, _ unit: String, _ low: String, _ high: String) -> String
  let bestIn: @Sendable (_ share: String, _ variants: Int) -> String
  let noKept: @Sendable (_ variant: String) -> String
  /// How many draws were kept and why.
  let keptSummary: @Sendable (_ kept: Int, _ draws: Int, _ filtered: Bool) -> String
  /// "The others were rejected by: caseload_mean (120 draws), mdo_held (30 draws)."
  let rejectedBy: @Sendable (_ list: String) -> String
  let figureDraws: @Sendable (_ figure: String, _ draws: Int) -> String
  let caveat: @Sendable (_ factors: Int, _ replications: Int) -> String

  // Charts.
  let rangeTitle: @Sendable (_ metric: String, _ base: String) -> String
  let rangeSubject: @Sendable (_ base: String, _ metric: String) -> String
  let rangeNote: @Sendable (_ n: String) -> String
  let rangeDescription: @Sendable (_ subject: String, _ unit: String) -> String
  let median: String
  let range50: String
  let range90: String
  let worlds: String
  let assumption: String

  // Tables.
  let variant: String
  let costNote: String
  let costCaption: String
  let costHeaders: [String]
  let rankNote: @Sendable (_ metric: String) -> String
  let rankOneVariant: String
  let rankCaption: String
  let rankHeaders: [String]
  let betterIn: String
  let bestInHeader: String
  let everyMetricNote: String
  let everyMetricOf: @Sendable (_ variant: String) -> String
  let keptIntro: @Sendable (_ filtered: Bool) -> String
  let keptCaption: String
  let keptHeaders: [String]
  let noneRejected: String
  let drawnIntro: @Sendable (_ factors: Int) -> String
  let drawnCaption: String
  let drawnHeaders: [String]
  let levers: @Sendable (_ variant: String, _ paths: String) -> String
  let provenanceLabels: [String: String]

  // The compare report's caveat.
  /// A robustness result of the same scenarios was found: what it says and where it is.
  let compareRobustness:
    @Sendable (_ name: String, _ kept: Int, _ draws: Int, _ filtered: Bool, _ shares: String) -> String
  let compareRobustnessLink: String
  /// None was found: the interval is noise only.
  let compareNoRobustness: String
}
