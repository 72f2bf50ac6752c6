extension Strings {
  /// The report in English, the default.
  static let english = Strings(
    htmlLang: "en", decimalSeparator: ".", thousandsSeparator: ",", notAvailable: "NA",
    interval95: "95% interval", rangeTo: "to", and: "and",
    unitSuffix: { name in
      switch name {
      case "share": return "%"
      case "days": return " days"
      case "releases/year": return " releases a year"
      case "per release": return " per release"
      default: return name.isEmpty ? "" : " " + name
      }
    },
    unitName: { $0 },
    shareAxisTitle: "Share of releases (%)", percentagePoints: "percentage points",
    noIntervalN: { "no interval (n = \($0))" },
    noIntervalWith: { "no interval with \($0) replication\($0 == 1 ? "" : "s")" },
    metrics: [:],
    groups: [
      "all": "All releases", "sentence=short": "Short stay", "sentence=long": "Long stay",
      "municipality=small": "Small municipality", "municipality=medium": "Medium municipality",
      "municipality=large": "Large municipality", "lvb=yes": "LVB (mild intellectual disability)", "lvb=no": "No LVB",
    ],
    series: [
      "population": ("Detainees in prison", "detainees"), "casemanagers": ("Casemanagers", "casemanagers"),
      "mean_caseload": ("Mean caseload", "detainees per casemanager"),
      "max_caseload": ("Highest caseload", "detainees per casemanager"),
      "backlog_hours": ("Casework backlog", "hours"),
      "future_work_hours": ("Casework planned, not yet due", "hours"),
      "aftercare_places_used": ("Municipal aftercare places in use", "places"),
      "probation_supervising": ("Under probation supervision", "people"),
      "probation_waiting": ("Waiting for probation", "people"), "care_placed": ("In assisted living", "people"),
      "care_waiting": ("Waiting for a care place", "people"),
    ],
    amongNeedingSuffix: " (of those who needed it)",
    units: [:], parameters: [:],
    unnamedParameter: { path in
      let last = path.split(separator: ".").last.map(String.init) ?? path
      return last.reduce(into: "") { out, c in if c.isUppercase { out += " " + c.lowercased() } else { out.append(c) } }
    },
    yes: "true", no: "false",
    answerHeading: "Answer", contents: "Contents",
    footer: {
      "Made by reentry \($0) from the files of this result. The page is self-contained: "
        + "no network access, no scripts; charts are inline SVG, each with a table of its numbers."
    },
    parametersHeading: "Parameters that differ from the baseline", provenanceHeading: "Provenance",
    editedWarning: { names, count in
      "Warning: \(names) \(count == 1 ? "does" : "do") not match the digests in manifest.json; the result was edited "
        + "after it was written. The numbers on this page are not those the simulation produced, and the manifest "
        + "digest under Provenance does not vouch for them."
    },
    meaning:
      "That is the share of all people released who leave prison with every basic condition they need in order: "
      + "ID, housing, income, debts and care (someone who needs none counts as ready). "
      + "Shares \"among those who needed it\" divide by the people who lacked the condition at entry or lost it "
      + "in detention: they measure help received.",
    caveat: { replications, seed, paired, assumed, total in
      "Model estimates from \(replications) replication\(replications == 1 ? "" : "s") (seed \(seed)); "
        + "each interval is a 95% interval over \(paired ? "paired " : "")replications and reflects simulation noise "
        + "only, not uncertainty in the inputs. \(assumed) of the model's \(total) parameters rest wholly or partly on "
        + "assumptions; they are marked under Parameters."
    },
    staffCost: { fte, hours, each, interval in
      var text = "Staff cost: \(fte) casemanagers (FTE)"
      if let hours { text += ", \(hours) casework hours available a year" }
      if let each { text += ", \(each) hours per additional release-ready person" }
      if let interval { text += " (95% interval \(interval))" }
      return text + "."
    },
    paidStaffCost: { fte, paid, each, interval, system in
      var text = "Staff cost: \(fte) casemanagers (FTE)"
      if let paid { text += ", \(paid) paid hours a year (an FTE is 36 paid hours)" }
      if let each { text += ", \(each) paid hours per additional release-ready person" }
      if let interval { text += " (95% interval \(interval))" }
      if let system {
        text += "; the information system \(system.0) staff-hour equivalents to introduce and \(system.1) a year"
      }
      return text + "."
    },
    runTitle: { "Release readiness: \($0)" },
    runKind: { "Simulation run of scenario \($0) · \($1) replications · seed \($2)" },
    runConditionsHeading: "Basic conditions at release", runMetricsHeading: "Deadlines, waits and workload",
    overTimeHeading: "Over time",
    runNoLead: { "This run has no value for \($0) (all releases)." },
    runHeadline: { "\($0): \($1) of releases (\($2))." },
    runAmongNeeding: { "Of those who needed help with at least one condition: \($0) (\($1))." },
    runPrepared: {
      "Ready or prepared (every needed condition in order or handed over to a named partner with a start date): "
        + "\($0) (\($1))."
    },
    runMostLeast: { "Of those who needed it, most often in order: \($0) \($1); least often: \($2) \($3) (\($4))." },
    conditionsAllTitle: "Basic conditions in order at release, all releases",
    conditionsAllSubject: "the share of releases with each basic condition in order",
    byGroupTitle: { "\($0), by group" }, byGroupSubject: { "\($0) by group" },
    otherMetricsNote: "All releases; the table under it has every metric for every group.",
    otherMetricsCaption: "Other metrics, all releases",
    everyMetricSummary: "Every metric for every group (summary.csv)",
    variantsCount: { "\($0) variants" },
    compareTitle: { "Release readiness: \($0) compared with \($1)" },
    compareKind: { variants, base, replications, seed in
      "Comparison · \(variants) variant\(variants == 1 ? "" : "s") against base \(base) · \(replications) paired "
        + "replications · seed \(seed)"
    },
    compareDescription:
      "Each variant ran with the same seed as the base, so replication r of every scenario sees the same "
      + "detainees; differences are taken within each replication (common random numbers).",
    compareOverviewHeading: { "Release-ready: difference from \($0)" },
    compareDifferencesHeading: "Differences by metric and group", allMetricsHeading: "All metrics",
    findingLead: { "With \($0): \($1)" },
    finding: { " \($0) (\($1)) compared with \($2), from \($3) to \($4)." },
    betterIn: { " Better in \($0) of \($1) paired replications." },
    includesZero: " The interval includes zero: this may be noise.",
    largestChange: { " Largest change: \($0), \($1)." },
    findingAmongNeeding: {
      " Among those who needed help with at least one condition: \($0) (\($1)), from \($2) to \($3)."
    },
    findingPrepared: {
      " Ready or prepared (every needed condition in order or handed over to a named partner with a start date): "
        + "\($0) (\($1)), from \($2) to \($3)."
    },
    findingPaths: {
      " Of the effect on release-readiness, information access gives \($0) and changed registration hours \($1) "
        + "(each path alone, paired); their interaction \($2)."
    },
    compareCaveat: " An interval that includes zero means the difference may be noise.",
    overviewTitle: { "\($0), all releases: each variant − \($1)" },
    overviewSubject: { "variant − \($0) in \($1)" },
    differencesTitle: { "\($0) − \($1): basic conditions by group" },
    allMetricsNote:
      "All releases. Base and variant means are over the paired replications; \"better in\" counts the replications in "
      + "which the variant does better, for metrics with a better direction.",
    everyMetricOf: { "\($0): every metric" },
    comparedWith: { "\($0) compared with \($1), all releases" },
    baseSuffix: " (base)",
    parametersNotRecorded: { name, folder, digest in
      "compare.json does not record the parameters of \(name), and no scenario file in \(folder) "
        + "resolves to its digest \(digest)…; run reentry describe on its scenario file to see them."
    },
    sweepTitle: { "Release readiness against the \($0): sweep \($1)" },
    sweepKind: { points, mode, replications, seed, base in
      "Parameter sweep · \(points) points (\(mode)) · \(replications) replications per point · seed \(seed) at every "
        + "point · base \(base)"
    },
    sweepDescription:
      "Every point uses the same seed, so every point sees the same detainees and differences between "
      + "points come from the varied parameters.",
    sweepMetricsHeading: { "Headline metrics against the \($0)" },
    sweepGroupsHeading: "Release-ready by group at each point",
    withLine: { "With \($0): " },
    sweepIsAt: { "\($0) is \($1) at \($2)" },
    sweepGoes: { "\($0) goes from \($1) at \($2) to \($3) at \($4)" },
    intervalsBoth: { "95% intervals \($0) and \($1)" },
    highestAt: { " Highest at \($0): \($1) (\($2))." },
    sweepChartTitle: { "\($0) against the \($1), all releases" },
    sweepChartSubject: { "\($0), all releases," },
    bandOverReplications: "95% interval over replications",
    sweepGroupsSummary: "Release-ready for every group at every point",
    sweepGroupsCaption: "Release-ready by point and group", thisSweep: "this sweep", varied: "varied: ",
    timeseriesTitles: [
      "Detainees in prison", "Caseload per casemanager", "Casework backlog", "Waiting lists after release",
      "Casemanagers", "Probation and care places in use",
    ],
    timeseriesUnits: [
      "detainees", "detainees per casemanager", "hours of casework due", "people waiting", "casemanagers", "people",
    ],
    timeseriesNote:
      "Sampled every few days over the whole simulation: warm-up, the measured window (shaded; only releases in it "
      + "are counted) and the follow-up. The band runs from the lowest to the highest replication.",
    simulatedDay: "Simulated day", bandLowestHighest: "lowest to highest replication",
    measuredWindow: "measured window",
    numbersBehind: "Numbers behind this chart", metric: "Metric", group: "Group", mean: "Mean",
    difference: "Difference", n: "n", betterInHeader: "Better in", meaningHeader: "Meaning", seriesHeader: "Series",
    lineNote: { band, n, notZero in
      "Lines: mean; band: \(band) (n = \(n)). " + (notZero ? "The vertical axis does not start at zero." : "")
    },
    lineDescription: { "Line chart of \($0) against \($1). " },
    fromAtTo: { "from \($0) at \($1) to \($2) at \($3)" },
    noValues: "no values", tableBeneath: ". The table beneath lists every point.",
    by: { "\($0) by \($1)" },
    barNote: { "Bars: mean; whiskers: 95% interval over replications (n = \($0))." },
    barDescription: { "Bar chart of \($0). " },
    dotNote: {
      "Dots: mean difference; lines: 95% interval over paired replications (n = \($0)). "
        + "Right of zero: higher than the base."
    },
    dotDescription: { "Dot-and-interval chart of the difference \($0) in \($1). " },
    differenceCaption: { "Difference \($0) (\($1))" },
    parametersIntro: """
      The baseline is the model's default value of every parameter (Scenarios/baseline.json). \
      "seed NNN" refers to the source documents; values marked assumption are our own and are the first \
      to question. Run reentry describe on a scenario file for the full list.
      """,
    differingCaption: { "Parameters of \($0) that differ from the baseline" },
    allParametersSummary: { "All parameters of \($0), with their sources" },
    noneDiffer: { "\($0): none. Every parameter has its baseline value." },
    resolvedParameters: "Resolved parameters",
    parameterHeaders: ["Parameter", "Value", "Unit", "Source", "Meaning"],
    differenceHeaders: ["Parameter", "Value here", "Baseline", "Unit", "Source of the baseline value"],
    notRecorded: "not recorded", notGiven: "not given", assumption: "assumption",
    partlyAssumption: "partly assumption",
    provenanceLabels: [
      "kind": "Kind of result", "scenario": "Scenario",
      "scenarioDigest": "Scenario digest (SHA-256 of the resolved parameters)", "base": "Base scenario",
      "variants": "Variants", "scenarioDigests": "Scenario digests (base first)", "sweep": "Sweep",
      "sweepDigest": "Sweep digest (SHA-256 of sweep.json)", "mode": "Mode", "vary": "Varied parameters",
      "points": "Points", "version": "reentry version", "digest": "Digest (manifest.json)", "seed": "Seed",
      "replications": "Replications",
    ],
    producedBy: "What produced this result", filesSummary: "SHA-256 of every file the digest covers",
    filesCaption: "Files covered by the digest",
    runInfoSummary: "Run information (run-info.json: not covered by any digest)", runInfoCaption: "Run information",
    reproduces:
      "Re-running with the same scenario, seed and version reproduces these digests byte for byte, whatever "
      + "--jobs is. This report (report.html) is not covered by the manifest.")
}
