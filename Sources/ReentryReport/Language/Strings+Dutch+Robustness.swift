extension Strings {
  /// Het robuustheidsrapport en de verwijzing ernaar in het vergelijkingsrapport, in het Nederlands.
  static let dutchRobustness = RobustnessStrings(
    title: { "Hoe robuust is het antwoord? \($0) vergeleken met \($1) over plausibele aannames" },
    kind: { variants, base, draws, kept, replications, seed in
      "Robuustheidsanalyse · \(variants) \(variants == 1 ? "variant" : "varianten") tegen basis \(base) · \(draws) "
        + "getrokken werelden, \(kept) behouden · \(replications) gepaarde "
        + "\(replications == 1 ? "replicatie" : "replicaties") per wereld · seed \(seed)"
    },
    description: {
      "Elke getrokken wereld is één set waarden voor de \($0) aannames met een plausibel bereik, getrokken met een "
        + "Latijns hyperkubusontwerp; in elke wereld draaiden de basis en elke variant met dezelfde seed "
        + "(gemeenschappelijke toevalsgetallen), dus een effect is het gepaarde verschil van de variant met de basis "
        + "in die wereld."
    },
    distributionHeading: { "\($0): effect in elke plausibele wereld" },
    costHeading: "Kosten naast effect", rankHeading: "Welke variant is het best?",
    keptHeading: "Behouden en verworpen werelden",
    everyMetricHeading: "Alle maten", drawnHeading: "Getrokken aannames en hun bereik",
    findingLead: { variant, share, kept, filtered in
      "Met \(variant) hebben meer vrijgelatenen de basisvoorwaarden op orde in \(share) van de \(kept) plausibele "
        + "\(kept == 1 ? "wereld" : "werelden") "
        + (filtered
          ? "die de bronnen \(kept == 1 ? "reproduceert" : "reproduceren")"
          : "die getrokken \(kept == 1 ? "is" : "zijn") (niet getoetst aan de bronnen)")
    },
    findingLeadUndirected: { variant, kept, filtered in
      "\(variant), over de \(kept) plausibele \(kept == 1 ? "wereld" : "werelden") "
        + (filtered
          ? "die de bronnen \(kept == 1 ? "reproduceert" : "reproduceren")"
          : "die getrokken \(kept == 1 ? "is" : "zijn") (niet getoetst aan de bronnen)")
    },
    findingEffect: { median, unit, low, high in ": mediaan \(median) \(unit), 90%-bereik \(low) tot \(high)" },
    bestIn: { " De beste van de \($1) varianten in \($0) van deze werelden." },
    noKept: { "\($0): geen enkele getrokken wereld is behouden, dus er is geen antwoord." },
    keptSummary: { kept, draws, filtered in
      filtered
        ? "\(kept) van de \(draws) getrokken werelden zijn behouden: die waarin de basis elk getoetst cijfer en "
          + "patroon uit de bronnen reproduceert (reentry validate-model)."
        : "Alle \(draws) getrokken werelden zijn behouden: het filter stond uit (--filter none), dus deze werelden "
          + "zijn niet aan de bronnen getoetst."
    },
    rejectedBy: { " De overige zijn het vaakst verworpen door: \($0)." },
    figureDraws: { "\($0) (\($1) \($1 == 1 ? "trekking" : "trekkingen"))" },
    caveat: { factors, replications in
      "Elk bereik loopt over plausibele werelden en is geen betrouwbaarheidsinterval: het laat zien hoe ver het "
        + "effect beweegt als de \(factors) aannames variëren binnen hun plausibele bereik (reentry describe geeft elk "
        + "bereik en de reden). Binnen een wereld is het effect het gemiddelde van \(replications) gepaarde "
        + "\(replications == 1 ? "replicatie" : "replicaties"), dus het bevat ook simulatieruis. Elke wereld binnen de "
        + "bereiken telt als even waarschijnlijk; ook dat is een aanname."
    },
    rangeTitle: { "\($0), alle vrijgelatenen: elke variant − \($1) over plausibele werelden" },
    rangeSubject: { "variant − \($0) in \($1)" },
    rangeNote: {
      "Punt: mediaan effect over de behouden werelden; dikke balk: de middelste 50%; dunne lijn: 90%-bereik "
        + "(n = \($0) werelden). Rechts van nul: hoger dan de basis."
    },
    rangeDescription: { "Bereikgrafiek van het effect \($0) in \($1) over plausibele werelden. " },
    median: "Mediaan", range50: "50%-bereik", range90: "90%-bereik", worlds: "Werelden",
    assumption: "Aanname",
    variant: "Variant",
    costNote:
      "Medianen over de behouden werelden van de gepaarde extra casemanagers (fte), beschikbare uren "
      + "casemanagement per jaar en extra vrijgelatenen met basisvoorwaarden op orde per jaar; uren per extra persoon "
      + "zijn de verhouding van de gemiddelde extra uren tot het gemiddelde aantal extra personen (alleen bij een "
      + "positieve gemiddelde winst).",
    costCaption: "Effect op basisvoorwaarden op orde en personeelskosten per variant",
    costHeaders: [
      "Variant", "Mediaan effect", "Hoger in", "Extra fte", "Extra uren per jaar", "Extra op orde per jaar",
      "Uren per extra persoon op orde",
    ],
    rankNote: {
      "Het aandeel behouden werelden waarin elke variant het grootste effect heeft op \($0) (bij gelijke stand "
        + "gedeeld), het vaakst beste eerst."
    },
    rankOneVariant: "Met één variant valt er niets te rangschikken.",
    rankCaption: "Kans om de beste variant te zijn",
    rankHeaders: ["Variant", "De beste in", "Hoger in", "Mediaan effect", "90%-bereik"],
    betterIn: "Beter in", bestInHeader: "De beste in",
    everyMetricNote:
      "Alle vrijgelatenen. Effecten zijn gepaarde verschillen variant − basis per wereld; \"beter in\" is het aandeel "
      + "behouden werelden waarin de variant beter uitkomt, \"de beste in\" het aandeel waarin die het best uitkomt "
      + "van alle varianten.",
    everyMetricOf: { "\($0): elke maat" },
    keptIntro: { filtered in
      filtered
        ? "Een getrokken wereld wordt alleen behouden als de basis elk getoetst cijfer en patroon van reentry "
          + "validate-model haalt. Een wereld kan meerdere cijfers missen, dus de aantallen kunnen samen meer zijn "
          + "dan de verworpen werelden."
        : "Het filter stond uit (--filter none): elke getrokken wereld is behouden, geen is aan de bronnen getoetst."
    },
    keptCaption: "Cijfers uit de bronnen die getrokken werelden verwierpen",
    keptHeaders: ["Cijfer", "Verworpen werelden", "Bron", "Wat de bron zegt"],
    noneRejected: "Geen enkel cijfer verwierp een getrokken wereld.",
    drawnIntro: {
      "Elke wereld trekt deze \($0) aannames uit hun plausibele bereik (gehele getallen nemen elke waarde even vaak "
        + "aan; getallen worden afgerond op minstens 4 significante cijfers, meer waar dat nodig is om in hun "
        + "stratum te blijven). Basiswaarden zijn die van het basisscenario."
    },
    drawnCaption: "Getrokken aannames",
    drawnHeaders: ["Parameter", "Laag", "Hoog", "Basiswaarde", "Eenheid", "Waarom dit bereik"],
    levers: { "\($0) stelt \($1) zelf in en houdt die eigen waarde in elke wereld." },
    provenanceLabels: [
      "robustness": "Robuustheidsanalyse", "robustnessDigest": "Robuustheidsdigest (SHA-256 van design.json)",
      "draws": "Getrokken werelden", "filter": "Filter", "factors": "Getrokken aannames",
    ],
    compareRobustness: { name, kept, draws, filtered, shares in
      " De robuustheidsanalyse \(name) stelt dezelfde vraag in \(kept) van \(draws) plausibele werelden "
        + (filtered
          ? "(die de bronnen \(kept == 1 ? "reproduceert" : "reproduceren"))" : "(niet getoetst aan de bronnen)")
        + "; de basisvoorwaarden zijn vaker op orde met \(shares) daarvan."
    },
    compareRobustnessLink: "Het rapport daarvan",
    compareNoRobustness:
      " Naast dit resultaat is geen robuustheidsanalyse van deze scenario's gevonden, dus niets hier zegt hoe het "
      + "antwoord standhoudt als de aannames veranderen: de intervallen zijn alleen simulatieruis (reentry robustness "
      + "BASIS VARIANT... --draws N vraagt dat).")
}
