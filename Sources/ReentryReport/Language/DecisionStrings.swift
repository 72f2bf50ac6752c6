/// The words of the robustness report's statements about the choice between
/// variants, in one language: probabilities with their intervals, whether the
/// leading variants can be ranked, what the choice hangs on (EVPPI) and the
/// best buy per value of an extra release-ready person.
struct DecisionStrings: Sendable {
  /// "100% (95% interval 90–100%)".
  let share: @Sendable (_ share: String, _ low: String, _ high: String) -> String
  /// The leading pair, ranked or not, with the difference per world and the probability.
  let pair:
    @Sendable (
      _ first: String, _ second: String, _ ranked: Bool, _ median: String, _ unit: String, _ low: String,
      _ high: String, _ probability: String
    ) -> String
  let choiceHeading: String
  let choiceNote: @Sendable (_ options: Int, _ kept: Int, _ evpi: String, _ floor: String, _ unit: String) -> String
  /// The lead for the answer: "The choice hangs most on PATH: …".
  let choiceLead: @Sendable (_ path: String, _ value: String, _ unit: String, _ changes: String) -> String
  let choiceNone: String
  let choiceUnavailable: String
  let choiceCaption: String
  let choiceHeaders: [String]
  let acceptabilityHeading: String
  let acceptabilityNote: @Sendable (_ kept: Int) -> String
  let acceptabilityCaption: String
  let valueHeader: String
  /// "Most often the best buy: baseline up to 50 hours, caseload-15 from 100 hours."
  let bestBuy: @Sendable (_ ranges: String) -> String
  let bestBuyRange: @Sendable (_ option: String, _ from: String, _ to: String?) -> String
  let spreadHeading: String
  /// What the two parts of an effect's spread are, in words that say which is which.
  let spreadNote: @Sendable (_ kept: Int, _ replications: Int, _ unit: String) -> String
  let spreadCaption: String
  let spreadHeaders: [String]
  let spreadNone: String
  /// Where the worlds came from when they were drawn from a calibration's posterior.
  let posteriorWorlds: @Sendable (_ generation: Int) -> String

  static let english = DecisionStrings(
    share: { "\($0) (95% interval \($1)–\($2))" },
    pair: { first, second, ranked, median, unit, low, high, probability in
      (ranked ? "\(first) ranks above \(second)" : "\(first) and \(second) cannot be ranked")
        + ": per world the effect of \(first) minus that of \(second) has median \(median) \(unit), 90% range "
        + "\(low) to \(high); \(first) does better in \(probability) of the kept worlds"
        + (ranked ? "." : ", which is as likely either way.")
    },
    choiceHeading: "What the choice hangs on",
    choiceNote: { options, kept, evpi, floor, unit in
      "Expected value of partial perfect information (EVPPI, the regression method of Strong, Oakley & Brennan "
        + "2014) for choosing among the \(options) variants by their effect on release-readiness, over \(kept) kept "
        + "worlds: how much knowing one assumption exactly would add, on average, to the effect of the variant "
        + "chosen. Knowing every assumption would add \(evpi) \(unit). A value counts only above the noise floor of "
        + "\(floor) \(unit): the largest value of columns of random numbers, which an assumption that does not matter "
        + "clears by chance in 1 analysis in 20."
    },
    choiceLead: { path, value, unit, changes in
      " The choice between the variants hangs most on \(path): knowing it would add \(value) \(unit) to the "
        + "chosen variant's effect and change the choice in \(changes) of the kept worlds."
    },
    choiceNone:
      "No assumption clears the noise floor: these kept worlds cannot say which unknown the choice between the "
      + "variants hangs on.",
    choiceUnavailable:
      "There is no choice to value here: that needs at least 2 variants to rank and 5 kept worlds.",
    choiceCaption: "Value of knowing each assumption for the choice",
    choiceHeaders: ["Assumption", "EVPPI", "Changes the choice in"],
    acceptabilityHeading: "Which variant is the best buy?",
    acceptabilityNote: {
      "In each world an option's net benefit is value × extra release-ready people a year − extra casework hours "
        + "paid a year (the base: 0). Per value of one more release-ready person, in paid casework hours, the share "
        + "of the \($0) kept worlds in which each option has the highest net benefit (an acceptability curve, "
        + "Fenwick et al. 2001); acceptability.csv gives each share with its 95% interval."
    },
    acceptabilityCaption: "Probability of being the best buy",
    valueHeader: "Value of one more release-ready person (hours)",
    bestBuy: { "Most often the best buy: \($0)." },
    bestBuyRange: { option, from, to in
      guard let to else { return "\(option) from \(from) hours" }
      return to == from ? "\(option) at \(from) hours" : "\(option) from \(from) to \(to) hours"
    },
    spreadHeading: "Assumptions or noise?",
    spreadNote: { kept, replications, unit in
      "How much the effect on release-readiness varies, split by the law of total variance. Assumption "
        + "uncertainty is how much the effect itself differs between the \(kept) kept worlds: what knowing the "
        + "assumptions better would narrow. Simulation noise is how much one replication's effect differs from "
        + "another's in the same world: what more replications would average away (each world ran \(replications)). "
        + "Both are standard deviations of one replication's effect, in \(unit); their squares add up to its variance."
    },
    spreadCaption: "The effect's spread: assumptions and simulation noise",
    spreadHeaders: [
      "Variant", "Assumption uncertainty: SD between worlds", "Simulation noise: SD between replications of one world",
      "Share of the variance from the assumptions",
    ],
    spreadNone:
      "The spread cannot be split here: that needs at least 2 replications in each world and 2 kept worlds.",
    posteriorWorlds: {
      " The worlds were drawn by weight from the particles of generation \($0) of a calibration (reentry "
        + "calibrate): the worlds its calibration targets leave plausible."
    })

  static let dutch = DecisionStrings(
    share: { "\($0) (95%-interval \($1)–\($2))" },
    pair: { first, second, ranked, median, unit, low, high, probability in
      (ranked ? "\(first) staat boven \(second)" : "\(first) en \(second) zijn niet te rangschikken")
        + ": per wereld heeft het effect van \(first) min dat van \(second) mediaan \(median) \(unit), "
        + "90%-bereik \(low) tot \(high); \(first) doet het beter in \(probability) van de behouden werelden"
        + (ranked ? "." : ", dus even waarschijnlijk de een als de ander.")
    },
    choiceHeading: "Waar de keuze van afhangt",
    choiceNote: { options, kept, evpi, floor, unit in
      "Verwachte waarde van gedeeltelijke volmaakte informatie (EVPPI, de regressiemethode van Strong, Oakley & "
        + "Brennan 2014) voor de keuze tussen de \(options) varianten naar hun effect op het aandeel met de "
        + "basisvoorwaarden op orde, over \(kept) behouden werelden: hoeveel het precies kennen van één aanname gemiddeld toevoegt "
        + "aan het effect van de gekozen variant. Alle aannames kennen zou \(evpi) \(unit) toevoegen. Een waarde telt "
        + "alleen boven de ruisvloer van \(floor) \(unit): de grootste waarde van kolommen willekeurige getallen, "
        + "waar een aanname die er niet toe doet bij toeval in 1 op de 20 analyses boven komt."
    },
    choiceLead: { path, value, unit, changes in
      " De keuze tussen de varianten hangt het meest af van \(path): die kennen zou \(value) \(unit) toevoegen aan "
        + "het effect van de gekozen variant en de keuze veranderen in \(changes) van de behouden werelden."
    },
    choiceNone:
      "Geen aanname komt boven de ruisvloer: deze behouden werelden kunnen niet zeggen van welke onbekende de keuze "
      + "tussen de varianten afhangt.",
    choiceUnavailable:
      "Hier valt geen keuze te waarderen: daarvoor zijn minstens 2 te rangschikken varianten en 5 behouden werelden "
      + "nodig.",
    choiceCaption: "Waarde van het kennen van elke aanname voor de keuze",
    choiceHeaders: ["Aanname", "EVPPI", "Verandert de keuze in"],
    acceptabilityHeading: "Welke variant is de beste koop?",
    acceptabilityNote: {
      "In elke wereld is de netto opbrengst van een optie waarde × extra vrijgelatenen met de basisvoorwaarden op orde per jaar − "
        + "extra betaalde casewerkuren per jaar (de basis: 0). Per waarde van één vrijgelatene meer met de "
        + "basisvoorwaarden op orde, in betaalde casewerkuren, het aandeel van de \($0) behouden werelden waarin elke optie de "
        + "hoogste netto opbrengst heeft (een acceptatiecurve, Fenwick e.a. 2001); acceptability.csv geeft elk "
        + "aandeel met zijn 95%-interval."
    },
    acceptabilityCaption: "Kans de beste koop te zijn",
    valueHeader: "Waarde van één vrijgelatene meer met de basisvoorwaarden op orde (uren)",
    bestBuy: { "Meestal de beste koop: \($0)." },
    bestBuyRange: { option, from, to in
      guard let to else { return "\(option) vanaf \(from) uur" }
      return to == from ? "\(option) bij \(from) uur" : "\(option) van \(from) tot \(to) uur"
    },
    spreadHeading: "Aannames of toeval?",
    spreadNote: { kept, replications, unit in
      "Hoeveel het effect op het aandeel met de basisvoorwaarden op orde varieert, gesplitst met de wet van de "
        + "totale variantie. Onzekerheid in de aannames is hoeveel het effect zelf verschilt tussen de \(kept) "
        + "behouden werelden: wat betere kennis van de aannames zou verkleinen. Simulatieruis is hoeveel het effect "
        + "van de ene replicatie verschilt van dat van een andere in dezelfde wereld: wat meer replicaties zouden "
        + "uitmiddelen (elke wereld draaide er \(replications)). Beide zijn standaardafwijkingen van het effect van "
        + "één replicatie, in \(unit); hun kwadraten tellen op tot de variantie ervan."
    },
    spreadCaption: "Spreiding van het effect: aannames en simulatieruis",
    spreadHeaders: [
      "Variant", "Onzekerheid in de aannames: SD tussen werelden",
      "Simulatieruis: SD tussen replicaties van één wereld",
      "Aandeel van de variantie uit de aannames",
    ],
    spreadNone:
      "De spreiding is hier niet te splitsen: daarvoor zijn minstens 2 replicaties per wereld en 2 behouden "
      + "werelden nodig.",
    posteriorWorlds: {
      " De werelden zijn naar gewicht getrokken uit de deeltjes van generatie \($0) van een kalibratie (reentry "
        + "calibrate): de werelden die haar kalibratiedoelen aannemelijk laten."
    })
}
