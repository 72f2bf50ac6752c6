/// The words of the sensitivity report in one language.
///
/// Like `Strings`, sentences are closures over their numbers, which each
/// language places in the same order. An assumption whose influence does not
/// lie above the noise floor is never named as what the answer depends on.
struct SensitivityStrings: Sendable {
  let title: @Sendable (_ scenario: String) -> String
  let kind:
    @Sendable (_ factors: Int, _ trajectories: Int, _ levels: Int, _ replications: Int, _ seed: String) -> String
  let description: String
  /// "Release-readiness depends most on A, B and C: 12 of the 59 assumptions lie above the noise floor."
  let dependsMost: @Sendable (_ leads: String, _ above: Int, _ factors: Int) -> String
  /// Some lie above the floor, but none is certainly among the `leads` most influential.
  let noCertainLeads: @Sendable (_ leads: Int, _ above: Int, _ factors: Int) -> String
  /// No assumption lies above the floor.
  let noneAboveNoise: @Sendable (_ factors: Int) -> String
  /// "Noise floor: μ* 0.40 percentage points, …"
  let floor: @Sendable (_ floor: String) -> String
  /// The reduced world of `--small`: for trying the command, not for findings.
  let smallWorld: String
  let rankingHeading: String
  let rankingNote: String
  let rankingCaption: String
  let rankingHeaders: [String]
  let aboveNoise: String
  let notDistinguishable: String
}

extension SensitivityStrings {
  static let english = SensitivityStrings(
    title: { "Which assumptions does release-readiness in \($0) hang on?" },
    kind: { factors, trajectories, levels, replications, seed in
      "Sensitivity analysis (Morris screening) · \(factors) assumptions · \(trajectories) trajectories on a "
        + "\(levels)-level grid · \(replications) replication\(replications == 1 ? "" : "s") per point · seed \(seed)"
    },
    description:
      "Each trajectory moves every ranged assumption once across its plausible range, one at a time; μ* is the mean "
      + "change in the share of people leaving release-ready (percentage points) when an assumption moves across its "
      + "whole range.",
    dependsMost: { leads, above, factors in
      "Release-readiness depends most on \(leads): \(above) of the \(factors) assumptions have an influence whose "
        + "95% interval lies above the noise floor."
    },
    noCertainLeads: { leads, above, factors in
      "\(above) of the \(factors) assumptions have an influence whose 95% interval lies above the noise floor, but "
        + "none is certainly among the \(leads) most influential: their rank intervals overlap (see the ranking)."
    },
    noneAboveNoise: {
      "None of the \($0) assumptions is distinguishable from simulation noise: no influence interval lies above the "
        + "noise floor. More trajectories or replications are needed before anything can be said."
    },
    floor: {
      "Noise floor: μ* \($0) percentage points, the influence simulation noise alone gives (the same point run with "
        + "other replications). An assumption whose interval does not lie above it is not distinguishable from noise, "
        + "however it ranks."
    },
    smallWorld:
      "This is the reduced world of --small (4,000 releases a year): use it to try the command, not for findings.",
    rankingHeading: "Every assumption by influence",
    rankingNote:
      "μ* with its 95% bootstrap interval over the trajectories; two assumptions whose rank intervals overlap are not "
      + "ordered by the design.",
    rankingCaption: "Influence μ* of each assumption on release-readiness (percentage points over its whole range)",
    rankingHeaders: ["Rank", "Assumption", "Range", "μ*", "μ* 95% interval", "Rank 95% interval", "Against noise"],
    aboveNoise: "above the noise floor", notDistinguishable: "not distinguishable from noise")

  static let dutch = SensitivityStrings(
    title: { "Van welke aannames hangt het op orde hebben van de basisvoorwaarden in \($0) af?" },
    kind: { factors, trajectories, levels, replications, seed in
      "Gevoeligheidsanalyse (Morris-screening) · \(factors) aannames · \(trajectories) trajecten op een rooster van "
        + "\(levels) niveaus · \(replications) \(replications == 1 ? "replicatie" : "replicaties") per punt · "
        + "seed \(seed)"
    },
    description:
      "Elk traject beweegt elke aanname met een bereik één keer over haar plausibele bereik, één tegelijk; μ* is de "
      + "gemiddelde verandering in het aandeel vrijgelatenen met de basisvoorwaarden op orde (procentpunten) als een "
      + "aanname over haar hele bereik beweegt.",
    dependsMost: { leads, above, factors in
      "De basisvoorwaarden hangen het meest af van \(leads): \(above) van de \(factors) aannames hebben een invloed "
        + "waarvan het 95%-interval boven de ruisvloer ligt."
    },
    noCertainLeads: { leads, above, factors in
      "\(above) van de \(factors) aannames hebben een invloed waarvan het 95%-interval boven de ruisvloer ligt, "
        + "maar geen ervan hoort zeker bij de \(leads) invloedrijkste: hun rangintervallen overlappen (zie de rangorde)."
    },
    noneAboveNoise: {
      "Geen van de \($0) aannames is te onderscheiden van simulatieruis: geen invloedsinterval ligt boven de "
        + "ruisvloer. Er zijn meer trajecten of replicaties nodig voordat er iets te zeggen is."
    },
    floor: {
      "Ruisvloer: μ* \($0) procentpunt, de invloed die simulatieruis alleen geeft (hetzelfde punt gedraaid met andere "
        + "replicaties). Een aanname waarvan het interval er niet boven ligt, is niet te onderscheiden van ruis, "
        + "welke rang ze ook heeft."
    },
    smallWorld:
      "Dit is de verkleinde wereld van --small (4.000 vrijlatingen per jaar): om de opdracht te proberen, niet voor "
      + "bevindingen.",
    rankingHeading: "Alle aannames naar invloed",
    rankingNote:
      "μ* met het 95%-bootstrapinterval over de trajecten; twee aannames waarvan de rangintervallen overlappen, "
      + "worden door het ontwerp niet geordend.",
    rankingCaption: "Invloed μ* van elke aanname op de basisvoorwaarden (procentpunten over haar hele bereik)",
    rankingHeaders: ["Rang", "Aanname", "Bereik", "μ*", "μ* 95%-interval", "Rang 95%-interval", "Tegen ruis"],
    aboveNoise: "boven de ruisvloer", notDistinguishable: "niet te onderscheiden van ruis")
}
