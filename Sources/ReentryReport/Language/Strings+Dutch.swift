extension Strings {
  /// The report in Dutch, in the words of the sources (basisvoorwaarden, casemanager, D&R-plan,
  /// trajectgesprek, reclassering, gemeente), with decimal commas and thousands points.
  static let dutch = Strings(
    htmlLang: "nl", decimalSeparator: ",", thousandsSeparator: ".", notAvailable: "n.b.",
    interval95: "95%-interval", rangeTo: "tot", and: "en",
    unitSuffix: { name in
      switch name {
      case "share": return "%"
      case "": return ""
      default: return " " + dutchUnit(name)
      }
    },
    unitName: { dutchUnit($0) },
    shareAxisTitle: "Aandeel van de vrijgelatenen (%)", percentagePoints: "procentpunt",
    noIntervalN: { "geen interval (n = \($0))" },
    noIntervalWith: { "geen interval bij \($0) \($0 == 1 ? "replicatie" : "replicaties")" },
    metrics: [
      "release_ready": "Basisvoorwaarden op orde",
      "release_ready_among_needing": "Basisvoorwaarden op orde (van wie hulp nodig had)",
      "release_prepared": "Op orde of overgedragen",
      "release_prepared_among_needing": "Op orde of overgedragen (van wie hulp nodig had)",
      "id_arranged_among_needing": "ID op orde of overgedragen (van wie het nodig had)",
      "housing_arranged_among_needing": "Huisvesting op orde of overgedragen (van wie het nodig had)",
      "income_arranged_among_needing": "Inkomen op orde of overgedragen (van wie het nodig had)",
      "debts_arranged_among_needing": "Schulden op orde of overgedragen (van wie het nodig had)",
      "care_arranged_among_needing": "Zorg op orde of overgedragen (van wie het nodig had)",
      "id_ok": "ID op orde (alle vrijgelatenen)", "housing_ok": "Huisvesting op orde (alle vrijgelatenen)",
      "income_ok": "Inkomen op orde (alle vrijgelatenen)", "debts_ok": "Schulden op orde (alle vrijgelatenen)",
      "care_ok": "Zorg op orde (alle vrijgelatenen)",
      "id_ok_among_needing": "ID op orde (van wie het nodig had)",
      "housing_ok_among_needing": "Huisvesting op orde (van wie het nodig had)",
      "income_ok_among_needing": "Inkomen op orde (van wie het nodig had)",
      "debts_ok_among_needing": "Schulden op orde (van wie het nodig had)",
      "care_ok_among_needing": "Zorg op orde (van wie het nodig had)",
      "municipal_contact": "Contact met de gemeente", "screening_on_time": "Screening op tijd",
      "plan_on_time": "D&R-plan op tijd", "joint_conversation_on_time": "Trajectgesprek op tijd",
      "case_conferences": "Casusoverleggen met een ketenpartner", "casemanager_utilisation": "Bezetting casemanagers",
      "case_conferences_without_partner": "Casusoverleggen zonder ketenpartner",
      "coordinator_hours_worked": "Gewerkte uren nazorgcoördinatoren",
      "coordinator_utilisation": "Bezetting nazorgcoördinatoren",
      "probation_officer_hours_worked": "Gewerkte uren reclasseringsmedewerkers",
      "partner_hours_worked": "Gewerkte uren ketenpartners (nazorg en reclassering)",
      "probation_officer_utilisation": "Bezetting reclasseringsmedewerkers",
      "probation_wait_days": "Wachttijd reclassering", "care_wait_days": "Wachttijd beschermd wonen",
      "care_waiting_left": "Zonder plaats van de wachtlijst beschermd wonen",
      "days_to_income": "Dagen tot inkomen", "days_without_housing": "Dagen zonder huisvesting",
      "releases_per_year": "Vrijlatingen per jaar", "casemanagers_fte": "Casemanagers (fte)",
      "casemanager_hours_available": "Beschikbare uren casemanagers",
      "casemanager_hours_worked": "Gewerkte uren casemanagers",
      "probation_places_used": "Reclasseringstoezichten", "care_places_used": "Gebruikte plaatsen beschermd wonen",
      "social_network_kept": "Sociaal netwerk behouden", "extra_support_needed": "Extra ondersteuning nodig",
    ],
    groups: [
      "all": "Alle vrijgelatenen", "sentence=short": "Kort verblijf", "sentence=long": "Lang verblijf",
      "municipality=small": "Kleine gemeente", "municipality=medium": "Middelgrote gemeente",
      "municipality=large": "Grote gemeente", "lvb=yes": "LVB (licht verstandelijke beperking)", "lvb=no": "Geen LVB",
    ],
    series: [
      "population": ("Gedetineerden in de inrichting", "gedetineerden"),
      "casemanagers": ("Casemanagers", "casemanagers"),
      "mean_caseload": ("Gemiddelde caseload", "gedetineerden per casemanager"),
      "max_caseload": ("Hoogste caseload", "gedetineerden per casemanager"),
      "backlog_hours": ("Achterstand casemanagement", "uren"),
      "future_work_hours": ("Gepland casemanagement, nog niet aan de beurt", "uren"),
      "aftercare_places_used": ("Nazorgplaatsen van gemeenten in gebruik", "plaatsen"),
      "probation_supervising": ("Onder toezicht van de reclassering", "personen"),
      "probation_waiting": ("Wachtend op de reclassering", "personen"),
      "care_placed": ("In beschermd wonen", "personen"), "care_waiting": ("Wachtend op een zorgplaats", "personen"),
    ],
    amongNeedingSuffix: " (van wie het nodig had)",
    units: dutchUnits,
    parameters: [
      "caseConferences.agreed": "afspraak over casusoverleg",
      "caseConferences.intervalDays": "dagen tussen casusoverleggen",
      "casemanagers.caseloadNorm": "caseloadnorm", "casemanagers.fixedStaffTotal": "vast aantal casemanagers",
      "casemanagers.registrationBurdenFactor": "registratielast", "casemanagers.staffingMode": "bezettingswijze",
      "conditions.housingMarketTightness": "krapte op de woningmarkt",
      "information.contactDetailsOnSheet": "contactgegevens op het informatieblad",
      "information.fullSheet": "volledig informatieblad", "information.gdprRefusalProbability": "kans op AVG-weigering",
      "information.staffKnowTheyMayShare": "medewerkers weten dat ze mogen delen",
      "information.sharedSystem": "gedeeld systeem",
      "information.sharedSystemBurdenRatio": "registratielast met gedeeld systeem (t.o.v. nu)",
      "mechanisms.rioPilot": "RIO-pilot",
      "mechanisms.rioScope": "reikwijdte RIO", "municipalities.earlyInvolvement": "vroege betrokkenheid gemeente",
      "probation.spareCapacityShare": "vrije capaciteit reclassering",
    ],
    // A parameter without Dutch words keeps its path: a name from the files rather than English words.
    unnamedParameter: { $0 },
    yes: "ja", no: "nee",
    answerHeading: "Antwoord", contents: "Inhoud",
    footer: {
      "Gemaakt door reentry \($0) uit de bestanden van dit resultaat. De pagina staat op zichzelf: "
        + "geen netwerktoegang, geen scripts; grafieken zijn inline SVG, elk met een tabel van de getallen."
    },
    parametersHeading: "Parameters die afwijken van de basislijn", provenanceHeading: "Herkomst",
    editedWarning: { names, count in
      "Waarschuwing: \(names) \(count == 1 ? "komt" : "komen") niet overeen met de digests in manifest.json; het "
        + "resultaat is na het schrijven bewerkt. De getallen op deze pagina zijn niet die van de simulatie, en de "
        + "manifest-digest onder Herkomst staat er niet voor in."
    },
    meaning:
      "Dat is het aandeel van alle vrijgelatenen dat de inrichting verlaat met alle basisvoorwaarden die ze nodig hebben "
      + "op orde: ID, huisvesting, inkomen, schulden en zorg (wie niets nodig heeft, telt als op orde). "
      + "Aandelen \"van wie het nodig had\" delen door wie de voorwaarde bij binnenkomst miste of in detentie "
      + "verloor: ze meten de geboden hulp.",
    caveat: { replications, seed, paired, assumed, total in
      "Modelschattingen uit \(replications) \(replications == 1 ? "replicatie" : "replicaties") (seed \(seed)); "
        + "elk interval is een 95%-interval over \(paired ? "gepaarde " : "")replicaties en geeft alleen "
        + "simulatieruis weer, niet de onzekerheid in de invoer. \(assumed) van de \(total) parameters van het model "
        + "berusten geheel of deels op aannames; ze zijn gemarkeerd onder Parameters."
    },
    staffCost: { fte, hours, each, interval in
      var text = "Personeelskosten: \(fte) casemanagers (fte)"
      if let hours { text += ", \(hours) beschikbare uren casemanagement per jaar" }
      if let each { text += ", \(each) uur per extra persoon met basisvoorwaarden op orde" }
      if let interval { text += " (95%-interval \(interval))" }
      return text + "."
    },
    paidStaffCost: { fte, paid, each, interval, system in
      var text = "Personeelskosten: \(fte) casemanagers (fte)"
      if let paid { text += ", \(paid) betaalde uren per jaar (een fte is 36 betaalde uren)" }
      if let each { text += ", \(each) betaalde uren per extra persoon met basisvoorwaarden op orde" }
      if let interval { text += " (95%-interval \(interval))" }
      if let system {
        text += "; het informatiesysteem \(system.0) uur-equivalenten om in te voeren en \(system.1) per jaar"
      }
      return text + "."
    },
    runTitle: { "Basisvoorwaarden bij vrijlating: \($0)" },
    runKind: { "Simulatierun van scenario \($0) · \($1) replicaties · seed \($2)" },
    runConditionsHeading: "Basisvoorwaarden bij vrijlating", runMetricsHeading: "Termijnen, wachttijden en werklast",
    overTimeHeading: "In de tijd",
    runNoLead: { "Deze run heeft geen waarde voor \($0) (alle vrijgelatenen)." },
    runHeadline: { "\($0): \($1) van de vrijgelatenen (\($2))." },
    runAmongNeeding: { "Van wie hulp nodig had bij ten minste één voorwaarde: \($0) (\($1))." },
    runPrepared: {
      "Op orde of overgedragen (elke nodige voorwaarde op orde of overgedragen aan een partner met een startdatum): "
        + "\($0) (\($1))."
    },
    runMostLeast: {
      "Van wie het nodig had, het vaakst op orde: \($0) \($1); het minst vaak: \($2) \($3) (\($4))."
    },
    conditionsAllTitle: "Basisvoorwaarden op orde bij vrijlating, alle vrijgelatenen",
    conditionsAllSubject: "het aandeel vrijgelatenen met elke basisvoorwaarde op orde",
    byGroupTitle: { "\($0), per groep" }, byGroupSubject: { "\($0) per groep" },
    otherMetricsNote: "Alle vrijgelatenen; de tabel eronder heeft elke maat voor elke groep.",
    otherMetricsCaption: "Overige maten, alle vrijgelatenen",
    everyMetricSummary: "Elke maat voor elke groep (summary.csv)",
    variantsCount: { "\($0) varianten" },
    compareTitle: { "Basisvoorwaarden bij vrijlating: \($0) vergeleken met \($1)" },
    compareKind: { variants, base, replications, seed in
      "Vergelijking · \(variants) \(variants == 1 ? "variant" : "varianten") tegen basis \(base) · \(replications) "
        + "gepaarde replicaties · seed \(seed)"
    },
    compareDescription:
      "Elke variant draaide met dezelfde seed als de basis, zodat replicatie r van elk scenario dezelfde "
      + "gedetineerden ziet; verschillen worden binnen elke replicatie genomen (gemeenschappelijke toevalsgetallen).",
    compareOverviewHeading: { "Basisvoorwaarden op orde: verschil met \($0)" },
    compareDifferencesHeading: "Verschillen per maat en groep", allMetricsHeading: "Alle maten",
    findingLead: { "Met \($0): \($1)" },
    finding: { " \($0) (\($1)) ten opzichte van \($2), van \($3) naar \($4)." },
    betterIn: { " Beter in \($0) van \($1) gepaarde replicaties." },
    includesZero: " Het interval bevat nul: dit kan ruis zijn.",
    largestChange: { " Grootste verandering: \($0), \($1)." },
    findingAmongNeeding: {
      " Van wie hulp nodig had bij ten minste één voorwaarde: \($0) (\($1)), van \($2) naar \($3)."
    },
    findingPrepared: {
      " Op orde of overgedragen (elke nodige voorwaarde op orde of overgedragen aan een partner met een startdatum): "
        + "\($0) (\($1)), van \($2) naar \($3)."
    },
    findingPaths: {
      " Van het effect op basisvoorwaarden op orde komt \($0) door toegang tot informatie en \($1) door andere "
        + "registratie-uren (elk pad apart, gepaard); hun samenspel \($2)."
    },
    compareCaveat: " Een interval dat nul bevat, betekent dat het verschil ruis kan zijn.",
    overviewTitle: { "\($0), alle vrijgelatenen: elke variant − \($1)" },
    overviewSubject: { "variant − \($0) in \($1)" },
    differencesTitle: { "\($0) − \($1): basisvoorwaarden per groep" },
    allMetricsNote:
      "Alle vrijgelatenen. Gemiddelden van basis en variant zijn over de gepaarde replicaties; \"beter in\" telt de "
      + "replicaties waarin de variant beter uitkomt, voor maten met een richting.",
    everyMetricOf: { "\($0): elke maat" },
    comparedWith: { "\($0) vergeleken met \($1), alle vrijgelatenen" },
    baseSuffix: " (basis)",
    parametersNotRecorded: { name, folder, digest in
      "compare.json legt de parameters van \(name) niet vast, en geen scenariobestand in \(folder) "
        + "heeft digest \(digest)…; draai reentry describe op het scenariobestand om ze te zien."
    },
    sweepTitle: { "Basisvoorwaarden bij vrijlating naar \($0): sweep \($1)" },
    sweepKind: { points, mode, replications, seed, base in
      "Parametersweep · \(points) punten (\(mode)) · \(replications) replicaties per punt · seed \(seed) in elk "
        + "punt · basis \(base)"
    },
    sweepDescription:
      "Elk punt gebruikt dezelfde seed, zodat elk punt dezelfde gedetineerden ziet en verschillen tussen "
      + "punten van de gevarieerde parameters komen.",
    sweepMetricsHeading: { "Hoofdmaten naar \($0)" },
    sweepGroupsHeading: "Basisvoorwaarden op orde per groep in elk punt",
    withLine: { "Met \($0): " },
    sweepIsAt: { "\($0) is \($1) bij \($2)" },
    sweepGoes: { "\($0) gaat van \($1) bij \($2) naar \($3) bij \($4)" },
    intervalsBoth: { "95%-intervallen \($0) en \($1)" },
    highestAt: { " Hoogst bij \($0): \($1) (\($2))." },
    sweepChartTitle: { "\($0) naar \($1), alle vrijgelatenen" },
    sweepChartSubject: { "\($0), alle vrijgelatenen," },
    bandOverReplications: "95%-interval over replicaties",
    sweepGroupsSummary: "Basisvoorwaarden op orde voor elke groep in elk punt",
    sweepGroupsCaption: "Basisvoorwaarden op orde per punt en groep", thisSweep: "deze sweep",
    varied: "gevarieerd: ",
    timeseriesTitles: [
      "Gedetineerden in de inrichting", "Caseload per casemanager", "Achterstand casemanagement",
      "Wachtlijsten na vrijlating", "Casemanagers", "Plaatsen reclassering en beschermd wonen in gebruik",
    ],
    timeseriesUnits: [
      "gedetineerden", "gedetineerden per casemanager", "uren casemanagement te doen", "wachtenden", "casemanagers",
      "personen",
    ],
    timeseriesNote:
      "Om de paar dagen gemeten over de hele simulatie: inloop, het meetvenster (gearceerd; alleen vrijlatingen daarin "
      + "tellen mee) en de nasleep. De band loopt van de laagste tot de hoogste replicatie.",
    simulatedDay: "Gesimuleerde dag", bandLowestHighest: "laagste tot hoogste replicatie",
    measuredWindow: "meetvenster",
    numbersBehind: "Getallen achter deze grafiek", metric: "Maat", group: "Groep", mean: "Gemiddelde",
    difference: "Verschil", n: "n", betterInHeader: "Beter in", meaningHeader: "Betekenis", seriesHeader: "Reeks",
    lineNote: { band, n, notZero in
      "Lijnen: gemiddelde; band: \(band) (n = \(n)). " + (notZero ? "De verticale as begint niet bij nul." : "")
    },
    lineDescription: { "Lijngrafiek van \($0) naar \($1). " },
    fromAtTo: { "van \($0) bij \($1) naar \($2) bij \($3)" },
    noValues: "geen waarden", tableBeneath: ". De tabel eronder geeft elk punt.",
    by: { "\($0) naar \($1)" },
    barNote: { "Staven: gemiddelde; snorharen: 95%-interval over replicaties (n = \($0))." },
    barDescription: { "Staafdiagram van \($0). " },
    dotNote: {
      "Punten: gemiddeld verschil; lijnen: 95%-interval over gepaarde replicaties (n = \($0)). "
        + "Rechts van nul: hoger dan de basis."
    },
    dotDescription: { "Punt-en-intervalgrafiek van het verschil \($0) in \($1). " },
    differenceCaption: { "Verschil \($0) (\($1))" },
    parametersIntro: """
      De basislijn is de standaardwaarde van elke parameter in het model (Scenarios/baseline.json). \
      "seed NNN" verwijst naar de brondocumenten; waarden gemarkeerd als aanname zijn van ons en als eerste \
      te bevragen. Draai reentry describe op een scenariobestand voor de volledige lijst.
      """,
    differingCaption: { "Parameters van \($0) die afwijken van de basislijn" },
    allParametersSummary: { "Alle parameters van \($0), met hun bronnen" },
    noneDiffer: { "\($0): geen. Elke parameter heeft zijn basiswaarde." },
    resolvedParameters: "Vastgestelde parameters",
    parameterHeaders: ["Parameter", "Waarde", "Eenheid", "Bron", "Betekenis"],
    differenceHeaders: ["Parameter", "Waarde hier", "Basislijn", "Eenheid", "Bron van de basiswaarde"],
    notRecorded: "niet vastgelegd", notGiven: "niet gegeven", assumption: "aanname",
    partlyAssumption: "deels aanname",
    provenanceLabels: [
      "kind": "Soort resultaat", "scenario": "Scenario",
      "scenarioDigest": "Scenariodigest (SHA-256 van de vastgestelde parameters)", "base": "Basisscenario",
      "variants": "Varianten", "scenarioDigests": "Scenariodigests (basis eerst)", "sweep": "Sweep",
      "sweepDigest": "Sweepdigest (SHA-256 van sweep.json)", "mode": "Modus", "vary": "Gevarieerde parameters",
      "points": "Punten", "version": "reentry-versie", "digest": "Digest (manifest.json)", "seed": "Seed",
      "replications": "Replicaties",
    ],
    producedBy: "Wat dit resultaat maakte", filesSummary: "SHA-256 van elk bestand dat de digest dekt",
    filesCaption: "Bestanden die de digest dekt",
    runInfoSummary: "Run-informatie (run-info.json: door geen digest gedekt)", runInfoCaption: "Run-informatie",
    reproduces:
      "Opnieuw draaien met hetzelfde scenario, dezelfde seed en versie geeft deze digests byte voor byte terug, "
      + "wat --jobs ook is. Dit rapport (report.html) valt niet onder het manifest.")

  /// A unit in Dutch; one the table lacks (a unit added later) keeps its name.
  static func dutchUnit(_ name: String) -> String { dutchUnits[name] ?? name }

  /// The units of the metric and parameter catalogs in Dutch.
  static let dutchUnits = [
    "days": "dagen", "working days": "werkdagen", "weeks": "weken", "hours": "uren", "hours/year": "uur per jaar",
    "hours/week": "uur per week", "releases/year": "vrijlatingen per jaar", "per release": "per vrijlating",
    "staff-hour equivalents": "uur-equivalenten personeel",
    "staff-hour equivalents/year": "uur-equivalenten personeel per jaar",
    "FTE": "fte", "places": "plaatsen", "people": "personen", "detainees": "gedetineerden",
    "inhabitants": "inwoners", "detainees per 10,000 inhabitants": "gedetineerden per 10.000 inwoners",
    "FTE/100k inhabitants": "fte per 100.000 inwoners",
    "sessions": "sessies", "casemanagers": "casemanagers", "caseloads": "caseloads", "share": "aandeel",
  ]
}
