/// Every word of a report in one language: headings, labels, sentences,
/// caveats and how numbers are written. A third language is one more file
/// with a value of this type (see `Strings+English.swift`).
///
/// Sentences are closures over their numbers, so each language orders its
/// words freely while the numbers, and their order, stay those of the result.
struct Strings: Sendable {
  // Numbers and units.
  let htmlLang: String
  let decimalSeparator: Character
  let thousandsSeparator: Character
  let notAvailable: String
  /// "95% interval" before a range.
  let interval95: String
  /// Between the ends of a range with a negative end or of a difference: "to".
  let rangeTo: String
  let and: String
  /// What follows a value of a unit named in the result files: "%", " days".
  let unitSuffix: @Sendable (String) -> String
  /// A unit's name on its own, as in an axis title or a difference: "days".
  let unitName: @Sendable (String) -> String
  let shareAxisTitle: String
  let percentagePoints: String
  let noIntervalN: @Sendable (Int) -> String
  let noIntervalWith: @Sendable (Int) -> String

  // Labels.
  /// Metric labels by metric name; a missing one falls back to the catalog's `Metric.label`.
  let metrics: [String: String]
  let groups: [String: String]
  let series: [String: (label: String, unit: String)]
  /// What a label of help received ends with, dropped where the sentence already says it.
  let amongNeedingSuffix: String
  /// Units of metrics and parameters by their name in the catalogs ("days"); empty in English, whose words they are.
  let units: [String: String]
  /// Parameter names by path, for a sweep's axis and points; empty in English.
  let parameters: [String: String]
  /// A parameter without a name in `parameters`: English words from its path, or the path itself.
  let unnamedParameter: @Sendable (_ path: String) -> String
  /// How a true or false parameter value reads ("true", "ja").
  let yes: String
  let no: String

  // Page frame.
  let answerHeading: String
  let contents: String
  let footer: @Sendable (String) -> String
  let parametersHeading: String
  let provenanceHeading: String
  let editedWarning: @Sendable (_ names: String, _ count: Int) -> String

  // Shared answer text.
  let meaning: String
  let caveat: @Sendable (_ replications: Int, _ seed: String, _ paired: Bool, _ assumed: Int, _ total: Int) -> String
  /// Staff cost: the FTE, the hours a year, the hours per additional ready person and its interval.
  let staffCost: @Sendable (_ fte: String, _ hours: String?, _ each: String?, _ interval: String?) -> String
  /// Staff cost in paid hours: the FTE, paid hours a year, paid hours per additional ready person and
  /// its interval, and an information system's introduction and yearly hours.
  let paidStaffCost:
    @Sendable (
      _ fte: String, _ paid: String?, _ each: String?, _ interval: String?, _ system: (String, String)?
    ) -> String

  // Run.
  let runTitle: @Sendable (String) -> String
  let runKind: @Sendable (_ scenario: String, _ replications: Int, _ seed: String) -> String
  let runConditionsHeading: String
  let runMetricsHeading: String
  let overTimeHeading: String
  let runNoLead: @Sendable (String) -> String
  let runHeadline: @Sendable (_ label: String, _ value: String, _ phrase: String) -> String
  let runAmongNeeding: @Sendable (_ value: String, _ phrase: String) -> String
  /// Ready or prepared: every needed condition in order or handed over, all releases.
  let runPrepared: @Sendable (_ value: String, _ phrase: String) -> String
  let runMostLeast:
    @Sendable (_ most: String, _ mostValue: String, _ least: String, _ leastValue: String, _ interval: String) ->
      String
  let conditionsAllTitle: String
  let conditionsAllSubject: String
  let byGroupTitle: @Sendable (String) -> String
  let byGroupSubject: @Sendable (String) -> String
  let otherMetricsNote: String
  let otherMetricsCaption: String
  let everyMetricSummary: String

  // Compare.
  let variantsCount: @Sendable (Int) -> String
  let compareTitle: @Sendable (_ names: String, _ base: String) -> String
  let compareKind: @Sendable (_ variants: Int, _ base: String, _ replications: Int, _ seed: String) -> String
  let compareDescription: String
  let compareOverviewHeading: @Sendable (String) -> String
  let compareDifferencesHeading: String
  let allMetricsHeading: String
  let findingLead: @Sendable (_ variant: String, _ difference: String) -> String
  let finding: @Sendable (_ metric: String, _ phrase: String, _ base: String, _ from: String, _ to: String) -> String
  let betterIn: @Sendable (_ count: Int, _ of: Int) -> String
  let includesZero: String
  let largestChange: @Sendable (_ group: String, _ difference: String) -> String
  let findingAmongNeeding: @Sendable (_ difference: String, _ interval: String, _ from: String, _ to: String) -> String
  /// Ready or prepared (every needed condition in order or handed over): the variant's difference.
  let findingPrepared: @Sendable (_ difference: String, _ interval: String, _ from: String, _ to: String) -> String
  /// A shared system's effect split into its paths: information access, registration hours, interaction.
  let findingPaths: @Sendable (_ information: String, _ hours: String, _ interaction: String) -> String
  let compareCaveat: String
  let overviewTitle: @Sendable (_ metric: String, _ base: String) -> String
  let overviewSubject: @Sendable (_ base: String, _ metric: String) -> String
  let differencesTitle: @Sendable (_ variant: String, _ base: String) -> String
  let allMetricsNote: String
  let everyMetricOf: @Sendable (String) -> String
  let comparedWith: @Sendable (_ variant: String, _ base: String) -> String
  let baseSuffix: String
  let parametersNotRecorded: @Sendable (_ name: String, _ folder: String, _ digest: String) -> String

  // Sweep.
  let sweepTitle: @Sendable (_ x: String, _ name: String) -> String
  let sweepKind:
    @Sendable (_ points: Int, _ mode: String, _ replications: Int, _ seed: String, _ base: String) -> String
  let sweepDescription: String
  let sweepMetricsHeading: @Sendable (String) -> String
  let sweepGroupsHeading: String
  let withLine: @Sendable (String) -> String
  let sweepIsAt: @Sendable (_ metric: String, _ value: String, _ place: String) -> String
  let sweepGoes: @Sendable (_ metric: String, _ a: String, _ from: String, _ b: String, _ to: String) -> String
  let intervalsBoth: @Sendable (_ a: String, _ b: String) -> String
  let highestAt: @Sendable (_ place: String, _ value: String, _ interval: String) -> String
  let sweepChartTitle: @Sendable (_ metric: String, _ x: String) -> String
  let sweepChartSubject: @Sendable (String) -> String
  let bandOverReplications: String
  let sweepGroupsSummary: String
  let sweepGroupsCaption: String
  let thisSweep: String
  let varied: String

  // Over time.
  let timeseriesTitles: [String]
  let timeseriesUnits: [String]
  let timeseriesNote: String
  let simulatedDay: String
  let bandLowestHighest: String
  let measuredWindow: String

  // Charts and tables.
  let numbersBehind: String
  let metric: String
  let group: String
  let mean: String
  let difference: String
  let n: String
  let betterInHeader: String
  let meaningHeader: String
  let seriesHeader: String
  let lineNote: @Sendable (_ band: String, _ n: String, _ notZero: Bool) -> String
  let lineDescription: @Sendable (_ subject: String, _ x: String) -> String
  let fromAtTo: @Sendable (_ a: String, _ x1: String, _ b: String, _ x2: String) -> String
  let noValues: String
  let tableBeneath: String
  let by: @Sendable (_ subject: String, _ x: String) -> String
  let barNote: @Sendable (String) -> String
  let barDescription: @Sendable (String) -> String
  let dotNote: @Sendable (String) -> String
  let dotDescription: @Sendable (_ subject: String, _ unit: String) -> String
  let differenceCaption: @Sendable (_ subject: String, _ unit: String) -> String

  // Parameters and provenance.
  let parametersIntro: String
  let differingCaption: @Sendable (String) -> String
  let allParametersSummary: @Sendable (String) -> String
  let noneDiffer: @Sendable (String) -> String
  let resolvedParameters: String
  let parameterHeaders: [String]
  let differenceHeaders: [String]
  let notRecorded: String
  let notGiven: String
  let assumption: String
  let partlyAssumption: String
  let provenanceLabels: [String: String]
  let producedBy: String
  let filesSummary: String
  let filesCaption: String
  let runInfoSummary: String
  let runInfoCaption: String
  let reproduces: String
}
